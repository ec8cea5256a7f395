package org.plimsoll.engine.library;

import java.util.Set;
import org.plimsoll.engine.profile.Region;

/**
 * One exercise of the library: which it is, its movement pattern, the phase it belongs to and the
 * regions it suits. Its name and cue are words, in module {@code words}.
 */
public record Exercise(Move move, Pattern pattern, int phase, Set<Region> regions) {
    public enum Pattern { HINGE, SQUAT, GLUTE, CORE_STABILITY, UPPER_BACK, MOBILITY, BREATHING, CARRY }

    /** The library's exercises (ENGINE.md section 13). */
    public enum Move {
        RELAXED_BELLY_BREATHING,
        GLUTE_BRIDGE,
        DEAD_BUG,
        BIRD_DOG,
        HIP_HINGE_WITH_DOWEL,
        HIP_FLEXOR_OPENER,
        THORACIC_OPEN_BOOK,
        BAND_PULL_APART,
        BAND_ROW,
        FACE_PULL,
        GOBLET_SQUAT,
        SPLIT_SQUAT,
        STEP_UP,
        ROMANIAN_DEADLIFT,
        SIDE_PLANK,
        SUITCASE_CARRY,
        ONE_ARM_ROW,
        SLED_PUSH,
        TRAP_BAR_DEADLIFT,
        BARBELL_BACK_SQUAT,
        BARBELL_ROW
    }

    public Exercise {
        regions = Set.copyOf(regions);
    }
}
