package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.WearableDatabase;
import org.plimsoll.formats.wearable.WearableDatabaseBuilder;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} of Health Connect's export zip and Gadgetbridge's database, and of hostile ones. */
class WearableDatabaseImportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final ZonedDateTime RUN = ZonedDateTime.of(2026, 3, 2, 6, 30, 0, 0, ZoneId.of("Europe/Oslo"));
    private static final ZonedDateTime EVENING = RUN.minusDays(1).withHour(22).withMinute(30);

    @TempDir
    Path dir;

    private static Typed plimsoll(Database db, String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    @OnBothDatabases
    void importAHealthConnectExportThenAgainAndFindNothingNew(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path gpx = Files.writeString(dir.resolve("watch-run.gpx"), ActivityFiles.gpx(RUN.plusSeconds(50).toInstant(),
                1980, 150));
        assertThat(plimsoll(db, "import", gpx.toString()).exit()).isZero();
        Path zip = WearableDatabaseBuilder.healthConnect().exercise(56, RUN, 33).exercise(70, RUN.plusDays(2), 40)
                .sleep(EVENING, EVENING.plusHours(8), new int[] {30, 1}, new int[] {420, 5}, new int[] {30, 7})
                .rmssd(RUN.minusMinutes(20), 47.0).restingHeartRate(RUN.minusMinutes(20), 53)
                .zipTo(dir.resolve("Health Connect.zip"), "health_connect_export.db");

        Typed first = plimsoll(db, "import", zip.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("2026-03-04 06:30  strength     40 min",
                "Imported 1 session, 1 duplicate left out, 0 files skipped.",
                "Added 1 night of sleep, 1 morning of heart-rate variability and 1 morning of resting heart rate "
                        + "to your days.");
        long id = new AccountRepository(db).findByEmail("ana@example.org").orElseThrow().id();
        assertThat(new SessionRepository(db).list(id)).hasSize(2);

        JsonNode again = new ObjectMapper().readTree(plimsoll(db, "import", zip.toString(), "--json").out());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
        assertThat(new SessionRepository(db).list(id)).hasSize(2);
    }

    @OnBothDatabases
    void importAGadgetbridgeExportZip(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path zip = WearableDatabaseBuilder.gadgetbridge().summary(0x80, "Cycling", RUN, 50)
                .colmiSleep(EVENING, 300, 2).colmiSleep(EVENING.plusMinutes(300), 120, 3)
                .huamiRestingHeartRate(RUN, 56)
                .zipTo(dir.resolve("gadgetbridge.zip"), "database/Gadgetbridge");

        Typed typed = plimsoll(db, "import", zip.toString(), "--json");

        assertThat(typed.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(typed.out());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("sessions").get(0).get("activity").asText()).isEqualTo("cycle");
        assertThat(report.get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":0,\"restingHeartRate\":1}");
    }

    @OnBothDatabases
    void hostileDatabasesAreSkippedWithTheirReason(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path junk = Files.write(dir.resolve("health_connect_export.db"),
                "SQLite format 3\0 then nothing".repeat(300).getBytes(StandardCharsets.US_ASCII));
        Path wrong = dir.resolve("Gadgetbridge.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + wrong); var s = c.createStatement()) {
            s.execute("CREATE TABLE GARMIN_SLEEP_STAGE_SAMPLE (TIMESTAMP INTEGER)");
        }
        Path huge = WearableDatabaseBuilder.huge(dir.resolve("huge.db"), WearableDatabase.MAX_ROWS + 1);

        Typed typed = plimsoll(db, "import", junk.toString(), wrong.toString(), huge.toString(), "--json");

        assertThat(typed.exit()).isEqualTo(1);
        Map<String, String> reasons = new TreeMap<>();
        new ObjectMapper().readTree(typed.out()).get("skipped")
                .forEach(s -> reasons.put(s.get("file").asText(), s.get("reason").asText()));
        assertThat(reasons).containsEntry(junk.toString(), "it is not a database, or a damaged one")
                .containsEntry(wrong.toString(), "the table GARMIN_SLEEP_STAGE_SAMPLE has no column STAGE: it is not "
                        + "laid out as the app writes it")
                .containsEntry(huge.toString(), "the table resting_heart_rate_record_table holds more than 2000000 "
                        + "rows, more than a person's export can hold");
    }
}
