package org.plimsoll.formats.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.Comparison;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.experiment.Verdict;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.history.History;

/**
 * Issue 30: a finished experiment's result travels in the FHIR bundle as an Observation (the difference
 * with its interval, a component per condition); a running one does not; and HAPI's R4 validator finds
 * no error and no warning in it.
 */
class ExperimentResourcesTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    private static ExperimentAnswer answer(String id, String second, ExperimentStatus status, LocalDate start,
                                           Optional<Comparison.Difference> d, Verdict verdict) {
        Experiment e = new Experiment(id, Activity.RUN, List.of("usual cadence", second), start, 4, Optional.empty(),
                Optional.empty());
        Map<String, Integer> sessions = new java.util.LinkedHashMap<>();
        sessions.put("usual cadence", 6);
        sessions.put(second, 7);
        Map<String, Integer> reds = new java.util.LinkedHashMap<>();
        reds.put("usual cadence", 0);
        reds.put(second, 1);
        return new ExperimentAnswer(e, status, sessions, reds,
                d, verdict, start.plusWeeks(4), 13, List.of());
    }

    private static ObjectNode bundle(List<ExperimentAnswer> answers) {
        History history = DemoHistory.generate(LAST_DAY, 8, ZoneId.of("Europe/London"));
        return ExperimentResources.addTo(FhirBundle.of(history, "42", LAST_DAY.minusWeeks(8), LAST_DAY,
                Instant.parse("2026-11-21T09:00:00Z")), answers, "42", LAST_DAY.minusWeeks(8), LAST_DAY);
    }

    private static List<JsonNode> experimentObservations(ObjectNode bundle) {
        List<JsonNode> out = new java.util.ArrayList<>();
        bundle.get("entry").forEach(e -> {
            if (e.at("/resource/code/text").asText().startsWith("Next-morning back pain after")) {
                out.add(e.get("resource"));
            }
        });
        return out;
    }

    @Test
    void aFinishedExperimentIsOneObservationWithTheDifferenceItsIntervalAndAComponentPerCondition() {
        ObjectNode b = bundle(List.of(
                answer("done", "cadence +5%", ExperimentStatus.DONE, LocalDate.of(2026, 10, 1),
                        Optional.of(new Comparison.Difference(1.0, 0.48, 1.52, 6, 0)), Verdict.WORSE),
                answer("running", "evening", ExperimentStatus.RUNNING, LocalDate.of(2026, 11, 1), Optional.empty(),
                        Verdict.NOT_ENOUGH_DATA)));
        List<JsonNode> found = experimentObservations(b);
        assertThat(found).as("the running one is no result yet").hasSize(1);
        JsonNode o = found.get(0);
        assertThat(o.at("/code/text").asText()).isEqualTo("Next-morning back pain after run sessions done as "
                + "\"cadence +5%\" against \"usual cadence\" (0 to 10 scale, randomised order within pairs)");
        assertThat(o.at("/valueQuantity/value").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/effectivePeriod/start").asText()).isEqualTo("2026-10-01");
        assertThat(o.at("/effectivePeriod/end").asText()).isEqualTo("2026-10-28");
        assertThat(o.at("/component/0/code/text").asText()).isEqualTo("Sessions with a next-morning check-in done as \"usual cadence\"");
        assertThat(o.at("/component/1/valueInteger").asInt()).isEqualTo(7);
        assertThat(o.at("/component/2/valueQuantity/value").asDouble()).isEqualTo(0.48);
        assertThat(o.at("/component/3/valueQuantity/value").asDouble()).isEqualTo(1.52);
        assertThat(o.at("/note/0/text").asText()).isEqualTo("Finished: worse with \"cadence +5%\".");
    }

    @Test
    void experimentResultsPassHapisR4ValidatorWithNoErrorAndNoWarning() {
        ObjectNode b = bundle(List.of(
                answer("done", "cadence +5%", ExperimentStatus.DONE, LocalDate.of(2026, 10, 1),
                        Optional.of(new Comparison.Difference(-1.2, -1.9, -0.5, 6, 0)), Verdict.BETTER),
                answer("stopped", "evening", ExperimentStatus.STOPPED, LocalDate.of(2026, 10, 20), Optional.empty(),
                        Verdict.NOT_ENOUGH_DATA)));
        assertThat(experimentObservations(b)).hasSize(2);
        String text = new String(FhirBundle.bytes(b), StandardCharsets.UTF_8);
        List<String> findings = FhirValidatorTest.offlineR4Validator(text).validateWithResult(text).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .map(FhirValidatorTest::describe).distinct().toList();
        assertThat(findings).isEmpty();
    }
}
