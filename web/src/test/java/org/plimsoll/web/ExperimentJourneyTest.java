package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 30, what the person sees and does, over HTTP (ENGINE.md section 15): start an experiment, log
 * two weeks of runs that take their condition from the plan, check in each next morning, and read the
 * answer; the log form offers "the other way", a condition not of the experiment is refused naming the
 * field, and the page's forms keep what was typed and store once under their key.
 */
class ExperimentJourneyTest {
    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

    @OnBothDatabases
    void twoWeeksOfRunsUnderThePlansConditionsAnswerWhichWayTheNextMorningsWereBetter(Database db) {
        MovingClock clock = new MovingClock(START);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            for (int d = 1; d <= 3; d++) {
                assertThat(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":3,\"date\":\""
                        + LocalDate.of(2026, 3, 2).minusDays(d) + "\"}", ana).status()).isEqualTo(201);
            }
            JsonNode started = server.post("/api/v1/experiments",
                    "{\"activity\":\"run\",\"conditions\":[\"usual cadence\",\"cadence +5%\"]}", ana).json();
            String id = started.get("id").asText();

            int asPlanned = 0;
            for (int day = 0; day < 14; day++) {
                clock.set(START.plus(Duration.ofDays(day)).plus(Duration.ofHours(10)));
                String today = LocalDate.of(2026, 3, 2).plusDays(day).toString();
                Optional<String> planned = plannedCondition(server.get("/api/v1/plan", ana).json(), today);
                TestServer.Answer logged = server.post("/api/v1/sessions",
                        "{\"activity\":\"run\",\"minutes\":20,\"rpe\":3}", ana);
                assertThat(logged.status()).as(logged.body()).isEqualTo(201);
                String condition = logged.json().get("condition").asText();
                assertThat(condition).isIn("usual cadence", "cadence +5%");
                if (planned.isPresent()) {
                    assertThat(condition).as("day %d takes the plan's condition", day).isEqualTo(planned.get());
                    asPlanned++;
                }
                String session = logged.json().get("id").asText();
                assertThat(server.post("/api/v1/sessions/" + session + "/checkins",
                        "{\"window\":\"BEFORE\",\"pain\":2}", ana).status()).isEqualTo(201);
                clock.set(START.plus(Duration.ofDays(day + 1)));
                int morning = condition.equals("cadence +5%") ? 2 : 3;
                assertThat(server.post("/api/v1/sessions/" + session + "/checkins",
                        "{\"window\":\"NEXT_MORNING\",\"pain\":" + morning + "}", ana).status()).isEqualTo(201);
                if (day == 6) {
                    JsonNode week = experiment(server, ana, id);
                    assertThat(week.get("verdict").asText()).as("a week is not enough").isEqualTo("NOT_ENOUGH_DATA");
                    assertThat(week.at("/sessions/usual cadence").asInt() + week.at("/sessions/cadence +5%").asInt())
                            .isEqualTo(7);
                    assertThat(week.get("reasons").get(0).asText()).startsWith("Not enough yet to tell:");
                }
            }
            assertThat(asPlanned).as("runs were planned on some of the days").isPositive();

