package org.plimsoll.engine.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.profile.Region;

/** ENGINE.md section 13: the library in three phases. */
class ExerciseLibraryTest {
    @Test
    void phaseOneRestoresToleranceWithoutLoadedStrength() {
        assertThat(ExerciseLibrary.forPhase(1, Set.of(Region.LOW))).extracting(Exercise::name)
                .contains("glute bridge", "dead bug", "hip hinge with a dowel")
                .doesNotContain("goblet squat", "trap-bar deadlift");
    }

    @Test
    void phaseTwoAddsGobletSquatsRdlSplitSquatsRowsAndCarries() {
        assertThat(ExerciseLibrary.forPhase(2, Set.of(Region.LOW))).extracting(Exercise::name)
                .contains("goblet squat", "Romanian deadlift (light)", "split squat", "one-arm row", "suitcase carry");
    }

    @Test
    void theUpperBackGetsItsOwnMobilityAndPulling() {
        assertThat(ExerciseLibrary.forPhase(1, Set.of(Region.UPPER))).extracting(Exercise::name)
                .contains("thoracic open book", "band pull-apart").doesNotContain("hip hinge with a dowel");
    }

    @Test
    void aFlarePausesHeavyHingingButNotStableLowerBodyWork() {
        Exercise rdl = ExerciseLibrary.EXERCISES.stream().filter(e -> e.name().startsWith("Romanian")).findFirst().orElseThrow();
        Exercise split = ExerciseLibrary.EXERCISES.stream().filter(e -> e.name().equals("split squat")).findFirst().orElseThrow();
        assertThat(ExerciseLibrary.pausedInFlare(rdl)).isTrue();
        assertThat(ExerciseLibrary.pausedInFlare(split)).isFalse();
    }
}
