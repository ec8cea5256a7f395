package org.plimsoll.formats.wearable;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.context.HrvKind;

/**
 * Reads the database inside Android Health Connect's export ({@code health_connect_export.db}),
 * laid out as the platform's record helpers create it: times in epoch milliseconds with the zone
 * offset in seconds beside them. Exercise sessions become workouts; sleep stages that are sleep
 * (a session without stages counts whole) become hours asleep per night; RMSSD readings and
 * resting heart rates become the day's first reading.
 */
final class HealthConnectDatabase {
    static final String EXERCISE = "exercise_session_record_table";
    static final String SLEEP = "sleep_session_record_table";
    static final String STAGES = "sleep_stages_table";
    static final String HRV = "heart_rate_variability_rmssd_record_table";
    static final String RESTING = "resting_heart_rate_record_table";
    static final List<String> TABLES = List.of(EXERCISE, SLEEP, HRV, RESTING);

    /** SleepSessionRecord's stage types that are sleep: sleeping, light, deep, REM (not awake, out of bed, unknown). */
    private static final Set<Long> ASLEEP = Set.of(2L, 4L, 5L, 6L);

    /** ExerciseSessionType codes and their names, mapped to our activities; the rest become "other". */
    private static final Map<Long, Kind> TYPES = Map.ofEntries(
            Map.entry(56L, new Kind("Running", Activity.RUN)),
            Map.entry(57L, new Kind("Treadmill running", Activity.RUN)),
            Map.entry(79L, new Kind("Walking", Activity.WALK)),
            Map.entry(37L, new Kind("Hiking", Activity.HIKE)),
            Map.entry(68L, new Kind("Stair climbing", Activity.INCLINE_WALK)),
            Map.entry(69L, new Kind("Stair climbing machine", Activity.INCLINE_WALK)),
            Map.entry(8L, new Kind("Biking", Activity.CYCLE)),
            Map.entry(9L, new Kind("Stationary biking", Activity.CYCLE)),
            Map.entry(73L, new Kind("Open-water swimming", Activity.SWIM)),
            Map.entry(74L, new Kind("Pool swimming", Activity.SWIM)),
            Map.entry(53L, new Kind("Rowing", Activity.ROW)),
            Map.entry(54L, new Kind("Rowing machine", Activity.ROW)),
            Map.entry(25L, new Kind("Elliptical", Activity.ELLIPTICAL)),
            Map.entry(70L, new Kind("Strength training", Activity.STRENGTH)),
            Map.entry(81L, new Kind("Weightlifting", Activity.STRENGTH)),
            Map.entry(13L, new Kind("Calisthenics", Activity.STRENGTH)),
            Map.entry(36L, new Kind("High-intensity interval training", Activity.STRENGTH)),
            Map.entry(83L, new Kind("Yoga", Activity.YOGA)),
            Map.entry(48L, new Kind("Pilates", Activity.YOGA)),
            Map.entry(71L, new Kind("Stretching", Activity.YOGA)),
            Map.entry(32L, new Kind("Golf", Activity.GOLF)),
            Map.entry(76L, new Kind("Tennis", Activity.TENNIS)),
            Map.entry(75L, new Kind("Table tennis", Activity.TENNIS)),
            Map.entry(2L, new Kind("Badminton", Activity.TENNIS)),
            Map.entry(66L, new Kind("Squash", Activity.TENNIS)),
            Map.entry(50L, new Kind("Racquetball", Activity.TENNIS)));

    private record Kind(String name, Activity activity) {
    }

    private HealthConnectDatabase() {
    }

    static boolean isOne(DatabaseTables tables) {
        return TABLES.stream().anyMatch(tables::has);
    }

