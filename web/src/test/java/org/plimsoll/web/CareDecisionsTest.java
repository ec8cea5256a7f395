package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 18, acting with reasons: a clinician sets the irritability and a level, declares and ends a
 * flare, and records "seen and cleared" for a referral. Each answer changes what the person is told,
 * with the clinician's reason; each is refused when wrong or out of place, never reaches another
 * clinician's patient, and leaves an audit row (who, when, old → new, why) and a line the person sees.
 */
class CareDecisionsTest {
    private static String reasons(TestServer server, String token) {
        return server.get("/api/v1/today", token).json().at("/activities/0/reasons").toString();
    }

    @OnBothDatabases
    void eachDecisionChangesTheAdviceWithTheReasonAndIsAudited(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":20,\"rpe\":4}", ana);
            String physio = server.signUpClinician("physio@example.org");
            String other = server.signUpClinician("other@example.org");
            server.inviteAndAccept(ana, physio);
            String base = "/api/v1/care/patients/" + anaId;
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + physio);

            // How easily the back is stirred up.
            TestServer.Answer bad = server.send("PUT", base + "/irritability", "{\"irritability\":\"SEVERE\"}", bearer);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/irritability", "/reason");
            assertThat(server.send("PUT", base + "/irritability", "{\"irritability\":\"MODERATE\",\"reason\":\"x\"}", bearer)
                    .body()).as("the value it already has").contains("nothing changed");
            TestServer.Answer high = server.send("PUT", base + "/irritability",
                    "{\"irritability\":\"HIGH\",\"reason\":\"flares for days after golf\"}", bearer);
            assertThat(high.status()).isEqualTo(200);
            assertThat(high.json().get("on").asText()).isEqualTo("2026-03-01");
            assertThat(server.get("/api/v1/settings", ana).json().get("irritability").asText()).isEqualTo("HIGH");
            assertThat(reasons(server, ana)).contains("How easily your back is stirred up set to “easily: small things set "
                    + "it off for days” by your physiotherapist on Sun 1 Mar: flares for days after golf.");

            // A level.
            TestServer.Answer wrongLevel = server.post(base + "/levels",
                    "{\"activity\":\"sitting\",\"sessionsPerWeek\":9,\"minutes\":500,\"effortCap\":0,\"reason\":\"x\"}", physio);
            assertThat(wrongLevel.status()).isEqualTo(400);
            assertThat(wrongLevel.body()).contains("/activity", "/sessionsPerWeek", "/minutes", "/effortCap");
            TestServer.Answer level = server.post(base + "/levels",
                    "{\"activity\":\"run\",\"sessionsPerWeek\":2,\"minutes\":15,\"effortCap\":3,\"reason\":\"start lower\"}",
                    physio);
            assertThat(level.status()).isEqualTo(201);
            JsonNode run = server.get("/api/v1/today", ana).json().at("/activities/0");
            assertThat(run.at("/currentLevel/minutes").asInt()).isEqualTo(15);
            assertThat(run.at("/currentLevel/sessionsPerWeek").asInt()).isEqualTo(2);
            assertThat(run.at("/currentLevel/rpeCap").asInt()).isEqualTo(3);
            assertThat(run.get("reasons").toString()).contains("Level set by your physiotherapist on Sun 1 Mar: start lower.");

            // A flare, declared and ended.
            assertThat(server.post(base + "/flare/end", "{\"reason\":\"x\"}", physio).status()).as("no flare to end")
                    .isEqualTo(409);
            assertThat(server.post(base + "/flare", "{\"reason\":\"hot disc on exam\"}", physio).status()).isEqualTo(201);
            JsonNode flare = server.get("/api/v1/today", ana).json().get("flare");
            assertThat(flare.get("active").asBoolean()).isTrue();
            assertThat(flare.get("reasons").toString()).contains("Your physiotherapist said your back is flaring from Sun 1 Mar: "
                    + "hot disc on exam.");
            assertThat(server.post(base + "/flare", "{\"reason\":\"again\"}", physio).status()).as("one at a time")
                    .isEqualTo(409);
            assertThat(server.post(base + "/flare/end", "{\"reason\":\"a\\u0000b\",\"when\":\"now\"}", physio).body())
                    .as("a control character in the reason, a field that is not part of it").contains("/when");
            assertThat(server.post(base + "/flare/end", "{\"reason\":\"a\\u0007b\"}", physio).body()).contains("/reason");
            clock.pass(Duration.ofDays(3));
            assertThat(server.post(base + "/flare/end", "{\"reason\":\"calm on exam\"}", physio).status()).isEqualTo(200);
            assertThat(server.get("/api/v1/today", ana).json().at("/flare/active").asBoolean()).isFalse();
            assertThat(reasons(server, ana)).contains("Your physiotherapist ended the flare on Wed 4 Mar: calm on exam.");

            // Seen and cleared, only for an open referral.
            assertThat(server.post(base + "/clearance", "{\"reason\":\"x\"}", physio).status()).isEqualTo(409);
            server.post("/api/v1/checkins", "{\"pain\": 3, \"symptoms\": [\"LEG_TINGLING\"]}", ana);
            assertThat(server.get("/api/v1/today", ana).json().at("/referral/level").asText()).isEqualTo("SOON");
            clock.pass(Duration.ofMinutes(30));
            assertThat(server.post(base + "/clearance", "{\"reason\":\"nerve tests normal\"}", physio).status())
                    .isEqualTo(201);
            assertThat(server.get("/api/v1/today", ana).json().at("/referral/level").asText()).isEqualTo("NONE");
            assertThat(reasons(server, ana)).contains("Seen and cleared by your physiotherapist on Wed 4 Mar: nerve tests normal.");

            // Never another clinician's patient, never the person's own account.
            for (String path : List.of("/flare", "/flare/end", "/clearance", "/levels")) {
                assertThat(server.post(base + path, "{\"reason\":\"x\"}", other).status()).as(path).isEqualTo(404);
                assertThat(server.post(base + path, "{\"reason\":\"x\"}", ana).status()).as(path).isEqualTo(404);
            }

            // Issue 26: "7" where the schema says integer, and 7 where it says text, are refused by name; nothing is recorded.
            Map<String, String> typo = Map.of(
                    "PUT /settings", "{\"holdDays\":\"21\",\"reason\":\"settles slowly\"}|/holdDays",
                    "PUT /check-ups", "{\"everyDays\":\"28\",\"reason\":\"steady now\"}|/everyDays",
                    "POST /levels", "{\"activity\":\"run\",\"sessionsPerWeek\":\"2\",\"minutes\":15,\"effortCap\":3,"
                            + "\"reason\":\"x\"}|/sessionsPerWeek",
                    "PUT /irritability", "{\"irritability\":\"LOW\",\"reason\":7}|/reason");
            typo.forEach((route, sent) -> {
                String[] parts = route.split(" ");
                String[] bodyAndField = sent.split("\\|");
                TestServer.Answer refused = server.send(parts[0], base + parts[1], bodyAndField[0], bearer);
                assertThat(refused.status()).as(route + " " + refused.body()).isEqualTo(400);
                assertThat(refused.body()).as(route).contains("\"" + bodyAndField[1] + "\"");
            });

            // A coaching setting and the check-ups' schedule, the two kinds of change not yet made above.
            assertThat(server.send("PUT", base + "/settings", "{\"holdDays\":21,\"reason\":\"settles slowly\"}", bearer)
                    .status()).isEqualTo(200);
            assertThat(server.send("PUT", base + "/check-ups", "{\"everyDays\":28,\"reason\":\"steady now\"}", bearer)
                    .status()).isEqualTo(200);

            // The audit: who, when, old → new, why, for every kind; and the person's log, in words.
            List<String> audit = db.withHandle(h -> h.createQuery("""
                            SELECT c.setting || ' ' || c.old_value || ' -> ' || c.new_value || ' by ' || a.email || ': ' || c.reason
                            FROM care_changes c JOIN accounts a ON a.id = c.clinician_id
                            WHERE c.patient_id = :p ORDER BY c.id""")
                    .bind("p", Long.parseLong(anaId)).mapTo(String.class).list());
            assertThat(audit).containsExactly(
                    "irritability MODERATE -> HIGH by physio@example.org: flares for days after golf",
                    "level:run 1/wk 20min rpe4 -> 2/wk 15min rpe3 by physio@example.org: start lower",
                    "flare none -> 2026-03-01 by physio@example.org: hot disc on exam",
                    "flare 2026-03-01 -> ended 2026-03-04 by physio@example.org: calm on exam",
                    "referral SOON -> cleared by physio@example.org: nerve tests normal",
                    "holdDays 14 -> 21 by physio@example.org: settles slowly",
                    "checkUpEveryDays 14 -> 28 by physio@example.org: steady now");
            JsonNode events = server.get("/api/v1/care/access", ana).json().get("events");
            assertThat(events.get(0).get("detail").asText()).isEqualTo("set your check-ups to every 28 days: steady now");
            assertThat(events.get(2).get("detail").asText())
                    .isEqualTo("recorded that you were seen and cleared to carry on: nerve tests normal");
            assertThat(events.toString()).contains("set your run level to 2 a week · 15 min · effort up to 3: start lower",
                    "said your back is flaring from Sun 1 Mar: hot disc on exam", "ended your flare on Wed 4 Mar: calm on exam");
        }
    }

    /**
     * Issue 26: ending a flare on its first day answered 200 three times with three log lines while
     * Today still showed the flare; 20 parallel ends made 20. Now one end is recorded, every repeat
     * answers the same, and the answer says what Today then shows: the flare's first day is never
     * erased, so it ends from the next day. Declaring it again that day undoes the end.
     */
    @OnBothDatabases
    void endingAFlareOnItsFirstDayIsOneEndThatTakesEffectTheNextDay(Database db) throws Exception {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            String base = "/api/v1/care/patients/" + anaId;
            assertThat(server.post(base + "/flare", "{\"reason\":\"hot disc on exam\"}", physio).status()).isEqualTo(201);
            // issue 26: a note is its text only, and text is not a number.
            TestServer.Answer note = server.post(base + "/notes", "{\"text\":7,\"pinned\":true}", physio);
            assertThat(note.status()).isEqualTo(400);
            assertThat(note.body()).contains("/pinned", "/text");

            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
            List<java.util.concurrent.Future<TestServer.Answer>> ends = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ends.add(pool.submit(() -> server.post(base + "/flare/end", "{\"reason\":\"calm on exam\"}", physio)));
            }
            for (java.util.concurrent.Future<TestServer.Answer> end : ends) {
                TestServer.Answer answer = end.get();
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().get("flareEnds").asText()).as("the first day stays").isEqualTo("2026-03-02");
            }
            pool.shutdown();
            assertThat(new org.plimsoll.store.care.CareRepository(db).events(Long.parseLong(anaId)).stream()
                    .filter(e -> e.detail().contains("calm on exam")).count()).as("one end in the log").isEqualTo(1);
            assertThat(server.get("/api/v1/today", ana).json().at("/flare/active").asBoolean()).as("today").isTrue();

            clock.pass(Duration.ofDays(1));
            assertThat(server.get("/api/v1/today", ana).json().at("/flare/active").asBoolean()).as("tomorrow").isFalse();
            assertThat(server.post(base + "/flare", "{\"reason\":\"worse again\"}", physio).status()).isEqualTo(201);
            assertThat(server.post(base + "/flare/end", "{\"reason\":\"no, settled\"}", physio).json()
                    .get("flareEnds").asText()).isEqualTo("2026-03-03");
            assertThat(server.post(base + "/flare", "{\"reason\":\"it is a flare after all\"}", physio).status())
                    .as("declared again the same day: the end is undone").isEqualTo(201);
            clock.pass(Duration.ofDays(1));
            assertThat(server.get("/api/v1/today", ana).json().at("/flare/active").asBoolean()).isTrue();
        }
    }
}
