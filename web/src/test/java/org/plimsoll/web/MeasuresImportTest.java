package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** A daily-measures CSV (sleep, HRV, resting heart rate) through the import API and page, over real HTTP. */
class MeasuresImportTest {
    private static final String OURA_AS_CSV = """
            date,sleep hours,HRV ms,HRV kind,resting heart rate
            2026-02-14,7.2,48,RMSSD,52
            2026-02-15,6.1,41,RMSSD,55
            2026-02-16,,44,RMSSD,
            """;

    private static Map<String, byte[]> file(String name, String text) {
        return Map.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @OnBothDatabases
    void aDailyMeasuresCsvIsImportedCountedAndReImportingItAddsNothing(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ring@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

            JsonNode dry = server.upload("/api/v1/imports?dryRun=true", file("oura.csv", OURA_AS_CSV), Map.of(), auth).json();
            assertThat(dry.get("measures").toString()).isEqualTo("{\"sleep\":2,\"hrv\":3,\"restingHeartRate\":2}");

            var first = server.upload("/api/v1/imports", file("oura.csv", OURA_AS_CSV), Map.of(), auth);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("imported").asInt()).isZero();
            assertThat(first.json().get("skipped")).isEmpty();
            assertThat(first.json().get("measures").toString()).isEqualTo("{\"sleep\":2,\"hrv\":3,\"restingHeartRate\":2}");

            var again = server.upload("/api/v1/imports", file("oura.csv", OURA_AS_CSV), Map.of(), auth);
            assertThat(again.json().get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
        }
    }

    @OnBothDatabases
    void aMeasureOutOfBoundsSkipsTheFileNamingItsLineAndColumn(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("strap@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            String bad = """
                    date,sleep_hours,hrv_ms,hrv_kind,resting_heart_rate
                    2026-02-14,7.2,480,RMSSD,52
                    2026-02-15,6.1,41,,12
                    """;
            JsonNode report = server.upload("/api/v1/imports", file("whoop.csv", bad), Map.of(), auth).json();
            assertThat(report.get("skipped").get(0).get("file").asText()).isEqualTo("whoop.csv");
            assertThat(report.get("skipped").get(0).get("reason").asText()).isEqualTo(
                    "line 2, hrv_ms: 480 is outside 1–300; line 3, resting_heart_rate: 12 is outside 20–250; "
                            + "line 3, hrv_kind: is empty: write RMSSD (most rings and straps) or SDNN (Apple)");
            assertThat(report.get("measures").get("hrv").asInt()).isZero();
        }
    }
}
