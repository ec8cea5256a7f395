package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * The person in control of who sees their record: no access without a standing invitation, none
 * after revocation, none to another clinician's patients, none for a person's account; every view
 * is logged and shown to the person.
 */
class CareAccessTest {
    private static TestServer.Answer delete(TestServer server, String path, String token) {
        return server.send("DELETE", path, null, Map.of("Authorization", "Bearer " + token));
    }

    @OnBothDatabases
    void accessStandsFromTheAcceptedCodeUntilThePersonEndsItAndEveryViewIsShownToThePerson(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            String physio = server.signUpClinician("physio@example.org");
            String other = server.signUpClinician("other-physio@example.org");
            String ben = server.signUp("ben@example.org");

            assertThat(server.get("/api/v1/care/patients", ben).status()).as("a person's account is no clinician").isEqualTo(404);
            assertThat(server.get("/api/v1/care/patients/" + anaId, physio).status()).as("not invited").isEqualTo(404);

            TestServer.Answer invitation = server.post("/api/v1/care/invitations", null, ana);
            assertThat(invitation.status()).isEqualTo(201);
            String code = invitation.json().get("code").asText();
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

            TestServer.Answer accepted = server.post("/api/v1/care/accept",
                    "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\"}", physio);
            assertThat(accepted.status()).as("typed in lower case with spaces").isEqualTo(201);
            assertThat(accepted.json().get("id").asText()).isEqualTo(anaId);
            assertThat(server.post("/api/v1/care/accept", "{\"code\":\"" + code + "\"}", other).status())
                    .as("a code works once").isEqualTo(400);
            assertThat(server.get("/api/v1/care/patients", physio).json().get("patients")).hasSize(1);
            assertThat(server.get("/api/v1/care/patients", other).json().get("patients")).isEmpty();

            // Access is to the record through the care routes only: Ana's own routes stay hers.
            String run = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":20,\"rpe\":4}", ana)
                    .json().get("id").asText();
            assertThat(server.get("/api/v1/sessions/" + run, physio).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/sessions", physio).json().get("sessions")).isEmpty();
            assertThat(server.get("/api/v1/tokens", physio).json().get("tokens")).hasSize(1);

            clock.pass(Duration.ofHours(2));
            TestServer.Answer record = server.get("/api/v1/care/patients/" + anaId, physio);
            assertThat(record.status()).isEqualTo(200);
            assertThat(record.json().has("activities")).isTrue();
            assertThat(server.get("/api/v1/care/patients/" + anaId, other).status()).as("another clinician's patient")
                    .isEqualTo(404);

            JsonNode log = server.get("/api/v1/care/access", ana).json();
            assertThat(log.get("clinicians")).hasSize(1);
            assertThat(log.at("/clinicians/0/name").asText()).isEqualTo("physio@example.org");
            assertThat(log.get("events").get(0).get("action").asText()).isEqualTo("viewed");
            assertThat(log.get("events").get(0).get("clinician").asText()).isEqualTo("physio@example.org");
            assertThat(log.get("events").get(0).get("at").asText()).isEqualTo(TestServer.NOW.plus(Duration.ofHours(2)).toString());

            String access = log.at("/clinicians/0/id").asText();
            assertThat(delete(server, "/api/v1/care/access/" + access, ben).status()).as("not Ben's to end").isEqualTo(404);
            assertThat(delete(server, "/api/v1/care/access/" + access, ana).status()).isEqualTo(204);
            assertThat(server.get("/api/v1/care/patients/" + anaId, physio).status()).as("the next request after revoking")
                    .isEqualTo(404);
            assertThat(server.get("/api/v1/care/patients", physio).json().get("patients")).isEmpty();
            assertThat(delete(server, "/api/v1/care/access/" + access, ana).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/care/access", ana).json().at("/events/0/action").asText()).isEqualTo("revoked");
        }
    }

