package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Inputs that once broke an account or the server (docs/security.md): dates far outside any life,
 * NUL characters, fractions of a second the databases keep differently. Each is refused with the
 * same 400 naming its field on SQLite and PostgreSQL, and the account stays readable.
 */
class HostileInputTest {

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    private static void refused(TestServer.Answer answer, String field, String words) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(answer.json())).contains(field);
        assertThat(answer.body()).contains(words);
    }

    @OnBothDatabases
    void datesOutsideAnyLifeAreRefusedWhereverTheyEnter(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            refused(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"date\":\"-100000-01-01\",\"pain\":3}", ana),
                    "/date", "between 1990-01-01 and 2100-12-31");
            refused(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,"
                    + "\"start\":\"+999999999-12-31T23:59:59-18:00\"}", ana), "/start", "between 1990-01-01 and 2100-12-31");
            refused(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,"
                    + "\"start\":\"1989-12-31T23:00:00Z\"}", ana), "/start", "between 1990-01-01 and 2100-12-31");
            refused(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,"
                    + "\"start\":\"2027-01-01T07:00:00Z\"}", ana), "/start", "is in the future (2027-01-01)");
            for (String asOf : List.of("+999999999-12-31", "-999999999-01-01")) {
                refused(server.post("/api/v1/evaluate", "{\"asOf\":\"" + asOf + "\",\"profile\":{\"timezone\":\"UTC\"}}",
                        null), "/asOf", "between 1990-01-01 and 2100-12-31");
            }
            assertThat(server.get("/api/v1/checkins", ana).json().get("checkins")).isEmpty();
            assertThat(server.get("/api/v1/today", ana).status()).isEqualTo(200);
        }
    }

    @OnBothDatabases
    void aRestoreWithADateOutsideAnyLifeIsRefusedBeforeAnythingIsWritten(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            assertThat(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"date\":\"2026-02-27\",\"pain\":3}", ana)
                    .status()).isEqualTo(201);
            String export = new String(server.bytes("/api/v1/export?format=json", ana));
            assertThat(export).contains("\"2026-02-27\"");
            String bea = server.signUp("bea@example.org");
            TestServer.Answer restore = server.upload("/api/v1/export/restore", "file",
                    Map.of("x.json", export.replace("\"2026-02-27\"", "\"-100000-01-01\"").getBytes()), Map.of(),
                    Map.of("Authorization", "Bearer " + bea));
            assertThat(restore.status()).isEqualTo(400);
            assertThat(restore.body()).contains("-100000-01-01", "between 1990-01-01 and 2100-12-31");
            assertThat(server.get("/api/v1/checkins", bea).json().get("checkins")).isEmpty();
            assertThat(server.get("/api/v1/today", bea).status()).isEqualTo(200);
        }
    }

    @OnBothDatabases
    void nulCharactersAndNanosecondsGetTheSame400OnEitherDatabase(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            refused(server.post("/api/v1/auth/token", "{\"email\":\"ana@example.org\","
                    + "\"password\":\"correct horse battery\",\"name\":\"phone\\u0000\"}", null), "/name", "control characters");
            refused(server.post("/api/v1/sessions", "{\"activity\":\"strength\",\"minutes\":30,"
                    + "\"strength\":[{\"exercise\":\"squat\\u0000\",\"sets\":3,\"reps\":5}]}", ana),
                    "/strength/0/exercise", "control characters");
            refused(server.send("PUT", "/api/v1/settings", "{\"morningCheckIn\":\"07:30:00.123456789\"}",
                    Map.of("Authorization", "Bearer " + ana)), "/morningCheckIn", "to the second at most");
            assertThat(server.get("/api/v1/sessions", ana).json().get("sessions")).isEmpty();
        }
    }

    /**
     * Issue 26: PostgreSQL answered 503 where SQLite stored these. One check of every named text field,
     * before any database, gives the same 400 on both; nothing is stored.
     */
    @OnBothDatabases
    void overLongNamesAndNulInLabelsAreTheSame400OnEitherDatabase(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            refused(server.post("/api/v1/sessions", "{\"activity\":\"strength\",\"minutes\":30,"
                    + "\"strength\":[{\"exercise\":\"" + "s".repeat(10_000) + "\",\"sets\":3,\"reps\":5}]}", ana),
                    "/strength/0/exercise", "at most 120");
            String key = org.plimsoll.web.push.WebPushCrypto.base64Url(org.plimsoll.web.push.WebPushCrypto.raw(
                    (java.security.interfaces.ECPublicKey) org.plimsoll.web.push.WebPushCrypto.newKeyPair().getPublic()));
            refused(server.post("/api/v1/push/subscriptions", "{\"endpoint\":\"https://push.example.net/x\",\"keys\":"
                    + "{\"p256dh\":\"" + key + "\",\"auth\":\"AAAAAAAAAAAAAAAAAAAAAA\"},\"label\":\"phone\\u0000\"}", ana),
                    "/label", "control characters");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            TestServer.Answer token = browser.form("/account/tokens", "name", "ph\u0000one");
            assertThat(token.status()).isEqualTo(400);
            assertThat(token.body()).contains("no control characters");
            TestServer.Answer share = browser.form("/export/shares", "label", "Dr\u0000Physio", "parts", "LEVELS");
            assertThat(share.status()).as(share.body().replaceAll("(?s).*(<main.*?</form>).*", "$1")).isEqualTo(400);
            assertThat(share.body()).contains("control characters");
            assertThat(server.get("/api/v1/sessions", ana).json().get("sessions")).isEmpty();
            assertThat(server.get("/api/v1/push/subscriptions", ana).json().get("devices")).isEmpty();
            assertThat(server.get("/api/v1/tokens", ana).json().toString()).doesNotContain("ph");
        }
    }

    @OnBothDatabases
    void signingInNeverRedirectsToAnotherSite(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            for (String next : List.of("/%09/other-host/path", "//other-host", "/%0a/other-host", "https://other-host/")) {
                TestServer.Answer signedIn = server.send("POST", "/signin?next=" + next,
                        "email=ana%40example.org&password=correct+horse+battery",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
                assertThat(signedIn.status()).isEqualTo(303);
                assertThat(signedIn.header("Location")).as(next).isEqualTo("/");
            }
            TestServer.Answer kept = server.send("POST", "/signin?next=/checkin%3Fwindow%3DDAILY",
                    "email=ana%40example.org&password=correct+horse+battery",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
            assertThat(kept.header("Location")).isEqualTo("/checkin?window=DAILY");
        }
    }
}
