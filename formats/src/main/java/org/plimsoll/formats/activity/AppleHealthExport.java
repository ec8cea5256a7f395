package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.formats.wearable.AppleHealthReader;
import org.plimsoll.formats.wearable.AppleWorkout;
import org.plimsoll.formats.wearable.DailyMeasures;
import org.plimsoll.formats.wearable.WearableFileException;

/**
 * The workouts of an Apple Health export as activities of the import. A workout without a
 * distance of its own takes its route's, when the export holds the route file it names. Each
 * workout stands as its own parsed file, so that one that cannot be right is left out alone; the
 * export's sleep, heart-rate variability and resting heart rate per day ride in one more.
 */
final class AppleHealthExport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Finds a route file by the path the export gives it ({@code /workout-routes/route_….gpx}). */
    @FunctionalInterface
    interface RouteFiles {
        RouteFiles NONE = path -> Optional.empty();

        Optional<Opener> find(String path);
    }

    private AppleHealthExport() {
    }

    static List<ImportedActivity> activities(InputStream in, RouteFiles routes, String name,
                                             List<ImportReport.Skipped> notes, List<DailyMeasures> days)
            throws ActivityFileException {
        AppleHealthReader.Export export;
        try {
            export = AppleHealthReader.read(in);
        } catch (WearableFileException e) {
            throw new ActivityFileException(e.getMessage(), e);
        }
        export.notes().forEach(note -> notes.add(new ImportReport.Skipped(name, note)));
        days.addAll(export.days().stream().filter(day -> !day.isEmpty()).toList());
        if (export.workouts().isEmpty() && days.isEmpty()) {
            // An export of measures alone is no problem: the report's measures say what came in.
            notes.add(new ImportReport.Skipped(name, "the export holds no workouts"));
        }
        List<ImportedActivity> activities = new ArrayList<>();
        for (AppleWorkout workout : export.workouts()) {
            activities.add(activity(withRouteDistance(workout, routes, name, notes)));
        }
        return activities;
    }

    /**
     * One parsed file per workout, named by the export and the workout, all with the export's hash,
     * and one for the measures per day when there are any.
     */
    static List<ParsedFile> perWorkout(String name, String hash, List<ImportedActivity> activities,
                                       List<DailyMeasures> days, ZoneId zone) {
        List<ParsedFile> files = new ArrayList<>(activities.stream().map(a -> new ParsedFile(name + ": " + a.sport()
                + " " + WHEN.format(a.start().atZone(zone)), hash, List.of(a))).toList());
        if (!days.isEmpty()) {
            files.add(new ParsedFile(name + ": daily measures", hash, List.of(), List.copyOf(days)));
        }
        return files;
    }

    private static AppleWorkout withRouteDistance(AppleWorkout workout, RouteFiles routes, String name,
                                                  List<ImportReport.Skipped> notes) {
        if (workout.distance().isPresent() || workout.route().isEmpty()) {
            return workout;
        }
        Optional<Opener> route = routes.find(workout.route().get());
        if (route.isEmpty()) {
            return workout;
        }
        try (InputStream gpx = route.get().open()) {
            OptionalDouble metres = GpxActivities.read(gpx).stream().map(ImportedActivity::distanceMetres)
                    .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).reduce(Double::sum);
            return metres.isPresent() ? workout.withDistance(Distance.ofKm(metres.getAsDouble() / 1000)) : workout;
        } catch (IOException | ActivityFileException e) {
            notes.add(new ImportReport.Skipped(name + workout.route().get(), "the route could not be read ("
                    + e.getMessage() + "); the workout was imported without its distance"));
            return workout;
        }
    }

    private static ImportedActivity activity(AppleWorkout w) {
        return new ImportedActivity(shortName(w.type()), w.activity(), w.start(), w.elapsedSeconds(),
                w.activeSeconds().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                w.distance().map(d -> OptionalDouble.of(d.km() * 1000)).orElse(OptionalDouble.empty()),
                w.averageHeartRate().map(h -> OptionalInt.of(h.bpm())).orElse(OptionalInt.empty()),
                w.maxHeartRate().map(h -> OptionalInt.of(h.bpm())).orElse(OptionalInt.empty()), OptionalInt.empty());
    }

    private static String shortName(String type) {
        String prefix = "HKWorkoutActivityType";
        return type == null ? "Workout" : type.startsWith(prefix) ? type.substring(prefix.length()) : type;
    }
}
