package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.plimsoll.formats.fit.GarminWellnessFiles;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** A Garmin Connect export zip with a night's wellness FIT files, through {@code POST /api/v1/imports}. */
class GarminWellnessUploadTest {
    private static final int[][] NIGHT = {{0, GarminWellnessFiles.LIGHT}, {4 * 3600, GarminWellnessFiles.DEEP},
            {6 * 3600, GarminWellnessFiles.REM}, {7 * 3600 + 1800, GarminWellnessFiles.AWAKE}};

    private static byte[] export(byte[] sleep) {
        return GarminWellnessFiles.exportZip(Map.of("1001_SLEEP_DATA.fit", sleep,
                "1002_HRV_STATUS.fit", GarminWellnessFiles.hrvStatus(Instant.parse("2026-03-02T05:30:00Z"), 5824),
                "1003_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-02T08:00:00Z"), 53)));
    }

    @OnBothDatabases
    void aGarminExportsSleepHrvAndRestingHeartRateAreImportedOnceAndCounted(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("forerunner@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            byte[] zip = export(GarminWellnessFiles.sleep(Instant.parse("2026-03-01T22:00:00Z"), NIGHT));

            JsonNode dry = server.upload("/api/v1/imports?dryRun=true", Map.of("garmin.zip", zip), Map.of(), auth).json();
            assertThat(dry.get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":1,\"restingHeartRate\":1}");

            var first = server.upload("/api/v1/imports", Map.of("garmin.zip", zip), Map.of(), auth);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("skipped")).isEmpty();
            assertThat(first.json().get("imported").asInt()).isZero();
            assertThat(first.json().get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":1,\"restingHeartRate\":1}");

            var again = server.upload("/api/v1/imports", Map.of("garmin.zip", zip), Map.of(), auth);
            assertThat(again.json().get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
        }
    }

    @OnBothDatabases
    void aTruncatedSleepFileInTheExportIsSkippedByNameAndTheRestImported(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("venu@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            byte[] sleep = GarminWellnessFiles.sleep(Instant.parse("2026-03-01T22:00:00Z"), NIGHT);
            byte[] zip = export(Arrays.copyOf(sleep, 40));

            var report = server.upload("/api/v1/imports", Map.of("garmin.zip", zip), Map.of(), auth);
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().get("skipped").get(0).get("file").asText())
                    .isEqualTo("garmin.zip/" + GarminWellnessFiles.EXPORT_FOLDER + "1001_SLEEP_DATA.fit");
            assertThat(report.json().get("skipped").get(0).get("reason").asText()).startsWith("the file is truncated");
            assertThat(report.json().get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":1,\"restingHeartRate\":1}");
        }
    }
}
