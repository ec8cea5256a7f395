package org.plimsoll.engine.library;

import java.util.List;
import java.util.Set;
import org.plimsoll.engine.library.Exercise.Move;
import org.plimsoll.engine.library.Exercise.Pattern;
import org.plimsoll.engine.profile.Region;

/**
 * The exercise library of ENGINE.md section 13 (seeds 003 and 004), in three phases: 1 restore
 * tolerance, 2 rebuild strength, 3 heavier loading. The engine holds each exercise's code; its name
 * and cue, the warm-up's moves and the movements to be careful with are worded in module {@code words}.
 */
public final class ExerciseLibrary {
    private static final Set<Region> ALL = Set.of(Region.LOW, Region.MID, Region.UPPER);
    private static final Set<Region> LOW = Set.of(Region.LOW);
    private static final Set<Region> UPPER_MID = Set.of(Region.MID, Region.UPPER);

    public static final List<Exercise> EXERCISES = List.of(
            new Exercise(Move.RELAXED_BELLY_BREATHING, Pattern.BREATHING, 1, ALL),
            new Exercise(Move.GLUTE_BRIDGE, Pattern.GLUTE, 1, ALL),
            new Exercise(Move.DEAD_BUG, Pattern.CORE_STABILITY, 1, ALL),
            new Exercise(Move.BIRD_DOG, Pattern.CORE_STABILITY, 1, ALL),
            new Exercise(Move.HIP_HINGE_WITH_DOWEL, Pattern.HINGE, 1, LOW),
            new Exercise(Move.HIP_FLEXOR_OPENER, Pattern.MOBILITY, 1, LOW),
            new Exercise(Move.THORACIC_OPEN_BOOK, Pattern.MOBILITY, 1, UPPER_MID),
            new Exercise(Move.BAND_PULL_APART, Pattern.UPPER_BACK, 1, UPPER_MID),
            new Exercise(Move.BAND_ROW, Pattern.UPPER_BACK, 1, ALL),
            new Exercise(Move.FACE_PULL, Pattern.UPPER_BACK, 1, UPPER_MID),
            new Exercise(Move.GOBLET_SQUAT, Pattern.SQUAT, 2, ALL),
            new Exercise(Move.SPLIT_SQUAT, Pattern.SQUAT, 2, ALL),
            new Exercise(Move.STEP_UP, Pattern.SQUAT, 2, ALL),
            new Exercise(Move.ROMANIAN_DEADLIFT, Pattern.HINGE, 2, LOW),
            new Exercise(Move.SIDE_PLANK, Pattern.CORE_STABILITY, 2, ALL),
            new Exercise(Move.SUITCASE_CARRY, Pattern.CARRY, 2, ALL),
            new Exercise(Move.ONE_ARM_ROW, Pattern.UPPER_BACK, 2, ALL),
            new Exercise(Move.SLED_PUSH, Pattern.SQUAT, 2, LOW),
            new Exercise(Move.TRAP_BAR_DEADLIFT, Pattern.HINGE, 3, LOW),
            new Exercise(Move.BARBELL_BACK_SQUAT, Pattern.SQUAT, 3, ALL),
            new Exercise(Move.BARBELL_ROW, Pattern.UPPER_BACK, 3, ALL));

    private ExerciseLibrary() {
    }

    /** The exercises of a phase and those before it that suit the person's regions. */
    public static List<Exercise> forPhase(int phase, Set<Region> regions) {
        return EXERCISES.stream()
                .filter(e -> e.phase() <= phase)
                .filter(e -> e.regions().stream().anyMatch(regions::contains))
                .toList();
    }

    /** Exercises paused in a flare: heavy hinging (deadlifts, high-volume hinges) and barbell work. */
    public static boolean pausedInFlare(Exercise e) {
        return e.pattern() == Pattern.HINGE && e.phase() >= 2 || e.phase() >= 3;
    }
}
