package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Sign-in limits, tokens, deleting everything, settings, and what the pages refuse. */
class AccountAndPagesTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @OnBothDatabases
    void theSixthWrongPasswordWithinFifteenMinutesIsRefusedEvenWhenRight(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            for (int i = 0; i < 5; i++) {
                assertThat(server.send("POST", "/signin", "email=ana%40example.org&password=wrong-" + i,
                        Map.of("Content-Type", FORM, "Origin", server.base)).status()).isEqualTo(401);
            }
            var limited = server.send("POST", "/signin", "email=ana%40example.org&password=correct+horse+battery",
                    Map.of("Content-Type", FORM, "Origin", server.base));
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("900");
            assertThat(limited.body()).contains("too many wrong passwords for this account");
            var api = server.post("/api/v1/auth/token", "{\"email\":\"ana@example.org\",\"password\":\"correct horse battery\"}", null);
            assertThat(api.status()).isEqualTo(429);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            // Another account is not affected by Ana's count.
            server.signUp("ben@example.org");
        }
    }

    @OnBothDatabases
    void aTokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked(Database db) {
        try (TestServer server = new TestServer(db)) {
            String first = server.signUp("ana@example.org");
            var created = server.post("/api/v1/tokens", "{\"name\":\"watch script\"}", first);
            assertThat(created.status()).isEqualTo(201);
            String second = created.json().get("token").asText();
            assertThat(second).startsWith("plm_");
            var listed = server.get("/api/v1/tokens", second);
            assertThat(listed.body()).contains("watch script").doesNotContain(second);
            String id = created.json().get("id").asText();
            assertThat(server.send("DELETE", "/api/v1/tokens/" + id, null, Map.of("Authorization", "Bearer " + first))
                    .status()).isEqualTo(204);
            assertThat(server.get("/api/v1/me", second).status()).isEqualTo(401);
            assertThat(server.get("/api/v1/me", first).status()).isEqualTo(200);

            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            var page = browser.form("/account/tokens", "name", "from the page");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("shown only this once", "plm_");
        }
    }

    @OnBothDatabases
    void deletingEverythingNeedsTheEmailAddressAndThenLeavesNothing(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30}", token);
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            var wrong = browser.form("/account/delete", "confirm", "someone@example.org");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("Nothing was deleted");
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).hasSize(1);

            var deleted = browser.form("/account/delete", "confirm", "ANA@example.org");
            assertThat(deleted.status()).isEqualTo(303);
            assertThat(server.get("/api/v1/me", token).status()).isEqualTo(401);
            assertThat(server.post("/api/v1/auth/token",
                    "{\"email\":\"ana@example.org\",\"password\":\"correct horse battery\"}", null).status()).isEqualTo(401);
        }
    }

    @OnBothDatabases
    void aDisplayNameHeadsTheReportInsteadOfTheEmailAddress(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            var named = server.send("PUT", "/api/v1/settings", "{\"displayName\":\"  Ana Lima \"}", auth);
            assertThat(named.status()).isEqualTo(200);
            assertThat(named.json().get("displayName").asText()).isEqualTo("Ana Lima");
            byte[] pdf = server.bytes("/api/v1/export?format=pdf", token);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                        .contains("Back training report: Ana Lima").doesNotContain("ana@example.org");
            }
            var tooLong = server.send("PUT", "/api/v1/settings", "{\"displayName\":\"" + "x".repeat(81) + "\"}", auth);
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body()).contains("/displayName", "at most 80");
            // Null puts the e-mail address back; the name given before was kept until then.
            assertThat(server.get("/api/v1/settings", token).json().get("displayName").asText()).isEqualTo("Ana Lima");
            var cleared = server.send("PUT", "/api/v1/settings", "{\"displayName\":null}", auth);
            assertThat(cleared.json().get("displayName").isNull()).isTrue();
            // The page keeps it too.
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            var form = browser.form("/settings", "displayName", "Ana L.", "regions", "LOW", "irritability", "MODERATE",
                    "units", "KM", "timezone", "Europe/Berlin", "morningCheckIn", "08:00");
            assertThat(form.status()).isEqualTo(303);
            assertThat(browser.get("/settings").body()).contains("value=\"Ana L.\"");
        }
    }

    @OnBothDatabases
    void settingsChangeUnitsZoneAndDemandsAndThePagesFollow(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            var changed = server.send("PUT", "/api/v1/settings", "{\"units\":\"MI\",\"timezone\":\"America/Chicago\","
                    + "\"demands\":{\"golf\":{\"rotation\":2}}}", Map.of("Authorization", "Bearer " + token));
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("units").asText()).isEqualTo("MI");
            assertThat(changed.json().get("timezone").asText()).isEqualTo("America/Chicago");
            assertThat(changed.json().get("demands").get("golf").get("rotation").asInt()).isEqualTo(2);
            assertThat(changed.json().get("demands").get("golf").get("armLoad").asInt()).isEqualTo(1);

            var bad = server.send("PUT", "/api/v1/settings", "{\"units\":\"furlongs\",\"timezone\":\"Mars/Base\"}",
                    Map.of("Authorization", "Bearer " + token));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/units", "/timezone");

            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/sessions/new").body()).contains("Distance (mi, optional)");
            var logged = browser.form("/sessions", "activity", "run", "date", "2026-02-28", "time", "07:00",
                    "minutes", "40", "distance", "5", "rpe", "4", "idempotencyKey", "k-1");
            assertThat(logged.status()).isEqualTo(303);
            var session = server.get("/api/v1/sessions", token).json().get("sessions").get(0);
            assertThat(session.get("distanceKm").asDouble()).isCloseTo(8.047, org.assertj.core.data.Offset.offset(0.001));
            assertThat(session.get("start").asText()).isEqualTo("2026-02-28T07:00:00-06:00");
        }
    }

    @OnBothDatabases
    void aBadCheckInFormIsRefusedWithEachProblemAndNothingIsSavedAndARepeatedFormSavesOnce(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            var bad = browser.form("/checkin", "window", "DAILY", "pain", "11", "stress", "eleven");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("Nothing was saved yet", "Pain:", "Stress: must be a number from 0 to 10");
            assertThat(server.get("/api/v1/checkins", token).json().get("checkins")).isEmpty();

            for (int i = 0; i < 2; i++) {
                var saved = browser.form("/checkin", "window", "DAILY", "pain", "3", "sleepHours", "6.5",
                        "idempotencyKey", "same-key");
                assertThat(saved.status()).isEqualTo(303);
                assertThat(saved.header("Location")).isEqualTo("/today?saved=checkin");
            }
            assertThat(server.get("/api/v1/checkins", token).json().get("checkins")).hasSize(1);
            // The cached assessment follows the write: today's daily check-in is no longer due.
            assertThat(server.get("/api/v1/today", token).json().get("due").toString()).doesNotContain("DAILY");
        }
    }

    @OnBothDatabases
    void theLiveGuideAnswersWithAFragmentForHtmxAndAWholePageWithout(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            var page = browser.form("/today/live", "pain", "5");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Today", "Stop.");
            var fragment = server.send("POST", "/today/live", "_csrf=" + browser.csrf() + "&pain=3&earlierPain=1",
                    Map.of("Cookie", browser.cookie(), "Origin", server.base, "Content-Type", FORM, "HX-Request", "true"));
            assertThat(fragment.body()).doesNotContain("<html").contains("Stop.", "rising");
            var api = browser.json("POST", "/api/v1/live", "{\"pain\":2}");
            assertThat(api.json().get("decision").asText()).isEqualTo("CARRY_ON");
        }
    }

    @OnBothDatabases
    void deletingASessionAsksForItsOwnTickAndTheHistoryCountsInWords(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            String id = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,"
                    + "\"start\":\"2026-02-27T07:00:00Z\"}", token).json().get("id").asText();
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            assertThat(ana.get("/history").body()).contains("1 session").doesNotContain("1 sessions");
            var slip = ana.form("/sessions/" + id + "/delete");
            assertThat(slip.status()).isEqualTo(400);
            assertThat(slip.body()).contains("nothing was deleted");
            assertThat(server.get("/api/v1/sessions/" + id, token).status()).isEqualTo(200);
            var meant = ana.form("/sessions/" + id + "/delete", "confirm", "yes");
            assertThat(meant.status()).isEqualTo(303);
            assertThat(server.get("/api/v1/sessions/" + id, token).status()).isEqualTo(404);
        }
    }

    @OnBothDatabases
    void aCheckInWithAnErrorKeepsWhatWasEnteredAndNamesTheFieldInWords(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            var page = ana.form("/checkin", "window", "DAILY", "pain", "3", "sleepHours", "lots",
                    "idempotencyKey", "k-1");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("Hours slept:").doesNotContain("sleepHours:")
                    .containsPattern("name=\"pain\" value=\"3\" required checked");
        }
    }
}
