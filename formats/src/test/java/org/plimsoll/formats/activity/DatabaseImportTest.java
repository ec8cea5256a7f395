package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.wearable.DailyMeasures;
import org.plimsoll.formats.wearable.WearableDatabase;
import org.plimsoll.formats.wearable.WearableDatabaseBuilder;

/** Health Connect and Gadgetbridge exports through the activity import: zips, bare databases, hostile files. */
class DatabaseImportTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZonedDateTime RUN = ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, OSLO);

    @TempDir
    Path dir;

    /** Stores what is new by the same rules the database uses, in memory. */
    private static final class Kept implements ActivityImport.Destination, ActivityImport.MeasuresDestination {
        final List<Session> stored = new ArrayList<>();
        final Map<LocalDate, DailyMeasures> days = new TreeMap<>();

        @Override
        public List<Session> addNew(String fileHash, List<Session> sessions) {
            List<Session> added = sessions.stream()
                    .filter(s -> stored.stream().noneMatch(old -> SameActivity.isSame(old, s))).toList();
            stored.addAll(added);
            return added;
        }

        @Override
        public ImportReport.Measures add(List<DailyMeasures> found) {
            int sleep = 0;
            int hrv = 0;
            int resting = 0;
            for (DailyMeasures day : found) {
                DailyMeasures old = days.put(day.date(), day);
                sleep += day.sleepHours().isPresent() && (old == null || !old.sleepHours().equals(day.sleepHours())) ? 1 : 0;
                hrv += day.hrv().isPresent() && (old == null || !old.hrv().equals(day.hrv())) ? 1 : 0;
                resting += day.restingHeartRate().isPresent()
                        && (old == null || !old.restingHeartRate().equals(day.restingHeartRate())) ? 1 : 0;
            }
            return new ImportReport.Measures(sleep, hrv, resting);
        }
    }

    private static ImportReport run(Kept to, Path... inputs) {
        return new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(inputs), to, to,
                ActivityImport.Progress.NONE);
    }

    private static WearableDatabaseBuilder phone() {
        ZonedDateTime evening = RUN.minusDays(1).withHour(23).withMinute(0);
        return WearableDatabaseBuilder.healthConnect().exercise(56, RUN, 40).exercise(70, RUN.plusDays(1), 30)
                .sleep(evening, evening.plusHours(8), new int[] {15, 1}, new int[] {420, 4}, new int[] {45, 1})
                .rmssd(RUN.minusMinutes(30), 41.0).restingHeartRate(RUN.minusMinutes(30), 54);
    }

    @Test
    void aHealthConnectExportZipBringsSessionsAndDailyMeasures() throws IOException {
        Path zip = phone().zipTo(dir.resolve("Health Connect.zip"), "health_connect_export.db");
        Kept kept = new Kept();

        ImportReport report = run(kept, zip);

        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                .containsExactly(tuple(Activity.RUN, 40), tuple(Activity.STRENGTH, 30));
        assertThat(report.sessions().get(0).file()).startsWith(zip + "/health_connect_export.db: Running 2024-03-05 07:30");
        assertThat(report.measures()).isEqualTo(new ImportReport.Measures(1, 1, 1));
        assertThat(kept.days.get(RUN.toLocalDate()).sleepHours()).contains(7.0);
        assertThat(report.skipped()).isEmpty();
    }

    @Test
    void reimportingTheSameExportAddsNothing() throws IOException {
        Path zip = phone().zipTo(dir.resolve("Health Connect.zip"), "health_connect_export.db");
        Kept kept = new Kept();
        run(kept, zip);

        ImportReport again = run(kept, zip);

        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.measures()).isEqualTo(ImportReport.Measures.NONE);
    }

    @Test
    void aWorkoutAlreadyImportedFromItsGpxFileIsADuplicate() throws IOException {
        Path gpx = Files.writeString(dir.resolve("morning-run.gpx"),
                ActivityFiles.gpx(RUN.plusSeconds(70).toInstant(), 2400, 150));
        Kept kept = new Kept();
        assertThat(run(kept, gpx).imported()).isEqualTo(1);

        ImportReport report = run(kept, phone().writeTo(dir.resolve("health_connect_export.db")));

        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.sessions()).extracting(i -> i.session().activity()).containsExactly(Activity.STRENGTH);
    }

    @Test
    void aGadgetbridgeDatabaseAloneOrInItsExportZipImports() throws IOException {
        ZonedDateTime evening = RUN.minusDays(1).withHour(23).withMinute(0);
        WearableDatabaseBuilder watch = WearableDatabaseBuilder.gadgetbridge().summary(0x10, "Running", RUN, 45)
                .garminSleep(evening, new int[] {420, 2}, new int[] {10, 1}).garminHrv(RUN, 38)
                .garminRestingHeartRate(RUN, 51);

        Kept fromFile = new Kept();
        ImportReport bare = run(fromFile, watch.writeTo(dir.resolve("Gadgetbridge.db")));
        Kept fromZip = new Kept();
        ImportReport zipped = run(fromZip, watch.zipTo(dir.resolve("gadgetbridge-export.zip"), "database/Gadgetbridge"));

        for (ImportReport report : List.of(bare, zipped)) {
            assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                    .containsExactly(tuple(Activity.RUN, 45));
            assertThat(report.measures()).isEqualTo(new ImportReport.Measures(1, 1, 1));
        }
        assertThat(fromZip.days.get(RUN.toLocalDate()).sleepHours()).contains(7.0);
    }

    @Test
    void aFileNamedAsADatabaseThatIsNotOneIsSkippedWithItsReason() throws IOException {
        Path junk = Files.writeString(dir.resolve("health_connect_export.db"), "not a database at all");

        ImportReport report = run(new Kept(), junk);

        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason).containsExactly("it is named as a "
                + "database but is not an SQLite database (Health Connect's or Gadgetbridge's export)");
    }

    @Test
    void aDatabaseOfAnotherAppIsSkippedByName() throws IOException {
        Path other = dir.resolve("contacts.db");
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var s = db.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }

        ImportReport report = run(new Kept(), other);

        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(other.toString());
            assertThat(s.reason()).startsWith("the database is not a Health Connect or Gadgetbridge export");
        });
    }

    @Test
    void aDatabaseWithMoreRowsThanAnyPersonsExportIsSkipped() throws IOException {
        Path huge = WearableDatabaseBuilder.huge(dir.resolve("health_connect_export.db"), WearableDatabase.MAX_ROWS + 1);

        ImportReport report = run(new Kept(), huge);

        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason).containsExactly("the table "
                + "resting_heart_rate_record_table holds more than 2000000 rows, more than a person's export can hold");
        assertThat(report.measures()).isEqualTo(ImportReport.Measures.NONE);
    }

    @Test
    void aDatabaseBytesNamedAnythingAreReadByTheirContent() throws IOException {
        Path renamed = phone().writeTo(dir.resolve("backup-from-phone"));
        assertThat(new String(Files.readAllBytes(renamed), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");

        assertThat(run(new Kept(), renamed).imported()).isEqualTo(2);
    }
}
