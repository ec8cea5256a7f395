package org.plimsoll.formats.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Pain;

/**
 * What the bundle says, re-read from its JSON text: codes, scores, windows, times and narratives.
 * Whether it is valid FHIR R4 is FhirValidatorTest's question, answered by HAPI's validator.
 */
class FhirBundleTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static JsonNode reread(History history, LocalDate from, LocalDate to) throws Exception {
        return new ObjectMapper().readTree(FhirBundle.bytes(FhirBundle.of(history, "42", from, to, NOW)));
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        List<JsonNode> out = new ArrayList<>();
        bundle.path("entry").forEach(e -> {
            if (type.equals(e.path("resource").path("resourceType").asText())) {
                out.add(e.path("resource"));
            }
        });
        return out;
    }

    @Test
    void twelveWeeksOfCheckInsMakeAConformingBundleWithOneObservationEach() throws Exception {
        History demo = DemoHistory.generate(LocalDate.of(2026, 2, 28), 12, LONDON);
        JsonNode bundle = reread(demo, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

        int checkUps = demo.checkUps().size();
        assertThat(checkUps).as("the demo's check-ups, every 14 days").isEqualTo(6);
        long measures = demo.context().stream().mapToLong(c -> (c.sleepHours().isPresent() ? 1 : 0)
                + (c.hrv().isPresent() ? 1 : 0) + (c.restingHeartRate().isPresent() ? 1 : 0)).sum();
        assertThat(resources(bundle, "Observation"))
                .as("one per check-in, one per check-up's weekly pain, one per morning measure")
                .hasSize(demo.checkIns().size() + checkUps + (int) measures);
        assertThat(resources(bundle, "Patient")).hasSize(1);
        assertThat(resources(bundle, "CodeSystem")).singleElement()
                .satisfies(cs -> assertThat(cs.path("url").asText()).isEqualTo(FhirBundle.WINDOW_SYSTEM));
        assertThat(resources(bundle, "Questionnaire")).hasSize(1);
        assertThat(resources(bundle, "QuestionnaireResponse")).hasSize(checkUps);
        assertThat(bundle.path("entry")).hasSize(3 + demo.checkIns().size() + 2 * checkUps + (int) measures);
    }

    @Test
    void aCheckUpIsAQuestionnaireResponseToOurQuestionnaireAndItsWeeklyPainAnObservationWithLoinc() throws Exception {
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()).withCheckUps(List.of(new CheckUp(LocalDate.of(2026, 3, 1), Optional.of(Pain.of(4)),
                List.of(new CheckUp.Ability("gardening", 6)))));
        JsonNode bundle = reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        JsonNode questionnaire = resources(bundle, "Questionnaire").get(0);
        assertThat(questionnaire.path("url").asText()).isEqualTo("https://plimsoll.org/fhir/Questionnaire/check-up");
        JsonNode response = resources(bundle, "QuestionnaireResponse").get(0);
        assertThat(response.path("questionnaire").asText()).isEqualTo("https://plimsoll.org/fhir/Questionnaire/check-up|1");
        assertThat(response.path("status").asText()).isEqualTo("completed");
        assertThat(response.at("/item/0/linkId").asText()).isEqualTo("weekly-pain");
        assertThat(response.at("/item/0/answer/0/valueInteger").asInt()).isEqualTo(4);
        assertThat(response.at("/item/1/item/0/answer/0/valueString").asText()).isEqualTo("gardening");
        assertThat(response.at("/item/1/item/1/answer/0/valueInteger").asInt()).isEqualTo(6);
        JsonNode pain = resources(bundle, "Observation").get(0);
        assertThat(pain.at("/code/coding/0/code").asText()).isEqualTo("72514-3");
        assertThat(pain.at("/effectivePeriod/start").asText()).isEqualTo("2026-02-23");
        assertThat(pain.at("/effectivePeriod/end").asText()).isEqualTo("2026-03-01");
        assertThat(pain.at("/derivedFrom/0/reference").asText())
                .isEqualTo(bundle.path("entry").get(3).path("fullUrl").asText());
        assertThat(reread(h, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).toString())
                .as("no check-up in April").doesNotContain("Questionnaire");
    }

    @Test
    void aCheckInAnHourAfterARunCarriesBothCodesItsScoreItsWindowAndTheTimeItDescribes() throws Exception {
        Session run = Session.of("s1", Activity.RUN, ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, LONDON), 40, 4);
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(run),
                List.of(CheckIn.forSession("c1", "s1", CheckInWindow.AFTER_1H, 4),
                        CheckIn.forSession("c2", "s1", CheckInWindow.DURING, 5),
                        CheckIn.daily("c3", LocalDate.of(2026, 3, 4), 1)),
                List.of(), List.of(), List.of());
        JsonNode bundle = reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        List<JsonNode> observations = resources(bundle, "Observation");
        String patient = bundle.path("entry").get(0).path("fullUrl").asText();

        JsonNode after = observations.get(0);
        // The official display strings: LOINC's long common name, SNOMED CT's preferred term.
        assertThat(after.path("code").path("coding").findValuesAsText("display")).containsExactly(
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "Pain score");
        assertThat(after.path("performer").get(0).path("reference").asText()).as("the person reports their own pain")
                .isEqualTo(patient);
        assertThat(after.path("text").path("div").asText())
                .isEqualTo("<div xmlns=\"http://www.w3.org/1999/xhtml\">Back pain 4 out of 10, one hour after a 40-minute"
                        + " run session (2026-03-02).</div>");
        assertThat(after.path("code").path("coding").findValuesAsText("code")).containsExactly("72514-3", "225908003");
        assertThat(after.path("code").path("coding").findValuesAsText("system"))
                .containsExactly("http://loinc.org", "http://snomed.info/sct");
        assertThat(after.path("valueInteger").asInt()).isEqualTo(4);
        assertThat(after.path("effectiveDateTime").asText()).isEqualTo("2026-03-02T19:40:00Z");
        assertThat(after.path("component").get(0).path("valueCodeableConcept").path("coding").get(0).path("code").asText())
                .isEqualTo("after-1h");
        JsonNode during = observations.get(1);
        assertThat(during.path("effectivePeriod").path("start").asText()).isEqualTo("2026-03-02T18:00:00Z");
        assertThat(during.path("effectivePeriod").path("end").asText()).isEqualTo("2026-03-02T18:40:00Z");
        JsonNode daily = observations.get(2);
        assertThat(daily.path("effectiveDateTime").asText()).isEqualTo("2026-03-04");
        assertThat(daily.path("component").get(0).path("valueCodeableConcept").path("coding").get(0).path("code").asText())
                .isEqualTo("daily");
    }

    @Test
    void onlyCheckInsOfTheChosenPeriodAreIncludedAndTheSameDataGivesTheSameIds() throws Exception {
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(),
                List.of(CheckIn.daily("a", LocalDate.of(2026, 2, 27), 2), CheckIn.daily("b", LocalDate.of(2026, 3, 1), 3)),
                List.of(), List.of(), List.of());
        JsonNode march = reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(resources(march, "Observation")).singleElement()
                .satisfies(o -> assertThat(o.path("valueInteger").asInt()).isEqualTo(3));
        assertThat(reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(march);
    }
}
