package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Who may do what: sign-up rules, tokens, scoping to the signed-in person, browser sign-in. */
class AccessTest {

    @OnBothDatabases
    void signUpRefusesABadAddressAShortPasswordAndATakenAddress(Database db) {
        try (TestServer server = new TestServer(db)) {
            var bad = server.post("/api/v1/accounts", "{\"email\":\"ana\",\"password\":\"short\"}", null);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/email", "/password", "at least 10 characters");

            server.signUp("ana@example.org");
            var again = server.post("/api/v1/accounts",
                    "{\"email\":\"ANA@example.org\",\"password\":\"another long one\"}", null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @OnBothDatabases
    void aWrongPasswordGetsNoTokenAndNoTokenGetsNoData(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            var wrong = server.post("/api/v1/auth/token",
                    "{\"email\":\"ana@example.org\",\"password\":\"wrong password!\"}", null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(server.get("/api/v1/sessions", null).status()).isEqualTo(401);
            assertThat(server.get("/api/v1/sessions", "plm_made_up").status()).isEqualTo(401);
        }
    }

    @OnBothDatabases
    void anotherPersonsSessionLooksLikeAMissingOne(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            String ben = server.signUp("ben@example.org");
            String id = server.post("/api/v1/sessions", "{\"activity\":\"swim\",\"minutes\":30}", ana)
                    .json().get("id").asText();

            assertThat(server.get("/api/v1/sessions/" + id, ben).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/sessions/" + id + "/checkins", ben).status()).isEqualTo(404);
            assertThat(server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"DURING\",\"pain\":3}", ben)
                    .status()).isEqualTo(404);
            assertThat(server.post("/api/v1/checkins",
                    "{\"sessionId\":\"" + id + "\",\"window\":\"DURING\",\"pain\":3}", ben).status()).isEqualTo(400);
            assertThat(server.send("DELETE", "/api/v1/sessions/" + id, null,
                    Map.of("Authorization", "Bearer " + ben)).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/sessions", ben).json().get("sessions")).isEmpty();
            assertThat(server.get("/api/v1/sessions/" + id, ana).status()).isEqualTo(200);
        }
    }

    @OnBothDatabases
    void aBrowserSignsInWithAFormAndStaysSignedInThroughTheDatabase(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            var signedIn = server.send("POST", "/signin", "email=ana%40example.org&password=correct+horse+battery",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
            assertThat(signedIn.status()).isEqualTo(303);
            String setCookie = signedIn.header("Set-Cookie");
            assertThat(setCookie).contains("plimsoll_session=", "HttpOnly", "SameSite=Lax");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));

            // A second server on the same database knows the sign-in: nothing is kept in memory.
            try (TestServer other = new TestServer(db)) {
                assertThat(other.send("GET", "/account", null, Map.of("Cookie", cookie)).body())
                        .contains("Signed in as <strong>ana@example.org</strong>");
            }
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            String run = "{\"activity\":\"run\",\"minutes\":5}";
            var crossSite = server.send("POST", "/api/v1/sessions", run,
                    Map.of("Cookie", cookie, "Origin", "https://evil.example", "X-CSRF-Token", browser.csrf()));
            assertThat(crossSite.status()).isEqualTo(403);
            var noToken = server.send("POST", "/api/v1/sessions", run, Map.of("Cookie", cookie, "Origin", server.base));
            assertThat(noToken.status()).isEqualTo(403);
            assertThat(noToken.json().get("detail").asText()).contains("CSRF token missing or wrong");
            var otherSignInsToken = server.send("POST", "/api/v1/sessions", run,
                    Map.of("Cookie", cookie, "Origin", server.base, "X-CSRF-Token", browser.csrf()));
            assertThat(otherSignInsToken.status()).isEqualTo(403);
            assertThat(browser.json("POST", "/api/v1/sessions", run).status()).isEqualTo(201);

            var wrong = server.send("POST", "/signin", "email=ana%40example.org&password=nope",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("do not match an account");
        }
    }
}
