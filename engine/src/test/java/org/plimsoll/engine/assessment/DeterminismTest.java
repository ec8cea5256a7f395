package org.plimsoll.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;

/** An empty history is assessed; the demo's long histories are checked in the demo module. */
class DeterminismTest {

    @Test
    void anEmptyHistoryAssessesWithoutLevelsAndSaysSo() {
        Assessment a = Story.of().asOf(1);
        assertThat(a.activities()).isEmpty();
        assertThat(a.responses()).isEmpty();
        assertThat(a.plan()).extracting(p -> p.kind().name()).containsOnly("STRENGTH", "WALK");
        assertThat(a.insights().sessionsNeeded()).isEqualTo(20);
        assertThat(a.load().weekAU()).isZero();
    }
}
