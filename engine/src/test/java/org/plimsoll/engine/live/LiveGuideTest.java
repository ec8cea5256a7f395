package org.plimsoll.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.live.LiveGuide.Decision;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.reason.InsightReason;

/** ENGINE.md section 4: what to do with pain in the middle of a session. */
class LiveGuideTest {
    @Test
    void twoOrLessCarriesOn() {
        assertThat(LiveGuide.decide(Pain.of(2), Optional.of(Pain.of(1)), false).decision()).isEqualTo(Decision.CARRY_ON);
    }

    @Test
    void threeAndNotRisingCarriesOn() {
        assertThat(LiveGuide.decide(Pain.of(3), Optional.of(Pain.of(3)), false).decision()).isEqualTo(Decision.CARRY_ON);
    }

    @Test
    void fourAndStableIsModify() {
        assertThat(LiveGuide.decide(Pain.of(4), Optional.of(Pain.of(4)), false).decision()).isEqualTo(Decision.MODIFY);
        assertThat(LiveGuide.decide(Pain.of(4), Optional.empty(), false).reason()).isEqualTo(new InsightReason.LiveModify(4));
    }

    @Test
    void fiveOrMoreSharpOrRisingStops() {
        assertThat(LiveGuide.decide(Pain.of(5), Optional.empty(), false).decision()).isEqualTo(Decision.STOP);
        assertThat(LiveGuide.decide(Pain.of(1), Optional.empty(), true).decision()).isEqualTo(Decision.STOP);
        assertThat(LiveGuide.decide(Pain.of(4), Optional.of(Pain.of(3)), false).decision()).isEqualTo(Decision.STOP);
    }
}
