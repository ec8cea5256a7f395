package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Issue 26: an API token may be read-only; such a token reads and changes nothing, not even the tokens. */
class TokenScopeTest {
    private static final String CHECK_IN = "{\"window\":\"DAILY\",\"date\":\"2026-02-27\",\"pain\":3}";

    private static void refusedForItsScope(TestServer.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).contains("scope is 'read'");
    }

    @OnBothDatabases
    void aReadOnlyTokenReadsEverythingAndChangesNothing(Database db) {
        try (TestServer server = new TestServer(db)) {
            String full = server.signUp("ana@example.org");
            TestServer.Answer made = server.post("/api/v1/tokens", "{\"name\":\"dashboard\",\"scope\":\"read\"}", full);
            assertThat(made.status()).isEqualTo(201);
            assertThat(made.json().get("scope").asText()).isEqualTo("read");
            String read = made.json().get("token").asText();
            TestServer.Answer signedIn = server.post("/api/v1/auth/token",
                    "{\"email\":\"ana@example.org\",\"password\":\"correct horse battery\",\"scope\":\"read\"}", null);
            assertThat(signedIn.status()).isEqualTo(201);
            assertThat(signedIn.json().get("scope").asText()).isEqualTo("read");
            String readToo = signedIn.json().get("token").asText();

            assertThat(server.get("/api/v1/today", read).status()).isEqualTo(200);
            assertThat(server.get("/api/v1/checkins", readToo).status()).isEqualTo(200);
            JsonNode listed = server.get("/api/v1/tokens", read).json().get("tokens");
            assertThat(listed).extracting(t -> t.get("name").asText() + ":" + t.get("scope").asText())
                    .containsExactly("API token:full", "dashboard:read", "API token:read");

            refusedForItsScope(server.post("/api/v1/checkins", CHECK_IN, read));
            refusedForItsScope(server.post("/api/v1/tokens", "{\"name\":\"escalate\"}", read));
            refusedForItsScope(server.send("DELETE", "/api/v1/tokens/" + listed.get(1).get("id").asText(), null,
                    Map.of("Authorization", "Bearer " + read)));
            refusedForItsScope(server.send("PUT", "/api/v1/settings", "{}", Map.of("Authorization", "Bearer " + readToo)));
            refusedForItsScope(server.send("DELETE", "/api/v1/account", "{\"confirm\":\"ana@example.org\"}",
                    Map.of("Authorization", "Bearer " + read)));

            assertThat(server.get("/api/v1/checkins", full).json().get("checkins")).isEmpty();
            assertThat(server.get("/api/v1/tokens", full).json().get("tokens")).hasSize(3)
                    .allSatisfy(t -> assertThat(t.get("revokedAt").isNull()).isTrue());
            assertThat(server.get("/api/v1/me", read).status()).as("the account is still there").isEqualTo(200);
            assertThat(server.post("/api/v1/checkins", CHECK_IN, full).status()).as("a full token still writes")
                    .isEqualTo(201);
        }
    }

    @OnBothDatabases
    void theAccountPageMakesAReadOnlyTokenAndSaysWhatEachMayDo(Database db) {
        try (TestServer server = new TestServer(db)) {
            String full = server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            TestServer.Answer page = ana.form("/account/tokens", "name", "dashboard", "scope", "read");
            assertThat(page.status()).isEqualTo(200);
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code class=\"secret\">([^<]+)</code>")
                    .matcher(page.body());
            assertThat(shown.find()).isTrue();
            assertThat(page.body()).contains("only read", "read and change");
            refusedForItsScope(server.post("/api/v1/checkins", CHECK_IN, shown.group(1)));
            assertThat(server.get("/api/v1/tokens", full).json().get("tokens").get(1).get("scope").asText())
                    .isEqualTo("read");
        }
    }

    @OnBothDatabases
    void aScopeIsFullOrReadAndNothingElse(Database db) {
        try (TestServer server = new TestServer(db)) {
            String full = server.signUp("ana@example.org");
            for (String scope : new String[] {"\"admin\"", "\"READ\"", "7", "true"}) {
                TestServer.Answer refused = server.post("/api/v1/tokens", "{\"scope\":" + scope + "}", full);
                assertThat(refused.status()).as(scope).isEqualTo(400);
                assertThat(refused.body()).contains("scope");
            }
            assertThat(server.post("/api/v1/tokens", "{}", full).json().get("scope").asText()).isEqualTo("full");
        }
    }
}
