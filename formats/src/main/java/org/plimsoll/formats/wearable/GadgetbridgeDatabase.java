package org.plimsoll.formats.wearable;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.context.HrvKind;

/**
 * Reads Gadgetbridge's database ({@code Gadgetbridge.db}, or {@code database/Gadgetbridge} in its
 * export zip), laid out by its greenDAO generator: times in epoch milliseconds (UTC, read in the
 * person's time zone). Activity summaries become workouts; the sleep stage samples of Garmin and
 * Colmi devices become hours asleep per night; Garmin's and Colmi's nightly HRV summaries give the
 * morning's RMSSD; Garmin's and Huami/Amazfit's resting heart rate samples and Xiaomi's daily
 * summaries give the resting heart rate.
 */
final class GadgetbridgeDatabase {
    static final String SUMMARY = "BASE_ACTIVITY_SUMMARY";
    static final String GARMIN_SLEEP = "GARMIN_SLEEP_STAGE_SAMPLE";
    static final String COLMI_SLEEP = "COLMI_SLEEP_STAGE_SAMPLE";
    static final List<String> HRV_SUMMARIES = List.of("GARMIN_HRV_SUMMARY_SAMPLE", "COLMI_HRV_SUMMARY_SAMPLE");
    static final List<String> RESTING = List.of("GARMIN_HEART_RATE_RESTING_SAMPLE", "HUAMI_HEART_RATE_RESTING_SAMPLE");
    static final String XIAOMI_DAILY = "XIAOMI_DAILY_SUMMARY_SAMPLE";
    static final List<String> TABLES = List.of(SUMMARY, GARMIN_SLEEP, COLMI_SLEEP, HRV_SUMMARIES.get(0),
            HRV_SUMMARIES.get(1), RESTING.get(0), RESTING.get(1), XIAOMI_DAILY);

    /** Garmin's sleep stages (FIT sleep_level): light, deep, REM are sleep; unmeasurable and awake are not. */
    private static final Set<Long> GARMIN_ASLEEP = Set.of(2L, 3L, 4L);
    /** Colmi's sleep stages: light, deep, REM are sleep; awake (5) is not. */
    private static final Set<Long> COLMI_ASLEEP = Set.of(2L, 3L, 4L);
    /**
     * A Garmin stage sample marks when a stage began; it lasts until the next sample, but no longer
     * than this: a longer gap is time the watch did not record as sleep.
     */
    static final Duration LONGEST_GARMIN_STAGE = Duration.ofMinutes(30);

    /** Gadgetbridge's ActivityKind codes and names, mapped to our activities; the rest become "other". */
    private static final Map<Long, Kind> KINDS = Map.ofEntries(
            Map.entry(0x10L, new Kind("Running", Activity.RUN)),
            Map.entry(0x100L, new Kind("Treadmill", Activity.RUN)),
            Map.entry(0x04000001L, new Kind("Indoor track", Activity.RUN)),
            Map.entry(0x20L, new Kind("Walking", Activity.WALK)),
            Map.entry(0x04000012L, new Kind("Indoor walking", Activity.WALK)),
            Map.entry(0x400000L, new Kind("Hiking", Activity.HIKE)),
            Map.entry(0x04000008L, new Kind("Stair stepper", Activity.INCLINE_WALK)),
            Map.entry(0x80L, new Kind("Cycling", Activity.CYCLE)),
            Map.entry(0x800L, new Kind("Indoor cycling", Activity.CYCLE)),
            Map.entry(0x04000002L, new Kind("Handcycling", Activity.CYCLE)),
            Map.entry(0x04000003L, new Kind("E-bike", Activity.CYCLE)),
            Map.entry(0x04000004L, new Kind("Bike commute", Activity.CYCLE)),
            Map.entry(0x04000005L, new Kind("Indoor handcycling", Activity.CYCLE)),
            Map.entry(0x40L, new Kind("Swimming", Activity.SWIM)),
            Map.entry(0x400L, new Kind("Open-water swimming", Activity.SWIM)),
            Map.entry(0x0400000aL, new Kind("Pool swimming", Activity.SWIM)),
            Map.entry(0x10000L, new Kind("Rowing machine", Activity.ROW)),
            Map.entry(0x04000016L, new Kind("Rowing", Activity.ROW)),
            Map.entry(0x1000L, new Kind("Elliptical trainer", Activity.ELLIPTICAL)),
            Map.entry(0x200000L, new Kind("Strength training", Activity.STRENGTH)),
            Map.entry(0x4000L, new Kind("Yoga", Activity.YOGA)),
            Map.entry(0x04000009L, new Kind("Pilates", Activity.YOGA)),
            Map.entry(0x04000020L, new Kind("Golf", Activity.GOLF)),
            Map.entry(0x0400000bL, new Kind("Tennis", Activity.TENNIS)),
            Map.entry(0x0400000dL, new Kind("Table tennis", Activity.TENNIS)),
            Map.entry(0x80000L, new Kind("Ping pong", Activity.TENNIS)),
            Map.entry(0x100000L, new Kind("Badminton", Activity.TENNIS)));

    private record Kind(String name, Activity activity) {
    }

    private GadgetbridgeDatabase() {
    }

    static boolean isOne(DatabaseTables tables) {
        return TABLES.stream().anyMatch(tables::has);
    }

