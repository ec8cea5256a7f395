package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 28: the return's phase says what it is for, not only "Phase 1 of 3". */
class ReturnPhasesTest {
    @Test
    void eachPhaseSaysWhatItIsForInPlainWords() {
        assertThat(ReturnPhases.of(1)).startsWith("Phase 1 of 3 of your return to training: getting your back used to")
                .endsWith("pain kept low.");
        assertThat(ReturnPhases.of(2)).contains("rebuilding strength");
        assertThat(ReturnPhases.of(3)).contains("heavier lifting if you want it");
    }

    @Test
    void thereIsNoFourthPhase() {
        assertThatThrownBy(() -> ReturnPhases.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
