package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** The sleep, heart-rate variability and resting heart rate of a phone's Apple Health export, over real HTTP. */
class AppleHealthMeasuresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-18T12:00:00Z"), ZoneOffset.UTC);
    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 2, 17, 7, 0, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @OnBothDatabases
    void anExportsMeasuresFillTheDaysButNeverWhatThePersonTypedAndAgainAddNothing(Database db) throws Exception {
        byte[] zip = Files.readAllBytes(new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .sleep("Sam’s Apple Watch", "AsleepCore", MORNING.minusHours(7), MORNING)
                .sleep("Sam’s Apple Watch", "AsleepCore", MORNING.plusDays(1).minusHours(6), MORNING.plusDays(1))
                .hrv(MORNING, 52).hrv(MORNING.plusDays(1), 47)
                .resting(MORNING, 54)
                .zipTo(dir.resolve("export.zip"), "route.gpx", ActivityFiles.gpx(MORNING.toInstant(), 60, 120)));
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String token = server.signUp("sam@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            // This morning (18 February) Sam typed 8 hours of sleep; the watch says 6.
            assertThat(server.signInBrowser("sam@example.org").form("/checkin", "window", "DAILY", "pain", "3",
                    "sleepHours", "8").status()).isEqualTo(303);

            var first = server.upload("/api/v1/imports", Map.of("export.zip", zip), Map.of(), auth);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("measures").toString()).isEqualTo("{\"sleep\":1,\"hrv\":2,\"restingHeartRate\":1}");
            assertThat(first.json().get("skipped")).isEmpty();

            JsonNode days = server.get("/api/v1/progress", token).json().get("days");
            assertThat(days.toString()).contains("{\"date\":\"2026-02-17\",\"sleepHours\":7.0",
                    "{\"date\":\"2026-02-18\",\"sleepHours\":8.0");

            var again = server.upload("/api/v1/imports", Map.of("export.zip", zip), Map.of(), auth);
            assertThat(again.json().get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
        }
    }

    @OnBothDatabases
    void theRealExportWithHrvAndRestingHeartRateFillsItsDays(Database db) throws Exception {
        byte[] xml = Files.readAllBytes(Fixtures.wearables().resolve("healthkit-parser/exporter.xml"));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("kit@example.org");
            JsonNode report = server.upload("/api/v1/imports", Map.of("export.xml", xml), Map.of(),
                    Map.of("Authorization", "Bearer " + token)).json();
            assertThat(report.get("measures").get("hrv").asInt()).isPositive();
            assertThat(report.get("measures").get("restingHeartRate").asInt()).isPositive();
        }
    }
}
