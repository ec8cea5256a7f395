package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 18's outcome check-ups as a person and their physiotherapist meet them: due at the start and
 * every 14 days, refused with the field named when wrong, read back as trends with the change that
 * matters marked, on the clinician's caseload when a measure got clinically worse, and on a schedule
 * the clinician may change.
 */
class CheckUpTest {

    @OnBothDatabases
    void aCheckUpIsPromptedWhenDueAndItsTrendMarksTheChangeThatMatters(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            TestServer.Browser phone = server.signInBrowser("ana@example.org");
            JsonNode start = server.get("/api/v1/check-ups", ana).json();
            assertThat(start.get("due").asBoolean()).isTrue();
            assertThat(start.get("nextDue").asText()).isEqualTo("2026-03-01");
            assertThat(phone.get("/today").body()).contains("Check-up due", "href=\"/check-up\"");
            String frida = server.signUp("frida@example.org");
            server.post("/api/v1/checkins", "{\"pain\":4,\"symptoms\":[\"SADDLE_NUMBNESS\"]}", frida);
            assertThat(server.signInBrowser("frida@example.org").get("/today").body())
                    .as("under an emergency referral Today asks only to get seen").doesNotContain("Check-up due");

            TestServer.Answer wrong = server.post("/api/v1/check-ups", "{\"weeklyPain\":11,\"abilities\":[{\"activity\":\"gardening\"},"
                    + "{\"activity\":\"Gardening\",\"score\":3},{\"activity\":\"" + "x".repeat(61) + "\",\"score\":2}],\"mood\":3}", ana);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("/weeklyPain", "/abilities/0/score", "/abilities/1/activity",
                    "/abilities/2/activity", "/mood");
            assertThat(server.post("/api/v1/check-ups", "{}", ana).body()).contains("answer at least one question");
            assertThat(server.post("/api/v1/check-ups", "{\"abilities\":[" + "{\"activity\":\"a\",\"score\":1},".repeat(5)
                    + "{\"activity\":\"f\",\"score\":1}]}", ana).body()).contains("at most 5 activities");
            assertThat(server.get("/api/v1/check-ups", ana).json().get("checkUps")).as("nothing saved").isEmpty();

            TestServer.Answer first = server.post("/api/v1/check-ups", "{\"weeklyPain\":3,\"abilities\":["
                    + "{\"activity\":\"gardening\",\"score\":7},{\"activity\":\"lifting my son\",\"score\":5}]}", ana);
            assertThat(first.status()).isEqualTo(201);
            assertThat(first.json().get("date").asText()).isEqualTo("2026-03-01");
            JsonNode after = server.get("/api/v1/check-ups", ana).json();
            assertThat(after.get("due").asBoolean()).isFalse();
            assertThat(after.get("nextDue").asText()).isEqualTo("2026-03-15");
            assertThat(phone.get("/today").body()).doesNotContain("Check-up due");

            clock.pass(Duration.ofDays(14));
            assertThat(phone.get("/today").body()).contains("Check-up due");
            TestServer.Answer page = phone.get("/check-up");
            assertThat(page.body()).as("the activities named before").contains("value=\"gardening\"", "value=\"lifting my son\"");
            TestServer.Answer badForm = phone.form("/check-up", "weeklyPain", "6", "activity0", "gardening", "score0", "12",
                    "activity1", "lifting my son", "score1", "4");
            assertThat(badForm.status()).isEqualTo(400);
            assertThat(badForm.body()).contains("Activity 1, how well: must be a whole number from 0 to 10", "value=\"12\"");
            assertThat(phone.form("/check-up", "weeklyPain", "6", "activity0", "gardening", "score0", "6",
                    "activity1", "lifting my son", "score1", "4").status()).isEqualTo(303);

            JsonNode measures = server.get("/api/v1/check-ups", ana).json().get("measures");
            assertThat(measures.get(0).get("name").asText()).isEqualTo("Average pain of the week");
            assertThat(measures.at("/0/change/matters").asBoolean()).isTrue();
            assertThat(measures.at("/0/change/worse").asBoolean()).isTrue();
            assertThat(measures.at("/0/change/words").asText())
                    .isEqualTo("3 points worse since the first check-up (3 → 6): a change that matters.");
            assertThat(measures.at("/1/change/matters").asBoolean()).as("function 6 → 5").isFalse();
            assertThat(phone.get("/progress").body()).contains("Your check-ups",
                    "3 points worse since the first check-up (3 → 6): a change that matters.");

            // The physiotherapist sees it first on the caseload, and may change the schedule.
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            assertThat(server.get("/api/v1/care/patients", physio).json().at("/patients/0/attention").toString())
                    .contains("Average pain of the week worse: 3 → 6 since the first check-up.");
            String id = server.get("/api/v1/me", ana).json().get("id").asText();
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + physio);
            assertThat(server.send("PUT", "/api/v1/care/patients/" + id + "/check-ups", "{\"everyDays\":60,\"reason\":\"x\"}",
                    bearer).body()).contains("/everyDays", "from 7 to 56");
            assertThat(server.send("PUT", "/api/v1/care/patients/" + id + "/check-ups",
                    "{\"everyDays\":7,\"reason\":\"pain rising: weekly for now\"}", bearer).status()).isEqualTo(200);
            JsonNode weekly = server.get("/api/v1/check-ups", ana).json();
            assertThat(weekly.get("everyDays").asInt()).isEqualTo(7);
            assertThat(weekly.get("nextDue").asText()).isEqualTo("2026-03-22");
            assertThat(server.get("/api/v1/care/access", ana).json().at("/events/0/detail").asText())
                    .isEqualTo("set your check-ups to every 7 days: pain rising: weekly for now");
        }
    }
}
