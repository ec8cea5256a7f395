package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 28 item 6: imported sessions older than 8 weeks are history. A 2010 GPX and a 2019 FIT are
 * stored and listed, but add no "Other" or "Cycle" rows to today's levels or the share page; and a
 * record that cannot have happened (Activity.fit's run of 0 minutes) is left out, file and record named.
 */
class OldImportsAreHistoryTest {
    private static final Pattern NEW_URL = Pattern.compile("value=\"(http://[^\"]+)\" aria-label=\"New secret address\"");

    private static Map<String, byte[]> oldFiles() throws Exception {
        Path fixtures = Fixtures.activities();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cerknicko-jezero.gpx", Files.readAllBytes(fixtures.resolve("gpxpy/cerknicko-jezero.gpx")));
        files.put("ride-2019.fit", Files.readAllBytes(
                fixtures.resolve("python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit")));
        return files;
    }

    @OnBothDatabases
    void importedSessionsOlderThanEightWeeksAreHistoryNotLevels(Database db) throws Exception {
        Map<String, byte[]> files = oldFiles();
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

            TestServer.Answer imported = server.upload("/api/v1/imports", files, Map.of(), auth);

            assertThat(imported.status()).isEqualTo(200);
            assertThat(imported.json().get("sessions").toString()).contains("\"cycle\"", "\"other\"");
            assertThat(server.get("/api/v1/sessions", token).json().get("total").asInt())
                    .as("kept as history").isEqualTo(imported.json().get("imported").asInt()).isPositive();
            assertThat(server.get("/api/v1/today", token).json().get("activities").toString())
                    .doesNotContain("\"cycle\"", "\"other\"");

            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            assertThat(ana.get("/history").body()).contains("Cycle");
            assertThat(ana.get("/today").body()).doesNotContain("Cycle", "Other:");
            Matcher link = NEW_URL.matcher(ana.form("/export/shares", "label", "Dr Physio", "parts", "LEVELS",
                    "weeks", "8", "days", "14").body());
            assertThat(link.find()).isTrue();
            String shared = server.send("GET", link.group(1).replaceFirst("^http://[^/]+", ""), null, Map.of()).body();
            assertThat(shared).contains("Levels per activity").doesNotContain("Cycle", ">Other<");
        }
    }

    @OnBothDatabases
    void aRecordThatCannotHaveHappenedIsLeftOutWithItsFileAndRecordNamed(Database db) throws Exception {
        byte[] zeroMinuteRun = Files.readAllBytes(Fixtures.activities().resolve("python-fitparse/Activity.fit"));
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            TestServer.Answer report = server.upload("/api/v1/imports", Map.of("Activity.fit", zeroMinuteRun), Map.of(),
                    Map.of("Authorization", "Bearer " + token));

            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().get("imported").asInt()).isZero();
            assertThat(report.json().get("skipped").get(0).get("file").asText()).isEqualTo("Activity.fit");
            assertThat(report.json().get("skipped").get(0).get("reason").asText())
                    .contains("activity 1 (run on", "0 minutes", "must be 1 or more");
            assertThat(server.get("/api/v1/sessions", token).json().get("total").asInt()).isZero();
        }
    }
}
