package org.plimsoll.engine.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.library.Exercise.Move;
import org.plimsoll.engine.profile.Region;

/** ENGINE.md section 13: the library in three phases. */
class ExerciseLibraryTest {
    @Test
    void phaseOneRestoresToleranceWithoutLoadedStrength() {
        assertThat(ExerciseLibrary.forPhase(1, Set.of(Region.LOW))).extracting(Exercise::move)
                .contains(Move.GLUTE_BRIDGE, Move.DEAD_BUG, Move.HIP_HINGE_WITH_DOWEL)
                .doesNotContain(Move.GOBLET_SQUAT, Move.TRAP_BAR_DEADLIFT);
    }

    @Test
    void phaseTwoAddsGobletSquatsRdlSplitSquatsRowsAndCarries() {
        assertThat(ExerciseLibrary.forPhase(2, Set.of(Region.LOW))).extracting(Exercise::move)
                .contains(Move.GOBLET_SQUAT, Move.ROMANIAN_DEADLIFT, Move.SPLIT_SQUAT, Move.ONE_ARM_ROW, Move.SUITCASE_CARRY);
    }

    @Test
    void theUpperBackGetsItsOwnMobilityAndPulling() {
        assertThat(ExerciseLibrary.forPhase(1, Set.of(Region.UPPER))).extracting(Exercise::move)
                .contains(Move.THORACIC_OPEN_BOOK, Move.BAND_PULL_APART).doesNotContain(Move.HIP_HINGE_WITH_DOWEL);
    }

    @Test
    void aFlarePausesHeavyHingingButNotStableLowerBodyWork() {
        Exercise rdl = ExerciseLibrary.EXERCISES.stream().filter(e -> e.move() == Move.ROMANIAN_DEADLIFT).findFirst().orElseThrow();
        Exercise split = ExerciseLibrary.EXERCISES.stream().filter(e -> e.move() == Move.SPLIT_SQUAT).findFirst().orElseThrow();
        assertThat(ExerciseLibrary.pausedInFlare(rdl)).isTrue();
        assertThat(ExerciseLibrary.pausedInFlare(split)).isFalse();
    }
}
