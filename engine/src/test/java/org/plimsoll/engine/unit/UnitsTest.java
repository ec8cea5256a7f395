package org.plimsoll.engine.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.dose.Dose;

class UnitsTest {

    @Test
    void painAndEffortAreOnTheZeroToTenScale() {
        assertThat(new Pain(10).value()).isEqualTo(10);
        assertThatThrownBy(() -> new Pain(11)).hasMessage("pain must be 0–10, was 11");
        assertThatThrownBy(() -> new Effort(-1)).hasMessage("RPE must be 0–10, was -1");
        assertThatThrownBy(() -> ZeroToTen.require("stress", 12)).hasMessage("stress must be 0–10, was 12");
    }

    @Test
    void minutesAndDistanceAreNeverNegative() {
        assertThatThrownBy(() -> new Minutes(-5)).hasMessage("minutes must not be negative, was -5");
        assertThatThrownBy(() -> Distance.ofKm(-0.5)).hasMessage("distance must not be negative, was -0.5 km");
        assertThatThrownBy(() -> Distance.ofKm(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heartRateAndHrvArePlausible() {
        assertThat(HeartRate.ofBpm(150).shareOf(HeartRate.ofBpm(200))).isEqualTo(0.75);
        assertThatThrownBy(() -> HeartRate.ofBpm(19)).hasMessage("heart rate must be 20–250 bpm, was 19");
        assertThatThrownBy(() -> Hrv.ofMs(301)).hasMessage("HRV must be 1–300 ms, was 301.0");
        assertThat(Hrv.ofMs(55).percentOf(Hrv.ofMs(50))).isCloseTo(110, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void minutesRoundAsTheRulesRound() {
        // 30 × 1.05 = 31.5 rounds up; 70% of 25 is 17.5, also up.
        assertThat(Minutes.of(30).times(1.05)).isEqualTo(Minutes.of(32));
        assertThat(Minutes.of(25).percent(70)).isEqualTo(Minutes.of(18));
        assertThat(Minutes.of(20).plus(Minutes.of(5))).isEqualTo(Minutes.of(25));
        assertThat(Minutes.of(33).shareOf(Minutes.of(30))).isEqualTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Distance.ofKm(5).times(1.1)).isEqualTo(Distance.ofKm(5.5));
        assertThat(Distance.ofKm(5).percent(70)).isEqualTo(Distance.ofKm(3.5));
    }

    @Test
    void aDoseComparesItsVolumeLikeWithLike() {
        Dose halfAnHour = new Dose(3, Optional.of(Minutes.of(30)), Optional.empty(), 4, Optional.empty());
        Dose fiveKm = new Dose(3, Optional.empty(), Optional.of(Distance.ofKm(5)), 4, Optional.empty());
        Dose twentyMinutes = new Dose(3, Optional.of(Minutes.of(20)), Optional.empty(), 4, Optional.empty());
        assertThat(halfAnHour.volumeAbove(0.6, twentyMinutes.scaledVolume(1.5))).isTrue();
        assertThat(twentyMinutes.volumeAbove(0.7, halfAnHour)).isFalse();
        // 30 minutes are not "above" 5 km, whatever the share: they are not the same measure.
        assertThat(halfAnHour.volumeAbove(0.1, fiveKm)).isFalse();
        assertThat(fiveKm.volumeAbove(0.1, halfAnHour)).isFalse();
    }

    @Test
    void aDoseOutsideItsBoundsIsABugAndThrowsAsALevelDoes() {
        assertThatThrownBy(() -> new Dose(0, Optional.of(Minutes.of(30)), Optional.empty(), 4, Optional.empty()))
                .hasMessage("a dose has 1–14 sessions a week, was 0");
        assertThatThrownBy(() -> new Dose(3, Optional.of(Minutes.of(30)), Optional.empty(), 11, Optional.empty()))
                .hasMessage("RPE cap must be 0–10, was 11");
    }
}
