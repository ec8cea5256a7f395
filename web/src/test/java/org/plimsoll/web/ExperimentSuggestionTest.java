package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.experiment.ConditionOrder;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.experiment.ExperimentRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 30, the clinician's side: a physiotherapist suggests an experiment, the person accepts one
 * (it starts that day) and says not now to another, each once under its key and each answer checked
 * against the OpenAPI document; and a finished experiment's answer stays on Progress, on the
 * clinician's page, in the report and on the share page, each in its reader's voice.
 */
class ExperimentSuggestionTest {
    private static final String CADENCE = "{\"activity\":\"run\",\"conditions\":[\"usual cadence\",\"cadence +5%\"],\"weeks\":4}";

    private static long id(TestServer server, String token) {
        return server.get("/api/v1/me", token).json().get("id").asLong();
    }

    @OnBothDatabases
    void aSuggestionIsAcceptedOnceAndStartsTheExperimentAnotherIsDeclinedAndThePhysioSeesBoth(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            long anaId = id(server, ana);
            server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":4}", ana);
            String physio = server.signUpClinician("physio@example.org");
            String other = server.signUpClinician("other@example.org");
            server.inviteAndAccept(ana, physio);
            String base = "/api/v1/care/patients/" + anaId + "/experiment-suggestions";

            TestServer.Answer bad = server.post(base,
                    "{\"activity\":\"juggling\",\"conditions\":[\"usual\",\"\"],\"weeks\":9,\"colour\":\"red\"}", physio);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/activity", "/conditions/1", "/weeks", "/colour");
            assertThat(server.post(base, "{\"activity\":\"run\",\"conditions\":[\"usual\",\"Usual\"]}", physio).body())
                    .contains("/conditions/1", "must differ");
            assertThat(server.post("/api/v1/care/patients/" + anaId + "/experiment-suggestions", CADENCE, other).status())
                    .as("not their patient").isEqualTo(404);

            Map<String, String> keyed = Map.of("Authorization", "Bearer " + physio, "Idempotency-Key", "suggest-1");
            TestServer.Answer made = server.send("POST", base, CADENCE, keyed);
            TestServer.Answer again = server.send("POST", base, CADENCE, keyed);
            assertThat(made.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json().get("id")).isEqualTo(made.json().get("id"));
            assertThat(made.json().get("answer").asText()).isEqualTo("OPEN");
            assertThat(made.json().get("text").asText()).as("to the clinician")
                    .contains("Run: “usual cadence” or “cadence +5%”, 4 weeks", "waiting for their answer");

            JsonNode open = server.get("/api/v1/experiments/suggestions", ana).json().get("suggestions");
            assertThat(open).as("a double tap suggests once").hasSize(1);
            assertThat(open.get(0).get("text").asText()).isEqualTo("Your physiotherapist suggests a test: Run done as "
                    + "“usual cadence” on some days and as “cadence +5%” on others, in a random order, for 4 weeks. "
                    + "Your next mornings will tell which suits your back.");
            TestServer.Browser anaBrowser = server.signInBrowser("ana@example.org");
            String today = anaBrowser.get("/today").body();
            assertThat(today).contains("Your physiotherapist suggests a test", ">Accept<", ">Not now<");

            String suggestion = open.get(0).get("id").asText();
            Map<String, String> accept = Map.of("Authorization", "Bearer " + ana, "Idempotency-Key", "accept-1");
            TestServer.Answer started = server.send("POST", "/api/v1/experiments/suggestions/" + suggestion + "/accept",
                    null, accept);
            TestServer.Answer startedAgain = server.send("POST", "/api/v1/experiments/suggestions/" + suggestion + "/accept",
                    null, accept);
            assertThat(started.status()).isEqualTo(201);
            assertThat(started.json().get("status").asText()).isEqualTo("RUNNING");
            assertThat(started.json().get("weeks").asInt()).isEqualTo(4);
            assertThat(started.json().get("conditions").toString()).isEqualTo("[\"usual cadence\",\"cadence +5%\"]");
            assertThat(startedAgain.status()).isEqualTo(201);
            assertThat(startedAgain.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(server.get("/api/v1/experiments", ana).json().get("experiments")).as("started once").hasSize(1);
            assertThat(server.post("/api/v1/experiments/suggestions/" + suggestion + "/accept", null, ana).status())
                    .as("answered already").isEqualTo(409);
            assertThat(server.post("/api/v1/experiments/suggestions/999999/decline", null, ana).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/experiments/suggestions", ana).json().get("suggestions")).isEmpty();
            assertThat(server.post(base, CADENCE, physio).body()).as("one experiment per activity at a time")
                    .contains("/activity", "already has an experiment under way");

            // The clinician's form: a listed question that does not fit the activity is refused, naming it.
            TestServer.Browser physioBrowser = server.signInBrowser("physio@example.org");
            String page = "/care/patients/" + anaId;
            TestServer.Answer wrong = physioBrowser.form(page + "/experiment-suggestions", "activity", "cycle",
                    "question", "rotation", "weeks", "6", "idempotencyKey", "form-0");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("does not fit cycle");
            for (int i = 0; i < 2; i++) {
                TestServer.Answer suggested = physioBrowser.form(page + "/experiment-suggestions", "activity", "cycle",
                        "question", "lumbar-support", "weeks", "6", "idempotencyKey", "form-1");
                assertThat(suggested.status()).isEqualTo(303);
            }
            JsonNode second = server.get("/api/v1/experiments/suggestions", ana).json().get("suggestions");
            assertThat(second).as("the form sent twice suggests once").hasSize(1);
            assertThat(second.get(0).get("conditions").toString()).isEqualTo("[\"no lumbar support\",\"lumbar support\"]");
            TestServer.Answer declined = anaBrowser.form("/experiments/suggestions/" + second.get(0).get("id").asText()
                    + "/decline", "idempotencyKey", "decline-1");
            assertThat(declined.status()).isEqualTo(303);
            assertThat(server.get("/api/v1/experiments", ana).json().get("experiments")).as("not now starts nothing")
                    .hasSize(1);
            assertThat(anaBrowser.get("/today").body()).doesNotContain("Your physiotherapist suggests a test");

            String physioPage = physioBrowser.get(page).body();
            assertThat(physioPage).contains("Run: “usual cadence” or “cadence +5%”, 4 weeks, suggested Sun 1 Mar: "
                    + "accepted; it is under way.", "Cycle: “no lumbar support” or “lumbar support”, 6 weeks, "
                    + "suggested Sun 1 Mar: they said not now.", "Suggest an experiment");
        }
    }

