package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.WearableDatabase;
import org.plimsoll.formats.wearable.WearableDatabaseBuilder;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Uploading Health Connect's export zip and Gadgetbridge's database to {@code POST /api/v1/imports}, over real HTTP. */
class WearableDatabaseUploadTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime RUN = ZonedDateTime.of(2026, 2, 16, 7, 30, 0, 0, LONDON);
    private static final ZonedDateTime EVENING = RUN.minusDays(1).withHour(23).withMinute(0);

    @TempDir
    Path dir;

    @OnBothDatabases
    void theApiImportsAHealthConnectExportOnceAndItsWatchFileIsADuplicate(Database db) throws Exception {
        byte[] zip = Files.readAllBytes(WearableDatabaseBuilder.healthConnect()
                .exercise(56, RUN, 33).exercise(8, RUN.plusDays(1), 45)
                .sleep(EVENING, EVENING.plusHours(8), new int[] {20, 1}, new int[] {400, 4}, new int[] {60, 1})
                .rmssd(RUN.minusMinutes(40), 52.0).restingHeartRate(RUN.minusMinutes(40), 50)
                .zipTo(dir.resolve("health-connect.zip"), "health_connect_export.db"));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("sam@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            byte[] tcx = ActivityFiles.tcx(RUN.toInstant().plusSeconds(40), 1950, 5200 / 1950.0, 148)
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(server.upload("/api/v1/imports", Map.of("run.tcx", tcx), Map.of(), auth).json()
                    .get("imported").asInt()).isEqualTo(1);

            var first = server.upload("/api/v1/imports", Map.of("health-connect.zip", zip), Map.of(), auth);
            assertThat(first.status()).isEqualTo(200);
            JsonNode report = first.json();
            assertThat(report.get("imported").asInt()).isEqualTo(1);
            assertThat(report.get("duplicates").asInt()).isEqualTo(1); // the run, already in from its TCX file
            assertThat(report.get("skipped")).isEmpty();
            assertThat(report.get("sessions").get(0).get("activity").asText()).isEqualTo("cycle");
            assertThat(report.get("sessions").get(0).get("file").asText())
                    .isEqualTo("health-connect.zip/health_connect_export.db: Biking 2026-02-17 07:30");
            assertThat(report.get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":1,\"restingHeartRate\":1}");

            var again = server.upload("/api/v1/imports", Map.of("health-connect.zip", zip), Map.of(), auth);
            assertThat(again.json().get("imported").asInt()).isZero();
            assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
            assertThat(again.json().get("measures").toString())
                    .isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).hasSize(2);
        }
    }

    @OnBothDatabases
    void theApiImportsAGadgetbridgeDatabase(Database db) throws Exception {
        byte[] gadgetbridge = Files.readAllBytes(WearableDatabaseBuilder.gadgetbridge()
                .summary(0x10, "Running", RUN, 40).summary(0x4000, "Yoga", RUN.plusDays(1), 30)
                .garminSleep(EVENING, new int[] {10, 1}, new int[] {390, 2}, new int[] {30, 3}, new int[] {5, 1})
                .garminHrv(RUN, 44).garminRestingHeartRate(RUN, 48)
                .writeTo(dir.resolve("Gadgetbridge.db")));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("sam@example.org");
            var answer = server.upload("/api/v1/imports", Map.of("Gadgetbridge.db", gadgetbridge), Map.of(),
                    Map.of("Authorization", "Bearer " + token));

            assertThat(answer.status()).isEqualTo(200);
            JsonNode report = answer.json();
            assertThat(report.get("imported").asInt()).isEqualTo(2);
            assertThat(report.get("sessions").get(0).get("activity").asText()).isEqualTo("run");
            assertThat(report.get("sessions").get(1).get("activity").asText()).isEqualTo("yoga");
            assertThat(report.get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":1,\"restingHeartRate\":1}");
        }
    }

    @OnBothDatabases
    void hostileDatabasesAreSkippedWithAReasonNeverA500(Database db) throws Exception {
        byte[] notADatabase = "SQLite format 3\0 but nothing after".repeat(300).getBytes(StandardCharsets.US_ASCII);
        Path wrong = dir.resolve("wrong.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + wrong); var s = c.createStatement()) {
            s.execute("CREATE TABLE BASE_ACTIVITY_SUMMARY (_id INTEGER PRIMARY KEY, NAME TEXT)");
        }
        byte[] huge = Files.readAllBytes(WearableDatabaseBuilder.huge(dir.resolve("huge.db"),
                WearableDatabase.MAX_ROWS + 1));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("sam@example.org");
            var answer = server.upload("/api/v1/imports", Map.of("health_connect_export.db", notADatabase,
                    "Gadgetbridge.db", Files.readAllBytes(wrong), "huge.db", huge), Map.of(),
                    Map.of("Authorization", "Bearer " + token));

            assertThat(answer.status()).isEqualTo(200);
            JsonNode report = answer.json();
            assertThat(report.get("imported").asInt()).isZero();
            Map<String, String> reasons = new java.util.TreeMap<>();
            report.get("skipped").forEach(s -> reasons.put(s.get("file").asText(), s.get("reason").asText()));
            assertThat(reasons).containsEntry("health_connect_export.db", "it is not a database, or a damaged one")
                    .containsEntry("Gadgetbridge.db", "the table BASE_ACTIVITY_SUMMARY has no column START_TIME: it "
                            + "is not laid out as the app writes it")
                    .containsEntry("huge.db", "the table resting_heart_rate_record_table holds more than 2000000 "
                            + "rows, more than a person's export can hold");
        }
    }
}
