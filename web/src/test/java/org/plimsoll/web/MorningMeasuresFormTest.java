package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Heart-rate variability and resting heart rate on the morning check-in form, and the readiness switch. */
class MorningMeasuresFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-18T12:00:00Z"), ZoneOffset.UTC);
    private static final ZonedDateTime THIS_MORNING = ZonedDateTime.of(2026, 2, 18, 7, 0, 0, 0,
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @OnBothDatabases
    void theMorningFormTakesHrvWithItsKindAndRestingHeartRateWithinBoundsNamingEachField(Database db) {
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/checkin").body()).contains("<label for=\"hrvMs\">Heart-rate variability this "
                    + "morning, ms</label>", "<label for=\"restingHeartRate\">Resting heart rate, beats a minute</label>",
                    "SDNN (Apple Watch)");

            var bad = browser.form("/checkin", "window", "DAILY", "pain", "2", "hrvMs", "400", "restingHeartRate", "12");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("Heart-rate variability (ms): must be a number from 1 to 300",
                    "Resting heart rate (beats a minute): must be a number from 20 to 250")
                    .doesNotContain("hrvMs:");
            var noKind = browser.form("/checkin", "window", "DAILY", "pain", "2", "hrvMs", "48");
            assertThat(noKind.status()).isEqualTo(400);
            assertThat(noKind.body()).contains("How your watch measures it: choose RMSSD or SDNN");

            var saved = browser.form("/checkin", "window", "DAILY", "pain", "2", "hrvMs", "48", "hrvKind", "RMSSD",
                    "restingHeartRate", "56");
            assertThat(saved.status()).isEqualTo(303);
            String page = browser.get("/checkin").body();
            assertThat(page).contains("name=\"hrvMs\" inputmode=\"decimal\" value=\"48\"",
                    "<option value=\"RMSSD\" selected>", "name=\"restingHeartRate\" inputmode=\"numeric\" value=\"56\"")
                    .doesNotContain("from your watch");
            // An evening entry of stress alone keeps the morning's measures.
            assertThat(browser.form("/checkin", "window", "DAILY", "pain", "2", "stress", "4").status()).isEqualTo(303);
            assertThat(browser.get("/checkin").body()).contains("value=\"48\"", "value=\"56\"");
        }
    }

    @OnBothDatabases
    void anImportedMeasureIsShownAsTheWatchesAndSavingTheFormKeepsIt(Database db) throws Exception {
        byte[] zip = Files.readAllBytes(new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .hrv(THIS_MORNING, 52).resting(THIS_MORNING, 54)
                .zipTo(dir.resolve("export.zip"), "route.gpx", ActivityFiles.gpx(THIS_MORNING.toInstant(), 60, 120)));
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String token = server.signUp("sam@example.org");
            server.upload("/api/v1/imports", Map.of("export.zip", zip), Map.of(), Map.of("Authorization", "Bearer " + token));
            TestServer.Browser browser = server.signInBrowser("sam@example.org");
            String page = browser.get("/checkin").body();
            assertThat(page).contains("<strong>Heart-rate variability:</strong> 52 ms (SDNN), from your watch or ring",
                    "<strong>Resting heart rate:</strong> 54 beats a minute, from your watch or ring")
                    .doesNotContain("name=\"hrvMs\"", "name=\"restingHeartRate\"");

            assertThat(browser.form("/checkin", "window", "DAILY", "pain", "2", "sleepHours", "7").status())
                    .isEqualTo(303);
            assertThat(browser.get("/checkin").body()).contains("52 ms (SDNN), from your watch or ring");
        }
    }

    @OnBothDatabases
    void readinessCanBeTurnedOffAndOnFromTheSettingsPage(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/settings").body()).contains("Let my watch or ring lighten hard days",
                    "today's training is made 10% lighter", "name=\"readiness\" value=\"on\" checked");
            String[] form = {"regions", "LOW", "irritability", "MODERATE", "units", "KM", "timezone", "Europe/London",
                    "morningCheckIn", "08:00", "readiness", "off"};
            assertThat(browser.form("/settings", form).status()).isEqualTo(303);
            assertThat(server.get("/api/v1/settings", token).json().get("readiness").asBoolean()).isFalse();
            assertThat(browser.get("/settings").body()).contains("name=\"readiness\" value=\"off\" checked");

            form[form.length - 1] = "on";
            assertThat(browser.form("/settings", form).status()).isEqualTo(303);
            assertThat(server.get("/api/v1/settings", token).json().get("readiness").asBoolean()).isTrue();
        }
    }
}
