package org.plimsoll.formats.fit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/**
 * The daily measures in Garmin's wellness files, read by message name while the decoder streams:
 * hours asleep per night from the sleep stages ({@code sleep_level}; awake and unmeasurable
 * minutes are not sleep), the morning's RMSSD from the HRV status ({@code hrv_status_summary}'s
 * last-night average, or the night's five-minute {@code hrv_value}s averaged when a day has no
 * summary), and the day's resting heart rate ({@code monitoring_hr_data} in the wellness file).
 * A value no body gives (an HRV of 0.3 ms is a value written at the wrong scale) refuses the whole
 * file with the reason, as the import takes a file whole or not at all.
 */
public final class FitWellness {
    /** One day's measures; the night is the one that ended on that morning. */
    public record Day(LocalDate date, OptionalDouble sleepHours, OptionalDouble rmssdMs, OptionalInt restingHeartRate) {
    }

    /** Ten years of days: more in one file is not a watch's file, and would only fill memory. */
    static final int MAX_DAYS = 3_660;
    /** A stage longer than this is the gap between two nights (the watch was off the wrist), not sleep. */
    static final long NIGHT_GAP_SECONDS = 6 * 3600;
    private static final int LIGHT = 2;
    private static final int REM = 4;

    private final ZoneId zone;
    private final TreeMap<LocalDate, Double> asleepSeconds = new TreeMap<>();
    private final TreeMap<LocalDate, Double> summaries = new TreeMap<>();
    private final TreeMap<LocalDate, double[]> readings = new TreeMap<>(); // sum, count
    private final TreeMap<LocalDate, Integer> resting = new TreeMap<>();
    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private boolean wellness;
    private String fault;
    // The night being read: the stage that began at stageStart, and the seconds asleep before it.
    private int stage = -1;
    private long stageStart = -1;
    private double nightAsleep;

    FitWellness(ZoneId zone) {
        this.zone = zone;
    }

    void message(FitMessage m) {
        if (fault != null) {
            return;
        }
        switch (m.name()) {
            case "sleep_level" -> sleepLevel(m);
            case "sleep_assessment" -> wellness = true; // the night's scores: nothing Plimsoll stores
            case "hrv_status_summary" -> hrv(m, m.field("last_night_average"), true);
            case "hrv_value" -> hrv(m, m.field("value"), false);
            case "monitoring_hr_data" -> restingHeartRate(m);
            default -> {
                // activity and other messages: the activity reader's
            }
        }
    }

    /** Whether the file held any of the wellness messages (a monitoring file without them is not one). */
    boolean isWellness() {
        return wellness;
    }

    /** The days found, in date order. */
    List<Day> days() throws FitFormatException {
        endNight();
        if (fault != null) {
            throw new FitFormatException(fault);
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate date : dates) {
            Double seconds = asleepSeconds.get(date);
            if (seconds != null && seconds > 24 * 3600) {
                throw new FitFormatException(String.format(Locale.ROOT, "the sleep stages give %.1f hours asleep on %s, "
                        + "more than a day holds: the file is damaged", seconds / 3600, date));
            }
            Double summary = summaries.get(date);
            double[] r = readings.get(date);
            OptionalDouble rmssd = summary != null ? OptionalDouble.of(round(summary, 10))
                    : r != null ? OptionalDouble.of(round(r[0] / r[1], 10)) : OptionalDouble.empty();
            Integer bpm = resting.get(date);
            days.add(new Day(date, seconds == null ? OptionalDouble.empty() : OptionalDouble.of(round(seconds / 3600, 100)),
                    rmssd,
                    bpm == null ? OptionalInt.empty() : OptionalInt.of(bpm)));
        }
        return days;
    }

