package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * A day too sore to train, as a person meets it (ENGINE.md section 8, issue 25): Today, the plan and
 * the API offer nothing beyond an easy walk, say why, and offer to record a flare, once.
 */
class PainfulDayTest {

    @OnBothDatabases
    void painOfEightTodayLeavesOnlyAnEasyWalkAndOffersToRecordAFlareOnce(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            assertThat(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":4}", token)
                    .status()).isEqualTo(201);
            JsonNode before = server.get("/api/v1/plan", token).json();
            assertThat(before.get("plan").toString()).contains("\"activity\":\"run\"");

            assertThat(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":8}", token).status())
                    .isEqualTo(201);
            JsonNode plan = server.get("/api/v1/plan", token).json();
            String today = plan.get("asOf").asText();
            for (JsonNode p : plan.get("plan")) {
                if (p.get("date").asText().equals(today)) {
                    assertThat(p.get("kind").asText()).isEqualTo("WALK");
                    assertThat(p.get("minutes").asInt()).isLessThanOrEqualTo(20);
                    assertThat(p.get("rpeCap").asInt()).isLessThanOrEqualTo(3);
                    assertThat(p.get("checkIns")).isEmpty();
                }
            }
            for (JsonNode a : server.get("/api/v1/today", token).json().get("activities")) {
                assertThat(a.get("todayLevel").isNull()).isTrue();
                assertThat(a.get("reasons").get(0).asText()).contains("8/10 today", "too much to train on");
            }

            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            String page = browser.get("/today").body();
            assertThat(page).contains("Not today: an easy walk at most.", "My back is flaring");
            // A double tap records one flare.
            for (int i = 0; i < 2; i++) {
                var declared = browser.form("/today/flare");
                assertThat(declared.status()).isEqualTo(303);
                assertThat(declared.header("Location")).isEqualTo("/today?saved=flare");
            }
            JsonNode flare = server.get("/api/v1/today", token).json().get("flare");
            assertThat(flare.get("active").asBoolean()).isTrue();
            assertThat(browser.get("/today").body()).doesNotContain("My back is flaring");
            var again = server.post("/api/v1/flare", "{}", token);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("already in force");
        }
    }

    @OnBothDatabases
    void aFlareFromTheApiIsRecordedFromTodayAndItsNoteIsChecked(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ben@example.org");
            var unknown = server.post("/api/v1/flare", "{\"since\":\"2020-01-01\"}", token);
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("since");
            var control = server.post("/api/v1/flare", "{\"note\":\"bad\\u0001note\"}", token);
            assertThat(control.status()).isEqualTo(400);
            assertThat(control.body()).contains("note");
            var tooLong = server.post("/api/v1/flare", "{\"note\":\"" + "x".repeat(201) + "\"}", token);
            assertThat(tooLong.status()).isEqualTo(400);
            var declared = server.post("/api/v1/flare", "{\"note\":\"lifted a heavy box\"}", token);
            assertThat(declared.status()).isEqualTo(201);
            assertThat(declared.json().get("since").asText())
                    .isEqualTo(server.get("/api/v1/today", token).json().get("asOf").asText());
        }
    }
}
