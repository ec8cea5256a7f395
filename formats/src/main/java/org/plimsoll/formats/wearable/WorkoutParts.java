package org.plimsoll.formats.wearable;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.formats.xml.SafeXml;

/**
 * A {@code <Workout>} gathered as it is read. Older exports write the distance as attributes of
 * the workout ({@code totalDistance}, {@code totalDistanceUnit}); newer ones as
 * {@code <WorkoutStatistics>} children, one per distance type, with the heart rate beside them.
 * The statistics win when both are there; a multisport workout's distances add up.
 */
final class WorkoutParts {
    private static final String DISTANCE = "HKQuantityTypeIdentifierDistance";
    private static final String HEART_RATE = "HKQuantityTypeIdentifierHeartRate";

    final String type;
    final String start;
    final String end;
    private final String duration;
    private final String durationUnit;
    private final String totalDistance;
    private final String totalDistanceUnit;
    String zone;
    String route;
    private double statisticsMetres = -1;
    private String averageHeartRate;
    private String maxHeartRate;

    private WorkoutParts(SafeXml xml) {
        type = xml.attribute("workoutActivityType");
        start = xml.attribute("startDate");
        end = xml.attribute("endDate");
        duration = xml.attribute("duration");
        durationUnit = xml.attribute("durationUnit");
        totalDistance = xml.attribute("totalDistance");
        totalDistanceUnit = xml.attribute("totalDistanceUnit");
    }

    static WorkoutParts of(SafeXml xml) {
        return new WorkoutParts(xml);
    }

    void statistic(SafeXml xml) {
        String statistic = xml.attribute("type");
        if (statistic == null) {
            return;
        }
        if (statistic.startsWith(DISTANCE)) {
            double metres = metres(xml.attribute("sum"), xml.attribute("unit"));
            if (metres >= 0) {
                statisticsMetres = Math.max(statisticsMetres, 0) + metres;
            }
        } else if (statistic.equals(HEART_RATE)) {
            averageHeartRate = xml.attribute("average");
            maxHeartRate = xml.attribute("maximum");
        }
    }

    /** The workout, its times read in its own time zone; throws when a date or the times cannot be right. */
    AppleWorkout workout(ZonedDateTime from, ZonedDateTime to) {
        double elapsed = Duration.between(from, to).toSeconds();
        if (elapsed < 0) {
            throw new DateTimeException("a workout that ends before it starts");
        }
        double metres = statisticsMetres >= 0 ? statisticsMetres : metres(totalDistance, totalDistanceUnit);
        Optional<Double> active = seconds(duration, durationUnit);
        return new AppleWorkout(type, AppleActivityTypes.activity(type), from.toInstant(), elapsed,
                active, metres > 0 ? Optional.of(Distance.ofKm(metres / 1000)) : Optional.empty(),
                heartRate(averageHeartRate), heartRate(maxHeartRate), Optional.ofNullable(route),
                Optional.ofNullable(zone).flatMap(WorkoutParts::zoneId));
    }

    private static Optional<ZoneId> zoneId(String zone) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<HeartRate> heartRate(String bpm) {
        try {
            long rounded = Math.round(Double.parseDouble(bpm));
            return rounded >= HeartRate.LOWEST && rounded <= HeartRate.HIGHEST
                    ? Optional.of(new HeartRate((int) rounded)) : Optional.empty();
        } catch (NumberFormatException | NullPointerException absent) {
            return Optional.empty();
        }
    }

    private static Optional<Double> seconds(String value, String unit) {
        double factor = switch (unit == null ? "min" : unit.toLowerCase(Locale.ROOT)) {
            case "s", "sec" -> 1;
            case "min" -> 60;
            case "hr", "h" -> 3600;
            default -> -1;
        };
        try {
            double seconds = Double.parseDouble(value) * factor;
            return seconds > 0 && Double.isFinite(seconds) ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException | NullPointerException absent) {
            return Optional.empty();
        }
    }

    /** A distance in metres, or -1 when absent or in a unit not known. */
    static double metres(String value, String unit) {
        double factor = switch (unit == null ? "" : unit) {
            case "km" -> 1000;
            case "m" -> 1;
            case "cm" -> 0.01;
            case "mi" -> 1609.344;
            case "yd" -> 0.9144;
            case "ft" -> 0.3048;
            default -> -1;
        };
        try {
            double metres = Double.parseDouble(value) * factor;
            return factor > 0 && metres >= 0 && Double.isFinite(metres) ? metres : -1;
        } catch (NumberFormatException | NullPointerException absent) {
            return -1;
        }
    }
}
