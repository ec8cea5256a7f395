package org.plimsoll.engine.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The engine's own t distribution against published values (scipy.stats.t, to 10 decimals). */
class StudentTTest {

    @Test
    void twoSidedChancesMatchThePublishedValues() {
        assertThat(StudentT.twoSidedP(0.5, 1)).isCloseTo(0.7048327646991335, within(1e-10));
        assertThat(StudentT.twoSidedP(0.5, 2)).isCloseTo(2.0 / 3, within(1e-10));
        assertThat(StudentT.twoSidedP(1.96, 5)).isCloseTo(0.10728795250529416, within(1e-10));
        assertThat(StudentT.twoSidedP(2.5, 10)).isCloseTo(0.03144684423660882, within(1e-10));
        assertThat(StudentT.twoSidedP(3.5, 30)).isCloseTo(0.0014768074376442532, within(1e-12));
        assertThat(StudentT.twoSidedP(1.96, 78)).isCloseTo(0.05356739210498185, within(1e-10));
        assertThat(StudentT.twoSidedP(3.5, 1000)).isCloseTo(0.0004857743459678326, within(1e-12));
        assertThat(StudentT.twoSidedP(0, 10)).isCloseTo(1, within(1e-12));
        assertThat(StudentT.twoSidedP(-2.5, 10)).isEqualTo(StudentT.twoSidedP(2.5, 10));
    }

    @Test
    void quantilesMatchThePublishedValues() {
        assertThat(StudentT.twoSidedQuantile(0.05, 1)).isCloseTo(12.706204736174705, within(1e-8));
        assertThat(StudentT.twoSidedQuantile(0.05, 5)).isCloseTo(2.5705818356363155, within(1e-9));
        assertThat(StudentT.twoSidedQuantile(0.01, 10)).isCloseTo(3.1692726726169504, within(1e-9));
        assertThat(StudentT.twoSidedQuantile(0.05 / 6, 30)).isCloseTo(2.8246957139910136, within(1e-9));
        assertThat(StudentT.twoSidedQuantile(0.05, 78)).isCloseTo(1.990847068811691, within(1e-9));
        assertThat(StudentT.twoSidedQuantile(0.1, 78)).isCloseTo(1.6646246445066153, within(1e-9));
    }

    @Test
    void aChanceOutsideZeroToOneOrNoDegreesOfFreedomIsRefused() {
        assertThatThrownBy(() -> StudentT.twoSidedQuantile(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.twoSidedQuantile(1.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.twoSidedP(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
