package org.plimsoll.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.today.Adjustment;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.json.JsonProblem;

/** SCENARIO.md's context fields hrvMs, hrvKind and restingHeartRate, and readiness from them (ENGINE.md section 8). */
class ScenarioReadinessTest {
    /** 53 mornings at 60/50 ms, then a week at 40 ms (RMSSD), ending on 2026-03-01. */
    private static String lowWeek(String settings) {
        StringBuilder context = new StringBuilder();
        LocalDate first = LocalDate.of(2026, 3, 1).minusDays(59);
        for (int d = 0; d < 60; d++) {
            double ms = d >= 53 ? 40 : d % 2 == 0 ? 60 : 50;
            context.append(d == 0 ? "" : ",").append("{\"date\": \"").append(first.plusDays(d))
                    .append("\", \"hrvMs\": ").append(ms).append(", \"hrvKind\": \"RMSSD\", \"restingHeartRate\": 51}");
        }
        return "{\"asOf\": \"2026-03-01\", " + settings + "\"context\": [" + context + "]}";
    }

    @Test
    void aScenariosMorningMeasuresAreReadIntoTheirUnitsAndAWeekOfLowHrvCutsToday() {
        var read = ScenarioReader.read(lowWeek(""));
        assertThat(read.problems()).isEmpty();
        var history = read.scenario().orElseThrow().history();
        assertThat(history.context().get(0).hrv()).contains(Hrv.ofMs(60));
        assertThat(history.context().get(0).hrvKind()).contains(HrvKind.RMSSD);
        assertThat(history.context().get(0).restingHeartRate()).contains(HeartRate.ofBpm(51));
        Assessment a = Assessment.derivedFrom(history, LocalDate.of(2026, 3, 1));
        assertThat(a.today().adjustments()).extracting(Adjustment::cause).containsExactly(Adjustment.Cause.READINESS);
        assertThat(a.today().factor()).isEqualTo(0.9);
    }

    @Test
    void readinessCutPercentZeroInTheScenarioTurnsReadinessOff() {
        var read = ScenarioReader.read(lowWeek("\"settings\": {\"readinessCutPercent\": 0}, "));
        assertThat(read.problems()).isEmpty();
        Assessment a = Assessment.derivedFrom(read.scenario().orElseThrow().history(), LocalDate.of(2026, 3, 1));
        assertThat(a.today().adjustments()).isEmpty();
    }

    @Test
    void anHrvWithoutItsKindOrOutOfRangeIsRefusedNamingTheField() {
        var read = ScenarioReader.read("{\"asOf\": \"2026-03-01\", \"context\": [{\"date\": \"2026-03-01\", "
                + "\"hrvMs\": 52}, {\"date\": \"2026-02-28\", \"hrvMs\": 400, \"hrvKind\": \"RMSSD\", "
                + "\"restingHeartRate\": 12}, {\"date\": \"2026-02-27\", \"hrvMs\": 50, \"hrvKind\": \"LF\"}]}");
        assertThat(read.scenario()).isEmpty();
        assertThat(read.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.context[0].hrvKind", "$.context[1].hrvMs", "$.context[1].restingHeartRate", "$.context[2].hrvKind");
    }
}
