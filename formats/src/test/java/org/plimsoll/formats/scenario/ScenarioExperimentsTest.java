package org.plimsoll.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.formats.json.JsonProblem;

/**
 * SCENARIO.md: a scenario carries {@code experiments} and a session's {@code condition}; the answer carries
 * each experiment's status, sessions per condition, effect, interval and verdict, and the plan's sessions of
 * its activity their {@code condition} (ENGINE.md section 15).
 */
class ScenarioExperimentsTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve("../engine/src/test/resources/scenarios/experiment-cadence.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Scenario scenario(String json) {
        ScenarioReader.Result read = ScenarioReader.read(json);
        assertThat(read.problems()).isEmpty();
        return read.scenario().orElseThrow();
    }

    private static String problems(String json) {
        ScenarioReader.Result read = ScenarioReader.read(json);
        assertThat(read.scenario()).isEmpty();
        return String.join("\n", read.problems().stream().map(JsonProblem::toString).toList());
    }

    @Test
    void anExperimentAndTheSessionsConditionsAreReadAndTheAnswerCarriesTheResult() throws Exception {
        Scenario s = scenario(Files.readString(EXAMPLE));
        assertThat(s.history().experiments()).containsExactly(
                Experiment.of("cadence", Activity.RUN, "usual", "cadence +5%", LocalDate.of(2026, 3, 2)));
        assertThat(s.history().sessions().get(0).condition()).contains("cadence +5%");

        JsonNode answer = JSON.readTree(AssessmentJson.write(s));
        JsonNode e = answer.at("/experiments/0");
        assertThat(e.get("id").asText()).isEqualTo("cadence");
        assertThat(e.get("status").asText()).isEqualTo("RUNNING");
        assertThat(e.at("/sessions/usual").asInt()).isEqualTo(6);
        assertThat(e.at("/sessions/cadence +5%").asInt()).isEqualTo(6);
        // Next mornings at 1 after "cadence +5%" and 2 after "usual": 1 point better, ± 0.52 over 6 pairs.
        assertThat(e.get("effect").asDouble()).isEqualTo(-1.0);
        assertThat(e.get("low").asDouble()).isEqualTo(-1.52);
        assertThat(e.get("high").asDouble()).isEqualTo(-0.48);
        assertThat(e.get("verdict").asText()).isEqualTo("BETTER");
        assertThat(e.get("reasons").get(0).asText()).isEqualTo("With “cadence +5%” your next mornings were about "
                + "1 point better than with “usual” (likely between 0.5 and 1.5 points).");
        JsonNode runs = answer.get("plan");
        boolean named = false;
        for (JsonNode p : runs) {
            if (p.get("activity").asText().equals("run") && p.get("kind").asText().equals("SESSION")) {
                assertThat(p.get("condition").asText()).isIn("usual", "cadence +5%");
                named = true;
            } else {
                assertThat(p.has("condition")).isFalse();
            }
        }
        assertThat(named).isTrue();
        assertThat(answer.at("/activities/0/reasons").toString()).contains("Your level stays the same during your "
                + "experiment");
    }

    @Test
    void withoutExperimentsTheAnswerHasNoExperimentsKey() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
        doc.remove("experiments");
        ((ArrayNode) doc.get("sessions")).forEach(x -> ((ObjectNode) x).remove("condition"));
        JsonNode answer = JSON.readTree(AssessmentJson.write(scenario(doc.toString())));
        assertThat(answer.has("experiments")).isFalse();
    }

    @Test
    void aBadExperimentOrConditionIsRefusedWithItsPath() {
        String bad = "{\"asOf\": \"2026-03-20\", \"experiments\": ["
                + "{\"id\": \"a\", \"activity\": \"run\", \"conditions\": [\"usual\"], \"start\": \"2026-03-02\"},"
                + "{\"id\": \"b\", \"activity\": \"run\", \"conditions\": [\"x\", \"y\"], \"start\": \"2026-03-02\","
                + " \"weeks\": 10, \"colour\": \"red\"}],"
                + "\"sessions\": [{\"id\": \"s1\", \"activity\": \"cycle\", \"start\": \"2026-03-03T07:00:00Z\","
                + " \"minutes\": 30, \"condition\": \"usual\"}]}";
        assertThat(problems(bad)).contains(
                "$.experiments[0].conditions: an experiment compares exactly two conditions, had 1",
                "$.experiments[1].weeks:", "$.experiments[1].colour:",
                "$.sessions[0].condition: 'usual' is not a condition of an experiment on cycle");
    }

    /** Found by the scenario fuzzer: two sessions sharing an id, one with a condition, once threw. */
    @Test
    void sessionsSharingAnIdAreReadAndTheConditionGoesToTheFirst() {
        String json = """
                {"asOf": "2026-03-10", "profile": {"regions": ["LUMBAR"], "irritability": "MODERATE"},
                 "experiments": [{"id": "cadence", "activity": "run", "conditions": ["usual", "cadence +5%"],
                                  "start": "2026-03-01"}],
                 "sessions": [
                   {"id": "s1", "activity": "run", "start": "2026-03-01T07:00:00Z", "minutes": 30, "condition": "usual"},
                   {"id": "s1", "activity": "run", "start": "2026-03-03T07:00:00Z", "minutes": 25}]}""";
        ScenarioReader.Result read = ScenarioReader.read(json);
        read.scenario().ifPresent(s -> {
            assertThat(s.history().sessions()).hasSize(2);
            assertThat(s.history().sessions()).filteredOn(x -> x.minutes().value() == 30)
                    .allSatisfy(x -> assertThat(x.condition()).contains("usual"));
            assertThat(s.history().sessions()).filteredOn(x -> x.minutes().value() == 25)
                    .allSatisfy(x -> assertThat(x.condition()).isEmpty());
        });
    }
}
