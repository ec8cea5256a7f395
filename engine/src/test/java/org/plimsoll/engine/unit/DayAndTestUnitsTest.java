package org.plimsoll.engine.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The units of a day's context, a strength set's load and a baseline test's averages: each refuses what is off its range. */
class DayAndTestUnitsTest {

    @Test
    void hoursOfADayAreZeroToTwentyFour() {
        assertThat(Hours.of(0).value()).isZero();
        assertThat(Hours.of(24).value()).isEqualTo(24);
        assertThat(Hours.of(7.5).inMinutes()).isEqualTo(450);
        assertThat(Hours.of(5.9).isBelow(6)).isTrue();
        assertThat(Hours.of(6).isBelow(6)).isFalse();
        assertThatThrownBy(() -> Hours.of(24.5)).hasMessage("hours must be 0–24, was 24.5");
        assertThatThrownBy(() -> Hours.of(-0.5)).hasMessage("hours must be 0–24, was -0.5");
        assertThatThrownBy(() -> Hours.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sleepQualityIsOneToFive() {
        assertThat(SleepQuality.of(1).value()).isEqualTo(1);
        assertThat(SleepQuality.of(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> SleepQuality.of(0)).hasMessage("sleep quality must be 1–5, was 0");
        assertThatThrownBy(() -> SleepQuality.of(6)).hasMessage("sleep quality must be 1–5, was 6");
    }

    @Test
    void stressIsOnTheZeroToTenScale() {
        assertThat(Stress.of(0).value()).isZero();
        assertThat(Stress.of(10).value()).isEqualTo(10);
        assertThatThrownBy(() -> Stress.of(11)).hasMessage("stress must be 0–10, was 11");
        assertThatThrownBy(() -> Stress.of(-1)).hasMessage("stress must be 0–10, was -1");
    }

    @Test
    void aLoadIsNeverNegative() {
        assertThat(Kilograms.of(0).value()).isZero();
        assertThat(Kilograms.of(16).value()).isEqualTo(16);
        assertThatThrownBy(() -> Kilograms.of(-2.5)).hasMessage("load must not be negative, was -2.5 kg");
        assertThatThrownBy(() -> Kilograms.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kilograms.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactMinutesKeepTheirFractionUntilAWholeMinuteIsAskedFor() {
        // 42.5 minutes: a target rounds to 43, posture breaks come every 42.
        assertThat(ExactMinutes.of(42.5).rounded()).isEqualTo(Minutes.of(43));
        assertThat(ExactMinutes.of(42.5).wholeWithin()).isEqualTo(Minutes.of(42));
        assertThat(ExactMinutes.of(18.7).value()).isEqualTo(18.7);
        assertThatThrownBy(() -> ExactMinutes.of(-1)).hasMessage("minutes must not be negative, was -1.0");
        assertThatThrownBy(() -> ExactMinutes.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanRepsHoldTheWholeRepsWithinThem() {
        assertThat(MeanReps.of(11.7).wholeWithin()).isEqualTo(Reps.of(11));
        assertThat(MeanReps.of(0).wholeWithin()).isEqualTo(Reps.of(0));
        assertThatThrownBy(() -> MeanReps.of(-0.1)).hasMessage("reps must not be negative, was -0.1");
        assertThatThrownBy(() -> MeanReps.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