    static DatabaseExport read(DatabaseTables tables, ZoneId zone) throws SQLException, WearableFileException {
        List<DatabaseWorkout> workouts = new ArrayList<>();
        MeasureDays days = new MeasureDays(HrvKind.RMSSD);
        TreeSet<Long> unknownKinds = new TreeSet<>();
        int[] other = {0};
        tables.read(SUMMARY, List.of("START_TIME", "END_TIME", "ACTIVITY_KIND"),
                "SELECT START_TIME, END_TIME, ACTIVITY_KIND FROM " + SUMMARY + " ORDER BY START_TIME", row -> {
                    Long start = DatabaseTables.whole(row, 1);
                    Long end = DatabaseTables.whole(row, 2);
                    Long code = DatabaseTables.whole(row, 3);
                    if (!Epoch.plausible(start) || !Epoch.plausible(end) || end <= start) {
                        days.unreadable();
                        return;
                    }
                    Kind kind = code == null ? null : KINDS.get(code);
                    if (kind == null) {
                        other[0]++;
                        unknownKinds.add(code == null ? -1 : code);
                    }
                    workouts.add(new DatabaseWorkout(kind == null ? "Activity" : kind.name(),
                            kind == null ? Activity.OTHER : kind.activity(), Instant.ofEpochMilli(start),
                            (end - start) / 1000.0));
                });
        readGarminSleep(tables, zone, days);
        tables.read(COLMI_SLEEP, List.of("TIMESTAMP", "DURATION", "STAGE"),
                "SELECT TIMESTAMP, DURATION, STAGE FROM " + COLMI_SLEEP, row -> {
                    Long at = DatabaseTables.whole(row, 1);
                    Long minutes = DatabaseTables.whole(row, 2);
                    Long stage = DatabaseTables.whole(row, 3);
                    if (!Epoch.plausible(at) || minutes == null || minutes < 0 || minutes > 24 * 60) {
                        days.unreadable();
                    } else if (stage != null && COLMI_ASLEEP.contains(stage)) {
                        ZonedDateTime from = Instant.ofEpochMilli(at).atZone(zone);
                        days.sleep(from, from.plusMinutes(minutes));
                    }
                });
        for (String table : HRV_SUMMARIES) {
            tables.read(table, List.of("TIMESTAMP", "LAST_NIGHT_AVERAGE"),
                    "SELECT TIMESTAMP, LAST_NIGHT_AVERAGE FROM " + table, row -> {
                        Long at = DatabaseTables.whole(row, 1);
                        Double ms = DatabaseTables.number(row, 2);
                        if (!Epoch.plausible(at) || ms == null) {
                            days.unreadable();
                        } else {
                            days.hrv(Instant.ofEpochMilli(at).atZone(zone), ms);
                        }
                    });
        }
        for (String table : RESTING) {
            readResting(tables, table, "HEART_RATE", zone, days);
        }
        readResting(tables, XIAOMI_DAILY, "HR_RESTING", zone, days);
        List<String> notes = new ArrayList<>();
        if (other[0] > 0) {
            notes.add(other[0] + (other[0] == 1 ? " activity" : " activities") + " of a kind Plimsoll does not know "
                    + "(Gadgetbridge activity kinds " + unknownKinds + ") came in as \"other\"; you can relabel them");
        }
        Epoch.noteUnreadable(days, notes);
        return new DatabaseExport("Gadgetbridge", workouts, days.days(), notes);
    }

    private static void readGarminSleep(DatabaseTables tables, ZoneId zone, MeasureDays days)
            throws SQLException, WearableFileException {
        long[] previous = {-1, -1};
        tables.read(GARMIN_SLEEP, List.of("TIMESTAMP", "STAGE"),
                "SELECT TIMESTAMP, STAGE FROM " + GARMIN_SLEEP + " ORDER BY TIMESTAMP", row -> {
                    Long at = DatabaseTables.whole(row, 1);
                    Long stage = DatabaseTables.whole(row, 2);
                    if (!Epoch.plausible(at)) {
                        days.unreadable();
                        return;
                    }
                    closeGarminStage(previous, at, zone, days);
                    previous[0] = at;
                    previous[1] = stage == null ? -1 : stage;
                });
        // The last stage of the export has no next sample to end it: it is left out.
    }

    private static void closeGarminStage(long[] previous, long next, ZoneId zone, MeasureDays days) {
        if (previous[0] < 0 || !GARMIN_ASLEEP.contains(previous[1])) {
            return;
        }
        long end = Math.min(next, previous[0] + LONGEST_GARMIN_STAGE.toMillis());
        if (end > previous[0]) {
            days.sleep(Instant.ofEpochMilli(previous[0]).atZone(zone), Instant.ofEpochMilli(end).atZone(zone));
        }
    }

    private static void readResting(DatabaseTables tables, String table, String column, ZoneId zone,
                                    MeasureDays days) throws SQLException, WearableFileException {
        tables.read(table, List.of("TIMESTAMP", column), "SELECT TIMESTAMP, " + column + " FROM " + table, row -> {
            Long at = DatabaseTables.whole(row, 1);
            Double bpm = DatabaseTables.number(row, 2);
            if (!Epoch.plausible(at)) {
                days.unreadable();
            } else if (bpm != null && bpm > 0) { // Xiaomi writes 0 for a day without a resting rate
                days.restingHeartRate(Instant.ofEpochMilli(at).atZone(zone), bpm);
            }
        });
    }
}