            JsonNode answer = experiment(server, ana, id);
            assertThat(answer.at("/sessions/usual cadence").asInt()).isEqualTo(7);
            assertThat(answer.at("/sessions/cadence +5%").asInt()).isEqualTo(7);
            assertThat(answer.get("verdict").asText()).isEqualTo("BETTER");
            assertThat(answer.get("effect").asDouble()).isBetween(-1.5, -0.5);
            assertThat(answer.get("high").asDouble()).isNegative();
            assertThat(answer.get("reasons").get(0).asText())
                    .startsWith("With “cadence +5%” your next mornings were about").contains("better than with “usual cadence”");

            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            String page = browser.get("/experiments").body();
            assertThat(page).contains("Run: “usual cadence” or “cadence +5%”", "Running",
                    "better than with “usual cadence”",
                    "“cadence +5%”: 7 sessions with a next-morning check-in; the next morning was on average",
                    "data-chart=");
        }
    }

    @OnBothDatabases
    void aSessionLoggedTheOtherWayKeepsItAndAConditionNotOfTheExperimentIsRefusedNamingTheField(Database db) {
        MovingClock clock = new MovingClock(START);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            server.post("/api/v1/experiments", "{\"activity\":\"run\",\"conditions\":[\"usual cadence\",\"cadence +5%\"]}",
                    ana);
            TestServer.Answer wrong = server.post("/api/v1/sessions",
                    "{\"activity\":\"run\",\"minutes\":20,\"condition\":\"barefoot\"}", ana);
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).contains("/condition", "usual cadence", "cadence +5%");
            TestServer.Answer noExperiment = server.post("/api/v1/sessions",
                    "{\"activity\":\"cycle\",\"minutes\":20,\"condition\":\"usual cadence\"}", ana);
            assertThat(noExperiment.status()).isEqualTo(422);
            assertThat(noExperiment.body()).contains("/condition", "no experiment of this activity");
            assertThat(server.get("/api/v1/sessions", ana).json().get("total").asInt()).as("nothing stored").isZero();
            TestServer.Answer cycle = server.post("/api/v1/sessions", "{\"activity\":\"cycle\",\"minutes\":20}", ana);
            assertThat(cycle.json().get("condition").isNull()).as("another activity has no condition").isTrue();

            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            clock.set(START.plus(Duration.ofHours(10)));
            String form = browser.get("/sessions/new?activity=run").body();
            assertThat(form).contains("Your run experiment", "Done as planned: “", "I did it the other way: “");
            String planned = form.contains("Done as planned: “cadence +5%”") ? "cadence +5%" : "usual cadence";
            String other = planned.equals("cadence +5%") ? "usual cadence" : "cadence +5%";
            TestServer.Answer saved = browser.form("/sessions", "idempotencyKey", "log-1", "activity", "run",
                    "date", "2026-03-02", "time", "09:00", "minutes", "25", "rpe", "3", "condition", other);
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
            JsonNode sessions = server.get("/api/v1/sessions?activity=run", ana).json().get("sessions");
            assertThat(sessions.get(0).get("condition").asText()).as("marked the other way").isEqualTo(other);

            TestServer.Answer tampered = browser.form("/sessions", "idempotencyKey", "log-2", "activity", "run",
                    "date", "2026-03-02", "time", "10:00", "minutes", "26", "condition", "barefoot");
            assertThat(tampered.status()).isEqualTo(422);
            assertThat(tampered.body()).contains("Condition: must be one of your experiment", "value=\"26\"");

            TestServer.Answer edited = browser.form("/sessions/" + sessions.get(0).get("id").asText(), "activity", "run",
                    "date", "2026-03-02", "time", "09:00", "minutes", "27", "rpe", "3");
            assertThat(edited.status()).isEqualTo(303);
            assertThat(server.get("/api/v1/sessions?activity=run", ana).json().at("/sessions/0/condition").asText())
                    .as("an edit keeps the condition").isEqualTo(other);
        }
    }

    @OnBothDatabases
    void thePagesStartFormKeepsWhatWasTypedStoresOnceUnderItsKeyAndPausesAndStops(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            String empty = browser.get("/experiments").body();
            assertThat(empty).contains("No experiment yet", "Does a slightly quicker step help my back when I run?",
                    "name=\"idempotencyKey\"");

            TestServer.Answer offTopic = browser.form("/experiments", "idempotencyKey", "start-1", "activity", "sitting",
                    "question", "cadence", "weeks", "6");
            assertThat(offTopic.status()).isEqualTo(400);
            assertThat(offTopic.body()).contains("Question: this question is for running only");
            TestServer.Answer blank = browser.form("/experiments", "idempotencyKey", "start-1", "activity", "cycle",
                    "question", "own", "firstCondition", "seat low", "secondCondition", "", "weeks", "9");
            assertThat(blank.status()).isEqualTo(400);
            assertThat(blank.body()).contains("Second condition: name the condition", "Weeks: must be a whole number",
                    "value=\"seat low\"");

            for (int i = 0; i < 2; i++) {
                TestServer.Answer started = browser.form("/experiments", "idempotencyKey", "start-2", "activity", "cycle",
                        "question", "own", "firstCondition", "seat low", "secondCondition", "seat high", "weeks", "4");
                assertThat(started.status()).as(started.body()).isEqualTo(303);
            }
            JsonNode list = server.get("/api/v1/experiments", ana).json().get("experiments");
            assertThat(list).as("the same key twice starts one").hasSize(1);
            assertThat(list.get(0).get("weeks").asInt()).isEqualTo(4);
            String id = list.get(0).get("id").asText();

            assertThat(browser.form("/experiments/" + id + "/pause").status()).isEqualTo(303);
            assertThat(browser.get("/experiments?saved=paused").body()).contains("Paused", "Carry on");
            assertThat(browser.form("/experiments/" + id + "/resume").status()).isEqualTo(303);
            assertThat(browser.form("/experiments/" + id + "/stop").status()).isEqualTo(303);
            String stopped = browser.get("/experiments").body();
            assertThat(stopped).as("a finished one stays listed").contains("“seat low” or “seat high”", "Stopped",
                    "Start another");
            assertThat(browser.form("/experiments/nope/stop").status()).isEqualTo(404);
            assertThat(browser.get("/today").body()).doesNotContain("see how it is going");
            Map<String, String> keyed = Map.of("Authorization", "Bearer " + ana, "Idempotency-Key", "api-start-1");
            String body = "{\"activity\":\"golf\",\"conditions\":[\"full swing\",\"reduced rotation\"]}";
            TestServer.Answer first = server.send("POST", "/api/v1/experiments", body, keyed);
            TestServer.Answer again = server.send("POST", "/api/v1/experiments", body, keyed);
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).as("a repeat is not refused as already under way").isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json()).isEqualTo(first.json());
            assertThat(server.get("/api/v1/experiments", ana).json().get("experiments")).hasSize(2);
        }
    }

    private static Optional<String> plannedCondition(JsonNode plan, String day) {
        for (JsonNode p : plan.get("plan")) {
            if (p.get("date").asText().equals(day) && p.get("activity").asText().equals("run") && p.has("condition")) {
                return Optional.of(p.get("condition").asText());
            }
        }
        return Optional.empty();
    }

    private static JsonNode experiment(TestServer server, String token, String id) {
        for (JsonNode e : server.get("/api/v1/experiments", token).json().get("experiments")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no experiment " + id);
    }
}
