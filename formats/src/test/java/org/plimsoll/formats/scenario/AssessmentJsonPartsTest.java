package org.plimsoll.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;

/**
 * A route reads one part of the assessment's JSON written alone ({@link AssessmentJson#part}); it must be
 * the whole tree's field of that name, byte for byte, and the whole tree must have no field without a part.
 */
class AssessmentJsonPartsTest {
    private static final Path SCENARIOS = Path.of(System.getProperty("user.dir"))
            .resolve("../engine/src/test/resources/scenarios");

    private static List<Assessment> assessments() throws Exception {
        List<Assessment> all = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 3, 2);
        for (int weeks : new int[] {1, 6, 26}) {
            for (String zone : List.of("Europe/London", "Pacific/Auckland")) {
                History history = DemoHistory.generate(today.minusDays(1), weeks, ZoneId.of(zone));
                all.add(Assessment.derivedFrom(history, today));
            }
        }
        // Scenarios with an experiment running, a clinician's level and clearance, and SCENARIO.md's own.
        for (String name : List.of("experiment-cadence.json", "clinician-level-and-clearance.json",
                "scenario-md-example.json")) {
            Scenario s = ScenarioReader.read(Files.readString(SCENARIOS.resolve(name))).scenario().orElseThrow();
            all.add(Assessment.derivedFrom(s.history(), s.asOf()));
        }
        return all;
    }

    @Test
    void eachPartWrittenAloneIsTheWholeTreesFieldOfItsName() throws Exception {
        boolean experiments = false;
        for (Assessment a : assessments()) {
            ObjectNode whole = AssessmentJson.tree(a);
            List<String> fields = new ArrayList<>();
            whole.fieldNames().forEachRemaining(fields::add);
            assertThat(AssessmentJson.partNames()).containsAll(fields);
            for (String name : AssessmentJson.partNames()) {
                if (whole.has(name)) {
                    assertThat(AssessmentJson.part(a, name)).as(name).hasValueSatisfying(
                            part -> assertThat(part.toString()).isEqualTo(whole.get(name).toString()));
                } else {
                    assertThat(AssessmentJson.part(a, name)).as(name).isEmpty();
                }
            }
            experiments |= whole.has("experiments");
        }
        assertThat(experiments).as("some assessment has an experiment").isTrue();
    }

    @Test
    void aPartIsTheCallersOwnToChange() throws Exception {
        Assessment a = assessments().get(1);
        JsonNode plan = AssessmentJson.part(a, "plan").orElseThrow();
        int days = plan.size();
        ((com.fasterxml.jackson.databind.node.ArrayNode) plan).removeAll();

        assertThat(days).isPositive();
        assertThat(AssessmentJson.part(a, "plan").orElseThrow()).hasSize(days);
        assertThatThrownBy(() -> AssessmentJson.part(a, "nothing")).isInstanceOf(IllegalArgumentException.class);
    }
}
