package org.plimsoll.formats.wearable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/** Health Connect and Gadgetbridge databases, built as the apps lay them out, read into workouts and daily measures. */
class WearableDatabaseTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZonedDateTime EVENING = ZonedDateTime.of(2024, 3, 4, 23, 0, 0, 0, OSLO);
    private static final LocalDate MORNING = LocalDate.of(2024, 3, 5);

    @TempDir
    Path dir;

    private DatabaseExport read(WearableDatabaseBuilder db) throws IOException, WearableFileException {
        return WearableDatabase.read(db.writeTo(dir.resolve("export.db")), OSLO, WearableDatabase.MAX_ROWS);
    }

    private static DailyMeasures day(DatabaseExport export, LocalDate date) {
        return export.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void healthConnectExerciseSessionsBecomeWorkoutsByTheirExerciseType() throws Exception {
        ZonedDateTime run = ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, OSLO);
        DatabaseExport export = read(WearableDatabaseBuilder.healthConnect()
                .exercise(56, run, 40).exercise(83, run.plusDays(1), 60).exercise(74, run.plusDays(2), 30)
                .exercise(33, run.plusDays(3), 10));

        assertThat(export.source()).isEqualTo("Health Connect");
        assertThat(export.workouts()).extracting(DatabaseWorkout::sport, DatabaseWorkout::activity,
                DatabaseWorkout::elapsedSeconds).containsExactly(tuple("Running", Activity.RUN, 2400.0),
                tuple("Yoga", Activity.YOGA, 3600.0), tuple("Pool swimming", Activity.SWIM, 1800.0),
                tuple("Exercise", Activity.OTHER, 600.0));
        assertThat(export.workouts().get(0).start()).isEqualTo(run.toInstant());
        assertThat(export.notes()).containsExactly("1 workout of a kind Plimsoll does not know (Health Connect "
                + "exercise types [33]) came in as \"other\"; you can relabel them");
    }

    @Test
    void healthConnectSleepCountsOnlyStagesThatAreSleepAndOverlapsOnce() throws Exception {
        // 23:10–05:40 and 06:00–07:00 asleep by the watch's stages (awake, out of bed and awake in bed are not);
        // the phone's own session without stages, 23:30–06:30, adds only 05:40–06:00 that the watch had as awake.
        DatabaseExport export = read(WearableDatabaseBuilder.healthConnect()
                .sleep(EVENING, EVENING.plusHours(8), new int[] {10, 1}, new int[] {200, 4}, new int[] {90, 5},
                        new int[] {100, 6}, new int[] {20, 7}, new int[] {60, 2})
                .sleep(EVENING.plusMinutes(30), EVENING.plusMinutes(450)));

        assertThat(day(export, MORNING).sleepHours()).contains(7.83);
    }

    @Test
    void healthConnectMorningRmssdIsTheDaysFirstReadingAndRestingHeartRateComesPerDay() throws Exception {
        ZonedDateTime wake = ZonedDateTime.of(2024, 3, 5, 6, 50, 0, 0, OSLO);
        DatabaseExport export = read(WearableDatabaseBuilder.healthConnect()
                .rmssd(wake.plusHours(7), 31.0).rmssd(wake, 48.5).restingHeartRate(wake, 52)
                .rmssd(wake.plusDays(1), 0.0));

        DailyMeasures day = day(export, MORNING);
        assertThat(day.hrv()).contains(new Hrv(48.5));
        assertThat(day.hrvKind()).contains(HrvKind.RMSSD);
        assertThat(day.restingHeartRate()).contains(new HeartRate(52));
        assertThat(export.days()).hasSize(1);
        assertThat(export.notes()).containsExactly("1 entry was left out: a date or value that cannot be read or "
                + "cannot be right");
    }

    @Test
    void gadgetbridgeSummariesBecomeWorkoutsByActivityKind() throws Exception {
        ZonedDateTime run = ZonedDateTime.of(2024, 3, 5, 17, 0, 0, 0, OSLO);
        DatabaseExport export = read(WearableDatabaseBuilder.gadgetbridge()
                .summary(0x10, "Running", run, 45).summary(0x200000, "Strength", run.plusDays(1), 30)
                .summary(0x04000031, "Surfing", run.plusDays(2), 60));

        assertThat(export.source()).isEqualTo("Gadgetbridge");
        assertThat(export.workouts()).extracting(DatabaseWorkout::sport, DatabaseWorkout::activity,
                DatabaseWorkout::elapsedSeconds).containsExactly(tuple("Running", Activity.RUN, 2700.0),
                tuple("Strength training", Activity.STRENGTH, 1800.0), tuple("Activity", Activity.OTHER, 3600.0));
        assertThat(export.notes()).singleElement().asString().contains("activity kinds [67108913]");
    }

    @Test
    void gadgetbridgeGarminSleepStagesLastUntilTheNextSample() throws Exception {
        // Awake 5 min, then light 300, deep 60, REM 60 minutes, then awake 15: seven hours asleep.
        DatabaseExport export = read(WearableDatabaseBuilder.gadgetbridge()
                .garminSleep(EVENING, new int[] {5, 1}, new int[] {300, 2}, new int[] {60, 3}, new int[] {60, 4},
                        new int[] {15, 1}));

        assertThat(day(export, MORNING).sleepHours()).contains(7.0);
    }

    @Test
    void gadgetbridgeColmiSleepStagesCarryTheirOwnLength() throws Exception {
        DatabaseExport export = read(WearableDatabaseBuilder.gadgetbridge()
                .colmiSleep(EVENING, 240, 2).colmiSleep(EVENING.plusMinutes(240), 30, 5)
                .colmiSleep(EVENING.plusMinutes(270), 90, 3).colmiSleep(EVENING.plusMinutes(360), 120, 4));

        assertThat(day(export, MORNING).sleepHours()).contains(7.5);
    }

    @Test
    void gadgetbridgeHrvSummaryAndRestingHeartRateOfGarminAndHuami() throws Exception {
        ZonedDateTime wake = ZonedDateTime.of(2024, 3, 5, 7, 5, 0, 0, OSLO);
        DatabaseExport export = read(WearableDatabaseBuilder.gadgetbridge()
                .garminHrv(wake, 45).garminRestingHeartRate(wake, 49).huamiRestingHeartRate(wake.plusDays(1), 55));

        assertThat(day(export, MORNING).hrv()).contains(new Hrv(45));
        assertThat(day(export, MORNING).hrvKind()).contains(HrvKind.RMSSD);
        assertThat(day(export, MORNING).restingHeartRate()).contains(new HeartRate(49));
        assertThat(day(export, MORNING.plusDays(1)).restingHeartRate()).contains(new HeartRate(55));
        assertThat(day(export, MORNING.plusDays(1)).hrv()).isEqualTo(Optional.empty());
    }

    @Test
    void aDatabaseOfAnotherAppIsRefusedNamingWhatIsMissing() throws Exception {
        Path other = WearableDatabaseBuilder.healthConnect().writeTo(dir.resolve("notes.db"));
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             var s = db.createStatement()) {
            for (String table : HealthConnectDatabase.TABLES) {
                s.execute("DROP TABLE " + table);
            }
            // A view under a table's name is not the table: it could run anything.
            s.execute("CREATE VIEW resting_heart_rate_record_table AS SELECT 1 AS time");
        }
        assertThatThrownBy(() -> WearableDatabase.read(other, OSLO, WearableDatabase.MAX_ROWS))
                .isInstanceOf(WearableFileException.class)
                .hasMessageStartingWith("the database is not a Health Connect or Gadgetbridge export: it has none of "
                        + "their tables (exercise_session_record_table");
    }

    @Test
    void aTableWithoutTheColumnsReadIsRefusedByName() throws Exception {
        Path db = WearableDatabaseBuilder.healthConnect().writeTo(dir.resolve("export.db"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("DROP TABLE exercise_session_record_table");
            s.execute("CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY, start_time INTEGER)");
        }
        assertThatThrownBy(() -> WearableDatabase.read(db, OSLO, WearableDatabase.MAX_ROWS))
                .hasMessageMatching("the table exercise_session_record_table has no column end_time: "
                        + "it is not laid out as the app writes it");
    }

    @Test
    void aTableWithMoreRowsThanAllowedIsRefused() throws Exception {
        Path db = WearableDatabaseBuilder.huge(dir.resolve("huge.db"), 1001);
        assertThatThrownBy(() -> WearableDatabase.read(db, OSLO, 1000))
                .hasMessage("the table resting_heart_rate_record_table holds more than 1000 rows, more than a "
                        + "person's export can hold");
        assertThat(WearableDatabase.read(db, OSLO, 1001).days()).isNotEmpty();
    }

    @Test
    void bytesThatAreNotADatabaseAreRefused() throws Exception {
        Path junk = Files.write(dir.resolve("junk.db"), "SQLite format 3\0 and then nothing a database holds"
                .repeat(200).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> WearableDatabase.read(junk, OSLO, WearableDatabase.MAX_ROWS))
                .isInstanceOf(WearableFileException.class).hasMessage("it is not a database, or a damaged one");
    }

    @Test
    void valuesOfTheWrongTypeAreLeftOutAndCounted() throws Exception {
        ZonedDateTime wake = ZonedDateTime.of(2024, 3, 5, 7, 0, 0, 0, OSLO);
        DatabaseExport export = read(WearableDatabaseBuilder.healthConnect().restingHeartRate(wake, 50)
                .sql("INSERT INTO resting_heart_rate_record_table (uuid, last_modified_time, time, beats_per_minute) "
                        + "VALUES (x'01', 0, 'yesterday', 'sixty')")
                .sql("INSERT INTO exercise_session_record_table (uuid, last_modified_time, start_time, end_time, "
                        + "exercise_type) VALUES (x'02', 0, 99999999999999999, 5, 56)"));

        assertThat(export.workouts()).isEmpty();
        assertThat(day(export, MORNING).restingHeartRate()).contains(new HeartRate(50));
        assertThat(export.notes()).containsExactly("2 entries were left out: a date or value that cannot be read or "
                + "cannot be right");
    }
}