    /** Hours to the hundredth (36 seconds) and milliseconds to the tenth: finer is noise, and would differ on re-import. */
    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    private void sleepLevel(FitMessage m) {
        wellness = true;
        OptionalLong time = time(m, "a sleep stage");
        if (time.isEmpty()) {
            return;
        }
        long t = time.getAsLong();
        if (stageStart >= 0) {
            if (t < stageStart) {
                fail("the sleep stages go back in time at " + instant(t) + ": the file is damaged");
                return;
            }
            if (t - stageStart > NIGHT_GAP_SECONDS) {
                endNight();
            } else if (stage >= LIGHT && stage <= REM) {
                nightAsleep += t - stageStart;
            }
        }
        stage = (int) m.integer("sleep_level").orElse(0); // missing: unmeasurable, not sleep
        stageStart = t;
    }

    /** The night ends where its last stage began; that stage's length is unknown and not counted. */
    private void endNight() {
        if (stageStart >= 0 && nightAsleep > 0 && fault == null) {
            LocalDate morning = date(stageStart);
            if (add(morning)) {
                asleepSeconds.merge(morning, nightAsleep, Double::sum);
            }
        }
        nightAsleep = 0;
        stage = -1;
        stageStart = -1;
    }

    private void hrv(FitMessage m, OptionalDouble ms, boolean summary) {
        wellness = true;
        OptionalLong time = time(m, summary ? "an HRV status" : "an HRV reading");
        if (time.isEmpty() || ms.isEmpty()) {
            return;
        }
        LocalDate date = date(time.getAsLong());
        double value = ms.getAsDouble();
        if (value < Hrv.LOWEST || value > Hrv.HIGHEST) {
            fail(String.format(Locale.ROOT, "an HRV of %.2f ms on %s is not a body's (%.0f–%.0f ms): the file is "
                    + "damaged or not scaled as the FIT profile says", value, date, Hrv.LOWEST, Hrv.HIGHEST));
            return;
        }
        if (!add(date)) {
            return;
        }
        if (summary) {
            summaries.put(date, value);
        } else {
            double[] r = readings.computeIfAbsent(date, d -> new double[2]);
            r[0] += value;
            r[1]++;
        }
    }

    /** The day's own resting rate; {@code resting_heart_rate} beside it is a seven-day average, not that day's. */
    private void restingHeartRate(FitMessage m) {
        OptionalLong bpm = m.integer("current_day_resting_heart_rate");
        if (bpm.isEmpty()) {
            return;
        }
        wellness = true;
        OptionalLong time = time(m, "a resting heart rate");
        if (time.isEmpty()) {
            return;
        }
        LocalDate date = date(time.getAsLong());
        if (bpm.getAsLong() < HeartRate.LOWEST || bpm.getAsLong() > HeartRate.HIGHEST) {
            fail("a resting heart rate of " + bpm.getAsLong() + " bpm on " + date + " is not a body's ("
                    + HeartRate.LOWEST + "–" + HeartRate.HIGHEST + " bpm): the file is damaged");
            return;
        }
        if (add(date)) {
            resting.put(date, (int) bpm.getAsLong());
        }
    }

    private OptionalLong time(FitMessage m, String what) {
        OptionalLong t = m.integer("timestamp");
        if (t.isEmpty() || t.getAsLong() < 0 || t.getAsLong() > 0xFFFF_FFFFL) {
            fail(what + " has no time: the file is damaged");
            return OptionalLong.empty();
        }
        return t;
    }

    /** Counts a day; false once the file holds more days than any watch writes. */
    private boolean add(LocalDate date) {
        if (dates.add(date) && dates.size() > MAX_DAYS) {
            fail("the file holds measures for more than " + MAX_DAYS + " days; no watch writes that many in one file");
            return false;
        }
        return fault == null;
    }

    private void fail(String reason) {
        if (fault == null) {
            fault = reason;
        }
    }

    private LocalDate date(long fitSeconds) {
        return instant(fitSeconds).atZone(zone).toLocalDate();
    }

    private static Instant instant(long fitSeconds) {
        return Instant.ofEpochSecond(FitActivities.FIT_EPOCH + fitSeconds);
    }
}