    static DatabaseExport read(DatabaseTables tables, ZoneId zone) throws SQLException, WearableFileException {
        List<DatabaseWorkout> workouts = new ArrayList<>();
        MeasureDays days = new MeasureDays(HrvKind.RMSSD);
        TreeSet<Long> unknownTypes = new TreeSet<>();
        int[] other = {0};
        tables.read(EXERCISE, List.of("start_time", "end_time", "exercise_type"),
                "SELECT start_time, end_time, exercise_type FROM " + EXERCISE + " ORDER BY start_time", row -> {
                    Long start = DatabaseTables.whole(row, 1);
                    Long end = DatabaseTables.whole(row, 2);
                    Long type = DatabaseTables.whole(row, 3);
                    if (!Epoch.plausible(start) || !Epoch.plausible(end) || end <= start) {
                        days.unreadable();
                        return;
                    }
                    Kind kind = type == null ? null : TYPES.get(type);
                    if (kind == null) {
                        other[0]++;
                        unknownTypes.add(type == null ? -1 : type);
                    }
                    workouts.add(new DatabaseWorkout(kind == null ? "Exercise" : kind.name(),
                            kind == null ? Activity.OTHER : kind.activity(), Instant.ofEpochMilli(start),
                            (end - start) / 1000.0));
                });
        readSleep(tables, zone, days);
        tables.read(HRV, List.of("time", "zone_offset", "heart_rate_variability_millis"),
                "SELECT time, zone_offset, heart_rate_variability_millis FROM " + HRV, row -> {
                    Double ms = DatabaseTables.number(row, 3);
                    ZonedDateTime at = at(DatabaseTables.whole(row, 1), DatabaseTables.whole(row, 2), zone);
                    if (at == null || ms == null) {
                        days.unreadable();
                    } else {
                        days.hrv(at, ms);
                    }
                });
        tables.read(RESTING, List.of("time", "zone_offset", "beats_per_minute"),
                "SELECT time, zone_offset, beats_per_minute FROM " + RESTING, row -> {
                    Double bpm = DatabaseTables.number(row, 3);
                    ZonedDateTime at = at(DatabaseTables.whole(row, 1), DatabaseTables.whole(row, 2), zone);
                    if (at == null || bpm == null) {
                        days.unreadable();
                    } else {
                        days.restingHeartRate(at, bpm);
                    }
                });
        List<String> notes = new ArrayList<>();
        if (other[0] > 0) {
            notes.add(other[0] + (other[0] == 1 ? " workout" : " workouts") + " of a kind Plimsoll does not know "
                    + "(Health Connect exercise types " + unknownTypes + ") came in as \"other\"; you can relabel them");
        }
        Epoch.noteUnreadable(days, notes);
        return new DatabaseExport("Health Connect", workouts, days.days(), notes);
    }

    /** Sleep stages that are sleep; a session recorded without stages counts from its start to its end. */
    private static void readSleep(DatabaseTables tables, ZoneId zone, MeasureDays days)
            throws SQLException, WearableFileException {
        List<String> session = List.of("row_id", "start_time", "end_time", "end_zone_offset");
        boolean staged = tables.has(STAGES);
        if (staged) {
            tables.read(STAGES, List.of("parent_key", "stage_start_time", "stage_end_time", "stage_type"),
                    "SELECT st.stage_start_time, st.stage_end_time, s.end_zone_offset, st.stage_type FROM " + STAGES
                            + " st JOIN " + SLEEP + " s ON s.row_id = st.parent_key", row -> {
                        Long type = DatabaseTables.whole(row, 4);
                        if (type != null && ASLEEP.contains(type)) {
                            stretch(row.getObject(1), row.getObject(2), DatabaseTables.whole(row, 3), zone, days);
                        }
                    });
        }
        tables.read(SLEEP, session, "SELECT start_time, end_time, end_zone_offset FROM " + SLEEP + " s"
                + (staged ? " WHERE NOT EXISTS (SELECT 1 FROM " + STAGES + " st WHERE st.parent_key = s.row_id)" : ""),
                row -> stretch(row.getObject(1), row.getObject(2), DatabaseTables.whole(row, 3), zone, days));
    }

    private static void stretch(Object start, Object end, Long offset, ZoneId zone, MeasureDays days) {
        ZonedDateTime from = start instanceof Long s ? at(s, offset, zone) : start instanceof Integer s
                ? at(s.longValue(), offset, zone) : null;
        ZonedDateTime to = end instanceof Long e ? at(e, offset, zone) : end instanceof Integer e
                ? at(e.longValue(), offset, zone) : null;
        if (from == null || to == null) {
            days.unreadable();
        } else {
            days.sleep(from, to);
        }
    }

    /** An instant in the offset recorded with it, or in the person's zone when none was recorded. */
    private static ZonedDateTime at(Long millis, Long offsetSeconds, ZoneId zone) {
        if (!Epoch.plausible(millis)) {
            return null;
        }
        Instant instant = Instant.ofEpochMilli(millis);
        try {
            return offsetSeconds == null ? instant.atZone(zone)
                    : instant.atZone(ZoneOffset.ofTotalSeconds(Math.toIntExact(offsetSeconds)));
        } catch (DateTimeException | ArithmeticException badOffset) {
            return instant.atZone(zone);
        }
    }
}
