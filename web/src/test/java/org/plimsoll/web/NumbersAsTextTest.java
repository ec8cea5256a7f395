package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 26: {@code "7"} where the schema says integer. Every JSON body that reads a number through
 * {@code JsonFields} refuses a number sent as text with a 400 naming the field, and stores nothing.
 */
class NumbersAsTextTest {
    private record Case(String method, String path, String body, String field) {
    }

    @OnBothDatabases
    void aNumberSentAsTextIsA400NamingTheFieldOnEveryBodyThatReadsNumbers(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer made = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30}", ana);
            assertThat(made.status()).isEqualTo(201);
            String session = "/api/v1/sessions/" + made.json().get("id").asText();
            String scenario = """
                    {"asOf": "2026-03-15",
                     "profile": {"timezone": "Europe/London"},
                     "levels": [{"activity": "run", "since": "2026-03-01", "sessionsPerWeek": %s, "minutes": 30, "rpeCap": 4}],
                     "sessions": [{"id": "s1", "activity": "run", "start": "2026-03-14T07:00:00Z", "minutes": %s, "rpe": 4}],
                     "checkins": [{"sessionId": "s1", "window": "DURING", "pain": %s}]}""";

            List<Case> cases = List.of(
                    new Case("POST", "/api/v1/checkins", "{\"window\":\"DAILY\",\"date\":\"2026-02-27\",\"pain\":\"7\"}", "/pain"),
                    new Case("POST", "/api/v1/checkins",
                            "{\"window\":\"DAILY\",\"date\":\"2026-02-27\",\"pain\":3,\"stiffnessMinutes\":\"7\"}", "/stiffnessMinutes"),
                    new Case("POST", session + "/checkins", "{\"window\":\"BEFORE\",\"pain\":\"2\"}", "/pain"),
                    new Case("POST", "/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":\"30\"}", "/minutes"),
                    new Case("POST", "/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":\"7\"}", "/rpe"),
                    new Case("POST", "/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"distanceKm\":\"5\"}", "/distanceKm"),
                    new Case("POST", "/api/v1/sessions",
                            "{\"activity\":\"run\",\"minutes\":30,\"rotationOverride\":\"2\"}", "/rotationOverride"),
                    new Case("POST", "/api/v1/sessions",
                            "{\"activity\":\"run\",\"minutes\":30,\"armLoadOverride\":\"2\"}", "/armLoadOverride"),
                    new Case("PUT", session, "{\"activity\":\"run\",\"minutes\":\"45\"}", "/minutes"),
                    new Case("PUT", "/api/v1/settings", "{\"demands\":{\"run\":{\"rotation\":\"2\"}}}", "/demands/run/rotation"),
                    new Case("POST", "/api/v1/live", "{\"pain\":\"7\"}", "/pain"),
                    new Case("POST", "/api/v1/live", "{\"pain\":3,\"earlierPain\":\"7\"}", "/earlierPain"),
                    new Case("POST", "/api/v1/evaluate", scenario.formatted("\"3\"", "30", "6"), "/levels/0/sessionsPerWeek"),
                    new Case("POST", "/api/v1/evaluate", scenario.formatted("3", "\"30\"", "6"), "/sessions/0/minutes"),
                    new Case("POST", "/api/v1/evaluate", scenario.formatted("3", "30", "\"6\""), "/checkins/0/pain"));
            for (Case c : cases) {
                TestServer.Answer refused = server.send(c.method(), c.path(), c.body(), Map.of("Authorization", "Bearer " + ana));
                assertThat(refused.status()).as(c.method() + " " + c.path() + " " + c.body() + ": " + refused.body())
                        .isEqualTo(400);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.body()).as(c.body()).contains("\"" + c.field() + "\"");
            }
            // The same bodies with numbers are taken: it was the text, not the value.
            assertThat(server.send("POST", "/api/v1/evaluate", scenario.formatted("3", "30", "6"), Map.of()).status())
                    .isEqualTo(200);
            assertThat(server.post("/api/v1/live", "{\"pain\":3,\"earlierPain\":7}", ana).status()).isEqualTo(200);
            assertThat(server.get("/api/v1/checkins", ana).json().get("checkins")).as("nothing stored").isEmpty();
            assertThat(server.get("/api/v1/sessions", ana).json().get("total").asInt()).isEqualTo(1);
            assertThat(server.get(session, ana).json().get("minutes").asInt()).isEqualTo(30);
        }
    }
}