    /**
     * A runner who took a 4-week test of cadence: 12 runs every other day from 25 Jan, in the design's
     * order, next mornings at 2 after "usual cadence" and 3 after "cadence +5%". Finished by 1 March.
     */
    static void finishedCadenceTest(Database db, long account) {
        LocalDate start = LocalDate.parse("2026-01-25");
        Instant now = Instant.parse("2026-01-20T08:00:00Z");
        Experiment e = new Experiment("run-cadence", Activity.RUN, List.of("usual cadence", "cadence +5%"), start, 4,
                Optional.empty(), Optional.empty());
        new ExperimentRepository(db).add(account, e, now);
        SessionRepository sessions = new SessionRepository(db);
        CheckInRepository checkIns = new CheckInRepository(db);
        for (int i = 0; i < 12; i++) {
            LocalDate day = start.plusDays(2L * i);
            String condition = ConditionOrder.conditionOf(e, i);
            Session s = sessions.add(account, Session.of("x", Activity.RUN, day.atTime(18, 0).atZone(ZoneOffset.UTC), 30, 4)
                    .withCondition(condition), Optional.empty(), now);
            checkIns.add(account, CheckIn.forSession("b" + i, s.id(), CheckInWindow.BEFORE, 2), now);
            checkIns.add(account, CheckIn.forSession("m" + i, s.id(), CheckInWindow.NEXT_MORNING,
                    condition.equals("cadence +5%") ? 3 : 2), now);
            checkIns.add(account, CheckIn.daily("d" + i, day, 2), now);
        }
    }

    @OnBothDatabases
    void aFinishedExperimentsAnswerStaysOnProgressTheClinicianPageTheReportAndTheSharePage(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            long anaId = id(server, ana);
            finishedCadenceTest(db, anaId);
            JsonNode answer = server.get("/api/v1/experiments", ana).json().at("/experiments/0");
            assertThat(answer.get("status").asText()).isEqualTo("DONE");
            assertThat(answer.get("verdict").asText()).isEqualTo("WORSE");

            TestServer.Browser anaBrowser = server.signInBrowser("ana@example.org");
            String progress = anaBrowser.get("/progress").body();
            assertThat(progress).contains("<h2 id=\"experiments-h\">Experiments</h2>",
                    "Run: “usual cadence” or “cadence +5%”", "Finished on Sat 21 Feb.",
                    "Sessions with a next-morning check-in: 6 as “usual cadence”, 6 as “cadence +5%”.",
                    "With “cadence +5%” your next mornings were about 1 point worse than with “usual cadence” "
                            + "(likely between 0.5 and 1.5 points).");

            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            TestServer.Browser physioBrowser = server.signInBrowser("physio@example.org");
            String theirs = "With “cadence +5%” their next mornings were about 1 point worse than with “usual cadence” "
                    + "(likely between 0.5 and 1.5 points).";
            assertThat(physioBrowser.get("/care/patients/" + anaId).body()).contains(theirs).doesNotContain("your next mornings");
            assertThat(physioBrowser.get("/care/patients/" + anaId + "/report").body()).contains("Experiments", theirs);

            String share = java.util.UUID.randomUUID().toString();
            TestServer.Answer made = anaBrowser.form("/export/shares", "idempotencyKey", share, "label", "Dr Physio",
                    "parts", "EXPERIMENTS", "weeks", "12", "days", "14");
            java.util.regex.Matcher address = java.util.regex.Pattern
                    .compile("value=\"(http://[^\"]+)\" aria-label=\"New secret address\"").matcher(made.body());
            assertThat(address.find()).isTrue();
            String shared = server.send("GET", address.group(1).replaceFirst("^http://[^/]+", ""), null, Map.of()).body();
            assertThat(shared).contains(theirs).doesNotContain("Levels per activity");
        }
    }
}
