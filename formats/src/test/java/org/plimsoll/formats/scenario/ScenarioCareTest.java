package org.plimsoll.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import java.util.Optional;

/**
 * SCENARIO.md: a scenario carries a clinician's decisions ({@code careDecisions}) and outcome check-ups
 * ({@code checkUps}), honoured as the app honours them, and its answer carries the {@code outcomes}.
 */
class ScenarioCareTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve("../engine/src/test/resources/scenarios/clinician-level-and-clearance.json");

    private static String example() throws Exception {
        return Files.readString(EXAMPLE);
    }

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

    private static String withDecision(String decision) {
        return "{\"asOf\": \"2026-03-20\", \"careDecisions\": [" + decision + "]}";
    }

    @Test
    void aClinicianLevelAndClearanceFromAFileAreHonouredAsInTheApp() throws Exception {
        Scenario s = scenario(example());
        Level clinicians = new Level(Activity.RUN, LocalDate.of(2026, 3, 10), 2, Optional.of(Minutes.of(25)), Optional.empty(), 3);
        History h = s.history();
        assertThat(h.levels()).as("the store puts the clinician's level among the levels").endsWith(clinicians);
        assertThat(h.care()).containsExactly(
                new CareDecision.Cleared(Instant.parse("2026-03-10T09:30:00Z"), LocalDate.of(2026, 3, 10),
                        "Seen: the tingling is an irritated nerve that is settling; carry on"),
                new CareDecision.LevelSet(clinicians, "Two short easy runs a week while the leg settles"));

        JsonNode answer = new ObjectMapper().readTree(AssessmentJson.write(s));
        assertThat(answer.at("/referral/level").asText()).as("the leg tingling was cleared").isEqualTo("NONE");
        JsonNode run = answer.at("/activities/0");
        assertThat(run.at("/currentLevel/sessionsPerWeek").asInt()).isEqualTo(2);
        assertThat(run.at("/currentLevel/minutes").asInt()).isEqualTo(25);
        assertThat(run.at("/currentLevel/rpeCap").asInt()).isEqualTo(3);
        assertThat(run.get("reasons").toString()).contains(
                "Level set by your physiotherapist on Tue 10 Mar: Two short easy runs a week while the leg settles.",
                "Seen and cleared by your physiotherapist on Tue 10 Mar");

        ObjectNode without = (ObjectNode) new ObjectMapper().readTree(example());
        without.remove("careDecisions");
        JsonNode unseen = new ObjectMapper().readTree(AssessmentJson.write(scenario(without.toString())));
        assertThat(unseen.at("/referral/level").asText()).as("without the clinician, still referred").isEqualTo("SOON");
        assertThat(unseen.at("/activities/0/currentLevel/minutes").asInt()).isEqualTo(30);
    }

    @Test
    void theAnswerCarriesTheOutcomesByTheNamesOfTheCheckUpsApi() throws Exception {
        JsonNode outcomes = new ObjectMapper().readTree(AssessmentJson.write(scenario(example()))).get("outcomes");
        assertThat(outcomes.get("everyDays").asInt()).isEqualTo(14);
        assertThat(outcomes.get("nextDue").asText()).isEqualTo("2026-03-29");
        assertThat(outcomes.get("due").asBoolean()).isFalse();
        JsonNode pain = outcomes.at("/measures/0");
        assertThat(pain.get("measure").asText()).isEqualTo("WEEKLY_PAIN");
        assertThat(pain.at("/change/from").asDouble()).isEqualTo(4.0);
        assertThat(pain.at("/change/to").asDouble()).isEqualTo(2.0);
        assertThat(pain.at("/change/matters").asBoolean()).isTrue();
        assertThat(pain.at("/change/worse").asBoolean()).isFalse();
        JsonNode gardening = outcomes.at("/measures/2");
        assertThat(gardening.get("activity").asText()).isEqualTo("gardening");
        assertThat(gardening.at("/change/matters").asBoolean()).as("2 points on one activity").isFalse();
        assertThat(new ObjectMapper().readTree(AssessmentJson.write(scenario("{\"asOf\": \"2026-03-20\"}"))).has("outcomes"))
                .as("no check-ups, no outcomes").isFalse();
    }

    @Test
    void aOnePointChangeOfWeeklyPainInAFileIsNotAChangeThatMatters() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(AssessmentJson.write(scenario("{\"asOf\": \"2026-03-20\", "
                + "\"checkUps\": [{\"date\": \"2026-03-01\", \"weeklyPain\": 3}, {\"date\": \"2026-03-15\", \"weeklyPain\": 2}]}")));
        assertThat(answer.at("/outcomes/measures/0/change/matters").asBoolean()).as("3 → 2").isFalse();
    }

    @Test
    void theIrritabilityAClinicianSetIsTheProfilesAsOfTheDayAssessed() {
        String file = "{\"asOf\": \"2026-03-20\", \"profile\": {\"irritability\": \"LOW\"}, \"careDecisions\": ["
                + "{\"decided\": \"irritability\", \"on\": \"2026-03-05\", \"irritability\": \"HIGH\", \"reason\": \"flares easily\"},"
                + "{\"decided\": \"irritability\", \"on\": \"2026-03-25\", \"irritability\": \"MODERATE\", \"reason\": \"calmer\"}]}";
        History h = scenario(file).history();
        assertThat(h.profile().irritability()).as("the decision of 25 March is after the day assessed")
                .isEqualTo(Irritability.HIGH);
        assertThat(scenario(file.replace("2026-03-20", "2026-03-26")).history().profile().irritability())
                .isEqualTo(Irritability.MODERATE);
    }

    @Test
    void aLevelMayNameItsCapAsTheApiDoesAndAFlareItsStartAndEnd() {
        History h = scenario(withDecision("{\"decided\": \"level\", \"on\": \"2026-03-10\", \"activity\": \"cycle\", "
                + "\"sessionsPerWeek\": 3, \"distanceKm\": 12.5, \"effortCap\": 4, \"reason\": \"flat rides\"},"
                + "{\"decided\": \"flare\", \"on\": \"2026-03-12\", \"reason\": \"bad week\"},"
                + "{\"decided\": \"flare_end\", \"on\": \"2026-03-16\", \"reason\": \"settled\"},"
                + "{\"decided\": \"check_ups\", \"on\": \"2026-03-16\", \"everyDays\": 28, \"reason\": \"steady\"}")).history();
        assertThat(h.levels()).containsExactly(new Level(Activity.CYCLE, LocalDate.of(2026, 3, 10), 3, Optional.empty(),
                Optional.of(Distance.ofKm(12.5)), 4));
        assertThat(h.care()).hasSize(4);
        assertThat(h.care().get(1)).isEqualTo(new CareDecision.FlareDeclared(LocalDate.of(2026, 3, 12), "bad week"));
        assertThat(h.care().get(2)).isEqualTo(new CareDecision.FlareEnded(LocalDate.of(2026, 3, 16), "settled"));
        assertThat(h.care().get(3)).isEqualTo(new CareDecision.CheckUpsEvery(28, LocalDate.of(2026, 3, 16), "steady"));
    }

    @Test
    void badDecisionFieldsAreRefusedNamingTheirPath() {
        String all = problems(withDecision(String.join(",",
                "{\"decided\": \"level\", \"on\": \"2026-03-10\", \"activity\": \"sitting\", \"sessionsPerWeek\": 8, "
                        + "\"minutes\": 300, \"rpeCap\": 11, \"reason\": \"x\", \"colour\": \"red\"}",
                "{\"decided\": \"level\", \"on\": \"2026-03-10\", \"activity\": \"run\", \"sessionsPerWeek\": 2, "
                        + "\"rpeCap\": 3, \"effortCap\": 3, \"reason\": \"x\"}",
                "{\"decided\": \"irritability\", \"on\": \"2026-03-11\", \"irritability\": \"SOMETIMES\", \"reason\": \"\"}",
                "{\"decided\": \"clearance\", \"on\": \"2026-03-11\", \"reason\": \"seen\"}",
                "{\"decided\": \"clearance\", \"on\": \"2026-03-11\", \"at\": \"2026-03-12T09:00:00Z\", \"reason\": \"seen\"}",
                "{\"decided\": \"flare\", \"on\": \"2026-03-11\", \"reason\": \"x\", \"minutes\": 20}",
                "{\"decided\": \"check_ups\", \"on\": \"2026-03-11\", \"everyDays\": 60, \"reason\": \"x\"}",
                "{\"decided\": \"referral\", \"on\": \"2026-03-11\", \"reason\": \"x\"}",
                "{\"decided\": \"flare_end\", \"on\": \"2026-03-01\"}")));
        assertThat(all).contains(
                "$.careDecisions[0].activity: unknown value 'sitting'",
                "$.careDecisions[0].sessionsPerWeek: must be from 1 to 7, was 8",
                "$.careDecisions[0].minutes: must be from 5 to 240, was 300",
                "$.careDecisions[0].rpeCap: must be from 1 to 10, was 11",
                "$.careDecisions[0].colour: unknown field",
                "$.careDecisions[1].effortCap: give the cap once, as rpeCap or effortCap",
                "$.careDecisions[1].minutes: a level needs minutes or distanceKm",
                "$.careDecisions[2].irritability: unknown value 'SOMETIMES'; allowed: LOW, MODERATE, HIGH",
                "$.careDecisions[2].reason: say why",
                "$.careDecisions[3].at: is required",
                "$.careDecisions[4].at: is on 2026-03-12 in the person's time zone, not on the decision's day 2026-03-11",
                "$.careDecisions[5].minutes: unknown field; allowed here: decided, on, reason",
                "$.careDecisions[6].everyDays: must be from 7 to 56, was 60",
                "$.careDecisions[7].decided: unknown value 'referral'; allowed: level, flare, flare_end, clearance, "
                        + "irritability, check_ups",
                "$.careDecisions[8].reason: is required");
        assertThat(problems(withDecision("{\"decided\": \"flare\", \"on\": \"2026-03-11\", \"reason\": \"a\"},"
                + "{\"decided\": \"flare_end\", \"on\": \"2026-03-09\", \"reason\": \"b\"}")))
                .isEqualTo("$.careDecisions[1].on: is before the decision listed above it (2026-03-11); "
                        + "list the decisions in the order they were made");
    }

    @Test
    void badCheckUpsAreRefusedNamingTheirPath() {
        String all = problems("{\"asOf\": \"2026-03-20\", \"checkUps\": ["
                + "{\"date\": \"2026-03-01\", \"weeklyPain\": 11, \"mood\": 3},"
                + "{\"date\": \"2026-03-02\", \"abilities\": [{\"activity\": \"gardening\", \"score\": 4}, "
                + "{\"activity\": \"Gardening \", \"score\": 3}, {\"activity\": \"lifting\"}]},"
                + "{\"date\": \"2026-03-03\"},"
                + "{\"weeklyPain\": 3, \"abilities\": [" + "{\"activity\": \"a\", \"score\": 1},".repeat(5)
                + "{\"activity\": \"f\", \"score\": 1}]}]}");
        assertThat(all).contains(
                "$.checkUps[0].weeklyPain: must be from 0 to 10, was 11",
                "$.checkUps[0].mood: unknown field; allowed here: date, weeklyPain, abilities",
                "$.checkUps[1].abilities[1].activity: 'Gardening' is named twice in this check-up",
                "$.checkUps[1].abilities[2].score: is required",
                "$.checkUps[2].weeklyPain: a check-up answers at least one question",
                "$.checkUps[3].date: is required",
                "$.checkUps[3].abilities: at most 5 activities, was 6");
    }
}
