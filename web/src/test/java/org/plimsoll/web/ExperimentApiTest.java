package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 30 through the API (ENGINE.md section 15): start an experiment, see the plan name each run's
 * condition, pause, carry on and stop it, each answer checked against the OpenAPI document; bad input
 * refused with the field named.
 */
class ExperimentApiTest {

    @OnBothDatabases
    void anExperimentIsStartedNamedInThePlanPausedCarriedOnAndStopped(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            assertThat(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":4}", ana)
                    .status()).isEqualTo(201);
            assertThat(server.get("/api/v1/experiments", ana).json().get("experiments")).isEmpty();

            TestServer.Answer started = server.post("/api/v1/experiments",
                    "{\"activity\":\"run\",\"conditions\":[\"usual\",\"cadence +5%\"]}", ana);
            assertThat(started.status()).isEqualTo(201);
            JsonNode e = started.json();
            String id = e.get("id").asText();
            assertThat(id).startsWith("run-");
            assertThat(e.get("weeks").asInt()).isEqualTo(6);
            assertThat(e.get("status").asText()).isEqualTo("RUNNING");
            assertThat(e.at("/sessions/usual").asInt()).isZero();
            assertThat(e.get("verdict").asText()).isEqualTo("NOT_ENOUGH_DATA");
            assertThat(e.get("effect").isNull()).isTrue();
            assertThat(e.get("reasons").get(0).asText()).startsWith("Not enough yet to tell: 0 of 6 sessions");

            JsonNode plan = server.get("/api/v1/plan", ana).json().get("plan");
            int named = 0;
            for (JsonNode p : plan) {
                if (p.get("activity").asText().equals("run") && p.get("kind").asText().equals("SESSION")) {
                    assertThat(p.get("condition").asText()).isIn("usual", "cadence +5%");
                    assertThat(p.get("notes").get(0).asText()).startsWith("Your experiment: do this one as “");
                    named++;
                }
            }
            assertThat(named).as("the week's runs each name their condition").isPositive();

            TestServer.Answer again = server.post("/api/v1/experiments",
                    "{\"activity\":\"run\",\"conditions\":[\"morning\",\"evening\"]}", ana);
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.body()).contains("/activity", "already has an experiment under way");

            assertThat(server.post("/api/v1/experiments/" + id + "/pause", "", ana).json().get("status").asText())
                    .isEqualTo("PAUSED");
            for (JsonNode p : server.get("/api/v1/plan", ana).json().get("plan")) {
                assertThat(p.has("condition")).as("a paused experiment names no condition").isFalse();
            }
            assertThat(server.post("/api/v1/experiments/" + id + "/resume", "", ana).json().get("status").asText())
                    .isEqualTo("RUNNING");
            JsonNode stopped = server.post("/api/v1/experiments/" + id + "/stop", "", ana).json();
            assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
            assertThat(server.get("/api/v1/experiments", ana).json().at("/experiments/0/status").asText())
                    .isEqualTo("STOPPED");
            assertThat(server.post("/api/v1/experiments/nope/stop", "", ana).status()).isEqualTo(404);
            assertThat(server.post("/api/v1/experiments",
                    "{\"activity\":\"run\",\"conditions\":[\"morning\",\"evening\"],\"weeks\":4}", ana).status())
                    .as("once stopped, the next may start").isEqualTo(201);
        }
    }

    @OnBothDatabases
    void aBadExperimentIsRefusedWithEachFieldNamed(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer bad = server.post("/api/v1/experiments",
                    "{\"activity\":\"juggling\",\"conditions\":[\"usual\",\"\"],\"weeks\":9,\"colour\":\"red\"}", ana);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/activity", "/conditions/1", "/weeks", "/colour");
            TestServer.Answer same = server.post("/api/v1/experiments",
                    "{\"activity\":\"cycle\",\"conditions\":[\"seat up\",\"Seat up\"]}", ana);
            assertThat(same.status()).isEqualTo(400);
            assertThat(same.body()).contains("/conditions/1", "must differ");
            assertThat(server.post("/api/v1/experiments", "{\"activity\":\"cycle\",\"conditions\":[\"one\"]}", ana)
                    .body()).contains("/conditions", "give two conditions");
            assertThat(server.get("/api/v1/experiments", ana).json().get("experiments")).as("nothing saved").isEmpty();
        }
    }
}
