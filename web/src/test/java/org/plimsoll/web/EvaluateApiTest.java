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

    @OnBothDatabases
    void aScenarioWithAClinicianLevelAndAClearanceIsAnsweredWithBothHonouredAndTheOutcomes(Database db) throws Exception {
        String file = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("user.dir"))
                .resolve("../engine/src/test/resources/scenarios/clinician-level-and-clearance.json"));
        try (TestServer server = new TestServer(db)) {
            var answer = server.send("POST", "/api/v1/evaluate", file, Map.of());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().at("/referral/level").asText()).as("the leg tingling was cleared").isEqualTo("NONE");
            assertThat(answer.json().at("/activities/0/currentLevel/minutes").asInt()).isEqualTo(25);
            assertThat(answer.json().at("/activities/0/currentLevel/sessionsPerWeek").asInt()).isEqualTo(2);
            assertThat(answer.json().at("/activities/0/reasons").toString()).contains(
                    "Level set by your physiotherapist on Tue 10 Mar", "Seen and cleared by your physiotherapist on Tue 10 Mar");
            assertThat(answer.json().at("/outcomes/measures/0/change/matters").asBoolean()).as("weekly pain 4 → 2").isTrue();
        }
    }

    @OnBothDatabases
    void badDecisionOrCheckUpFieldsAreA400NamingEachPath(Database db) {
        try (TestServer server = new TestServer(db)) {
            var bad = server.send("POST", "/api/v1/evaluate", """
                    {"asOf": "2026-03-20",
                     "careDecisions": [{"decided": "level", "on": "2026-03-10", "activity": "run", "sessionsPerWeek": 9,
                                        "minutes": 25, "rpeCap": 3, "reason": "short runs"},
                                       {"decided": "clearance", "on": "2026-03-10", "reason": "seen"}],
                     "checkUps": [{"date": "2026-03-01", "weeklyPain": 12}]}""", Map.of());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("\"/careDecisions/0/sessionsPerWeek\"", "\"/careDecisions/1/at\"",
                    "\"/checkUps/0/weeklyPain\"");
        }
    }
}
