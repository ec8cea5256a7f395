package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** POST /api/v1/evaluate answers as plimsoll evaluate does; bad scenarios are problems naming each path. */
class EvaluateApiTest {
    private static final String SCENARIO = """
            {"asOf": "2026-03-15",
             "profile": {"timezone": "Europe/London"},
             "levels": [{"activity": "run", "since": "2026-03-01", "sessionsPerWeek": 3, "minutes": 30, "rpeCap": 4}],
             "sessions": [{"id": "s1", "activity": "run", "start": "2026-03-14T07:00:00Z", "minutes": 30, "rpe": 4}],
             "checkins": [{"sessionId": "s1", "window": "DURING", "pain": 6}]}""";

    @OnBothDatabases
    void aScenarioIsAssessed(Database db) {
        try (TestServer server = new TestServer(db)) {
            var answer = server.send("POST", "/api/v1/evaluate", SCENARIO, Map.of());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("responses").get(0).get("response").asText()).isEqualTo("RED");
            assertThat(answer.json().get("activities").get(0).get("currentLevel").get("minutes").asInt()).isEqualTo(30);
            assertThat(answer.json().get("today").get("adjustments").get(0).get("cause").asText()).isEqualTo("RECENT_RED");
        }
    }

    @OnBothDatabases
    void aBadScenarioIsA400NamingEachPath(Database db) {
        try (TestServer server = new TestServer(db)) {
            var bad = server.send("POST", "/api/v1/evaluate",
                    "{\"asOf\": \"soon\", \"checkins\": [{\"sessionId\": \"x\", \"window\": \"DURING\", \"pain\": 12}]}",
                    Map.of());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body()).contains("\"/asOf\"", "\"/checkins/0/sessionId\"", "\"/checkins/0/pain\"");
        }
    }
}
