package org.plimsoll.engine.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemandAndUsualPainTest {

    @Test
    void aDemandIsZeroToThree() {
        assertThat(Demand.of(0).value()).isZero();
        assertThat(Demand.of(3).value()).isEqualTo(3);
        assertThatThrownBy(() -> Demand.of(4)).hasMessage("a demand must be 0–3, was 4");
        assertThatThrownBy(() -> Demand.of(-1)).hasMessage("a demand must be 0–3, was -1");
        assertThatThrownBy(() -> Demand.of(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMedianPainKeepsItsHalfPointAndStaysOnTheScale() {
        // The usual pain B is the median of whole pains, so it may fall on a half.
        assertThat(MeanPain.of(2.5).value()).isEqualTo(2.5);
        assertThatThrownBy(() -> MeanPain.of(10.5)).hasMessage("a mean pain must be 0–10, was 10.5");
        assertThatThrownBy(() -> MeanPain.of(-0.5)).hasMessage("a mean pain must be 0–10, was -0.5");
        assertThatThrownBy(() -> MeanPain.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
