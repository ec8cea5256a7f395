package org.plimsoll.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.live.LiveGuide.Decision;
import org.plimsoll.engine.reason.InsightReason;

/** ENGINE.md section 4: what to do with pain in the middle of a session. */
class LiveGuideTest {
    @Test
    void twoOrLessCarriesOn() {
        assertThat(LiveGuide.decide(2, OptionalInt.of(1), false).decision()).isEqualTo(Decision.CARRY_ON);
    }

    @Test
    void threeAndNotRisingCarriesOn() {
        assertThat(LiveGuide.decide(3, OptionalInt.of(3), false).decision()).isEqualTo(Decision.CARRY_ON);
    }

    @Test
    void fourAndStableIsModify() {
        assertThat(LiveGuide.decide(4, OptionalInt.of(4), false).decision()).isEqualTo(Decision.MODIFY);
        assertThat(LiveGuide.decide(4, OptionalInt.empty(), false).reason()).isEqualTo(new InsightReason.LiveModify(4));
    }

    @Test
    void fiveOrMoreSharpOrRisingStops() {
        assertThat(LiveGuide.decide(5, OptionalInt.empty(), false).decision()).isEqualTo(Decision.STOP);
        assertThat(LiveGuide.decide(1, OptionalInt.empty(), true).decision()).isEqualTo(Decision.STOP);
        assertThat(LiveGuide.decide(4, OptionalInt.of(3), false).decision()).isEqualTo(Decision.STOP);
    }
}