    @OnBothDatabases
    void aCodeExpiresAfterSevenDaysAndNobodyAcceptsTheirOwn(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String physio = server.signUpClinician("physio@example.org");
            String code = server.post("/api/v1/care/invitations", null, ana).json().get("code").asText();
            clock.pass(Duration.ofDays(7).plusSeconds(1));
            TestServer.Answer late = server.post("/api/v1/care/accept", "{\"code\":\"" + code + "\"}", physio);
            assertThat(late.status()).isEqualTo(400);
            assertThat(late.body()).contains("/code", "more than 7 days old");

            String own = server.post("/api/v1/care/invitations", null, physio).json().get("code").asText();
            TestServer.Answer self = server.post("/api/v1/care/accept", "{\"code\":\"" + own + "\"}", physio);
            assertThat(self.status()).isEqualTo(400);
            assertThat(self.body()).contains("your own invitation");
            assertThat(server.post("/api/v1/care/accept", "{\"code\":\"" + "x".repeat(41) + "\"}", physio).status())
                    .isEqualTo(400);
        }
    }

    @OnBothDatabases
    void theClinicianReadsThePersonsReportPageAndThePersonSeesItOnTheirPage(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            TestServer.Browser clinic = server.signInBrowser("physio@example.org");
            assertThat(clinic.get("/").header("Location")).as("a clinician's home").isEqualTo("/care");
            assertThat(clinic.get("/care").body()).contains("ana@example.org", "/care/patients/" + anaId);
            assertThat(clinic.get("/care/patients/" + anaId).body()).contains("Levels per activity", "Outcome measures over time", "The same as a page to print", "Coaching settings", "Notes");
            TestServer.Answer report = clinic.get("/care/patients/" + anaId + "/report");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body()).contains("Back training report");
            assertThat(server.signInBrowser("ana@example.org").get("/care/access").body())
                    .contains("physio@example.org looked at your record and your report", "Stop access");
            assertThat(server.signInBrowser("ana@example.org").get("/care").status())
                    .as("no caseload for a person's account").isEqualTo(404);
        }
    }

    @OnBothDatabases
    void theCaseloadPutsWhoNeedsAttentionFirstWithTheReason(Database db) {
        try (TestServer server = new TestServer(db)) {
            String physio = server.signUpClinician("physio@example.org");
            for (String person : new String[] {"alma@example.org", "cleo@example.org"}) {
                String token = server.signUp(person);
                server.post("/api/v1/care/accept", "{\"code\":\"" + server.post("/api/v1/care/invitations", null, token)
                        .json().get("code").asText() + "\"}", physio);
                if (person.startsWith("cleo")) {
                    server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":4,\"symptoms\":[\"LEG_TINGLING\"]}", token);
                }
            }
            JsonNode patients = server.get("/api/v1/care/patients", physio).json().get("patients");
            assertThat(patients).hasSize(2);
            assertThat(patients.get(0).get("name").asText()).as("a referral comes first, whatever the name")
                    .isEqualTo("cleo@example.org");
            assertThat(patients.get(0).get("attention").get(0).asText())
                    .isEqualTo("Referral open: told to see a clinician within 1–2 weeks.");
            assertThat(patients.get(1).get("attention")).isEmpty();
            assertThat(server.signInBrowser("physio@example.org").get("/care").body())
                    .contains("needs-attention", "Referral open: told to see a clinician within 1–2 weeks.");
        }
    }

    @OnBothDatabases
    void aNoteAndALongerHoldReachThePersonWithTheReasonAndAreAudited(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":20,\"rpe\":4}", ana);
            String physio = server.signUpClinician("physio@example.org");
            String other = server.signUpClinician("other@example.org");
            server.inviteAndAccept(ana, physio);
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + physio);
            String settings = "/api/v1/care/patients/" + anaId + "/settings";

            assertThat(server.post("/api/v1/care/patients/" + anaId + "/notes", "{\"text\":\"Good week; keep the runs easy.\"}",
                    physio).status()).isEqualTo(201);
            assertThat(server.post("/api/v1/care/patients/" + anaId + "/notes", "{\"text\":\"x\"}", other).status())
                    .as("not the other clinician's patient").isEqualTo(404);
            for (String bad : new String[] {"\"\"", "\"" + "x".repeat(2001) + "\"", "\"a\\u0000b\"", "42"}) {
                TestServer.Answer refused = server.post("/api/v1/care/patients/" + anaId + "/notes", "{\"text\":" + bad + "}",
                        physio);
                assertThat(refused.status()).as(bad.length() > 40 ? "a note too long" : bad).isEqualTo(400);
                assertThat(refused.body()).contains("/text");
            }
            TestServer.Answer tooLong = server.send("PUT", settings, "{\"holdDays\":30,\"stretch\":1}", bearer);
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body()).contains("/holdDays", "from 14 to 21", "/stretch", "/reason");

            TestServer.Answer longer = server.send("PUT", settings, "{\"holdDays\":21,\"reason\":\"two reds last month\"}",
                    bearer);
            assertThat(longer.status()).isEqualTo(200);
            assertThat(longer.json().get("holdDays").asInt()).isEqualTo(21);

            JsonNode today = server.get("/api/v1/today", ana).json();
            assertThat(today.at("/activities/0/reasons").toString()).contains(
                    "Each new level held for 21 days before it is confirmed, set by your physiotherapist on Sun 1 Mar: "
                            + "two reds last month.");
            JsonNode access = server.get("/api/v1/care/access", ana).json();
            assertThat(access.at("/notes/0/text").asText()).isEqualTo("Good week; keep the runs easy.");
            assertThat(access.at("/notes/0/clinician").asText()).isEqualTo("physio@example.org");
            assertThat(access.at("/events/0/action").asText()).isEqualTo("changed");
            assertThat(access.at("/events/0/detail").asText()).isEqualTo("Days a new level is held 14 → 21: two reds last month");
            assertThat(server.send("PUT", settings, "{\"holdDays\":21,\"reason\":\"again\"}", bearer).body())
                    .as("the same value is no change").contains("nothing changed");
        }
    }
}
