package org.plimsoll.engine.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.dose.Work;

/** The units of a goal, a setting and a check-up, and a strength session's work: each refuses what it cannot be. */
class GoalAndOutcomeUnitsTest {

    @Test
    void aPercentageIsZeroToAHundred() {
        assertThat(Percent.of(0).fraction()).isEqualTo(0.0);
        assertThat(Percent.of(15).fraction()).isEqualTo(0.15);
        assertThat(Percent.of(100).fraction()).isEqualTo(1.0);
        assertThatThrownBy(() -> Percent.of(-1)).hasMessage("a percentage must be 0–100, was -1");
        assertThatThrownBy(() -> Percent.of(101)).hasMessage("a percentage must be 0–100, was 101");
    }

    @Test
    void sessionsAWeekAreOneToFourteen() {
        assertThat(SessionsPerWeek.of(1).value()).isEqualTo(1);
        assertThat(SessionsPerWeek.of(14).value()).isEqualTo(14);
        assertThatThrownBy(() -> SessionsPerWeek.of(0)).hasMessage("sessions a week must be 1–14, was 0");
        assertThatThrownBy(() -> SessionsPerWeek.of(15)).hasMessage("sessions a week must be 1–14, was 15");
    }

    @Test
    void aFunctionScoreIsZeroToTenWithAFraction() {
        assertThat(FunctionScore.of(6.5).value()).isEqualTo(6.5);
        assertThat(FunctionScore.of(0)).isLessThan(FunctionScore.of(10));
        assertThatThrownBy(() -> FunctionScore.of(-0.1)).hasMessage("a function score must be 0–10, was -0.1");
        assertThatThrownBy(() -> FunctionScore.of(10.5)).hasMessage("a function score must be 0–10, was 10.5");
        assertThatThrownBy(() -> FunctionScore.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workRoundsAsTheStrengthRulesRound() {
        // 516 × 1.05 = 541.8: a raised week's work is whole; 70% of 515 is 360.5, kept to 0.01.
        assertThat(Work.of(516).times(1.05)).isEqualTo(Work.of(542));
        assertThat(Work.of(515).percent(70)).isEqualTo(Work.of(360.5));
        assertThat(Work.of(480).min(Work.of(516))).isEqualTo(Work.of(480));
        assertThat(Work.of(480).shareOf(Work.of(600)).value()).isEqualTo(0.8);
        assertThat(Work.of(0).isZero()).isTrue();
        assertThatThrownBy(() -> Work.of(-1)).hasMessage("work must not be negative, was -1.0");
        assertThatThrownBy(() -> Work.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
