package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Uploading the phone's Apple Health export.zip to {@code POST /api/v1/imports}, over real HTTP. */
class AppleHealthUploadTest {
    private static final ZonedDateTime RUN = ZonedDateTime.of(2026, 2, 16, 7, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @OnBothDatabases
    void theApiImportsThePhonesExportZipOnceAndItsWatchFileIsADuplicate(Database db) throws Exception {
        ZonedDateTime ride = RUN.plusDays(1);
        byte[] zip = Files.readAllBytes(new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .workoutWithStatistics("Running", RUN, 32.5, 5.2, 148, 171, null)
                .workoutWithStatistics("Cycling", ride, 30, 0, 131, 150, "/workout-routes/route.gpx")
                .zipTo(dir.resolve("export.zip"), "route.gpx", ActivityFiles.gpx(ride.toInstant(), 1800, 130)));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("sam@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            byte[] tcx = ActivityFiles.tcx(RUN.toInstant().plusSeconds(40), 1950, 5200 / 1950.0, 148)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(server.upload("/api/v1/imports", Map.of("run.tcx", tcx), Map.of(), auth).json()
                    .get("imported").asInt()).isEqualTo(1);

            var first = server.upload("/api/v1/imports", Map.of("export.zip", zip), Map.of(), auth);
            assertThat(first.status()).isEqualTo(200);
            JsonNode report = first.json();
            assertThat(report.get("imported").asInt()).isEqualTo(1);
            assertThat(report.get("duplicates").asInt()).isEqualTo(1); // the run, already in from its TCX file
            assertThat(report.get("skipped")).isEmpty();
            JsonNode cycle = report.get("sessions").get(0);
            assertThat(cycle.get("file").asText()).isEqualTo("export.zip/apple_health_export/export.xml: Cycling "
                    + "2026-02-17 07:30");
            assertThat(cycle.get("activity").asText()).isEqualTo("cycle");
            assertThat(cycle.get("distanceKm").asDouble()).isCloseTo(ActivityFiles.gpxMetres(1800) / 1000,
                    org.assertj.core.api.Assertions.within(0.001));

            var again = server.upload("/api/v1/imports", Map.of("export.zip", zip), Map.of(), auth);
            assertThat(again.json().get("imported").asInt()).isZero();
            assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).hasSize(2);
        }
    }
}
