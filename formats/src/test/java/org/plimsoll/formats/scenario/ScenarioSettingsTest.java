package org.plimsoll.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Percent;
import org.plimsoll.formats.json.JsonProblem;

/** SCENARIO.md: an optional "settings" object of the person's coaching settings, each within its range. */
class ScenarioSettingsTest {

    @Test
    void settingsNotGivenTakeTheirDefaultsAndGivenOnesAreKept() {
        var read = ScenarioReader.read("{\"asOf\": \"2026-03-15\", \"settings\": {\"holdDays\": 21, "
                + "\"flareVolumePercent\": 60, \"baselineDiscountPercent\": 20, \"breakDays\": 14}}");
        assertThat(read.problems()).isEmpty();
        CoachingSettings s = read.scenario().orElseThrow().history().settings();
        assertThat(s.holdDays()).isEqualTo(21);
        assertThat(s.flareVolumePercent()).isEqualTo(60);
        assertThat(s.baselineDiscountPercent()).hasValue(Percent.of(20));
        assertThat(s.progressionStepPercent()).isEqualTo(10);
        assertThat(s.flareFurtherCutPercent()).isEqualTo(15);
        assertThat(s.breakDays()).isEqualTo(14);
        assertThat(ScenarioReader.read("{\"asOf\": \"2026-03-15\"}").scenario().orElseThrow().history().settings())
                .isEqualTo(CoachingSettings.DEFAULT);
    }

    @Test
    void aValueOutsideItsRangeOrAnUnknownSettingIsRefusedWithItsPath() {
        var read = ScenarioReader.read("{\"asOf\": \"2026-03-15\", \"settings\": {\"holdDays\": 30, "
                + "\"progressionStepPercent\": 12.5, \"holdWeeks\": 2, \"breakDays\": 35}}");
        assertThat(read.scenario()).isEmpty();
        assertThat(read.problems()).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                "$.settings.holdDays: must be from 14 to 21, was 30",
                "$.settings.progressionStepPercent: must be a whole number from 10 to 15, was 12.5",
                "$.settings.breakDays: must be from 14 to 28, was 35",
                "$.settings.holdWeeks: " + read.problems().stream().filter(p -> p.path().endsWith("holdWeeks"))
                        .findFirst().orElseThrow().message());
    }
}
