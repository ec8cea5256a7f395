package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person reads instead of code names. */
class WordingTest {

    @Test
    void fieldsAreNamedInWords() {
        assertThat(Wording.field("sleepHours")).isEqualTo("Hours slept");
        assertThat(Wording.field("/sleepQuality")).isEqualTo("Sleep quality");
        assertThat(Wording.field("/strength/0/sets")).isEqualTo("Strength 1, sets");
        assertThat(Wording.field("$.sessionId")).isEqualTo("Which session");
        assertThat(Wording.field("rpe")).isEqualTo("Effort");
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertThat(Wording.count(1, "session", "sessions")).isEqualTo("1 session");
        assertThat(Wording.count(0, "session", "sessions")).isEqualTo("0 sessions");
        assertThat(Wording.count(12, "session", "sessions")).isEqualTo("12 sessions");
    }

    @Test
    void everyInsightFactorHasAUnitAndAMeaningInWords() {
        for (String factor : java.util.List.of("duration", "effort", "sleep", "stress", "sitting", "impact", "arm load",
                "turning load", "breathing load", "heart-rate variability", "resting heart rate", "readiness")) {
            assertThat(InsightWording.factorUnit(factor)).as(factor).startsWith("each ");
            assertThat(InsightWording.factorMeaning(factor)).as(factor).isNotEqualTo(factor).doesNotContain("RPE");
        }
    }

    @Test
    void anInsightsSizesAreNeverNegativeAndRunSmallToLarge() {
        assertThat(InsightWording.morningChange(-0.5)).isEqualTo("0.5 points better");
        assertThat(InsightWording.morningChange(1.0)).isEqualTo("1 point worse");
        assertThat(InsightWording.morningChange(0.04)).isEqualTo("0.04 points worse");
        assertThat(InsightWording.morningRange(-1.0, -0.1)).isEqualTo("0.1 to 1 points");
        assertThat(InsightWording.morningRange(0.06, 0.78)).isEqualTo("0.1 to 0.8 points");
        assertThat(InsightWording.redChange(-0.12)).isEqualTo("12 in 100 less often");
        assertThat(InsightWording.redRange(-0.2, -0.03)).isEqualTo("3 to 20 in 100");
    }
}
