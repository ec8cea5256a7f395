package org.plimsoll.engine.library;

import java.util.List;
import java.util.Set;
import org.plimsoll.engine.library.Exercise.Pattern;
import org.plimsoll.engine.profile.Region;

/**
 * The exercise library of ENGINE.md section 13 (seeds 003 and 004), in three phases: 1 restore
 * tolerance, 2 rebuild strength, 3 heavier loading. Written in our own words.
 */
public final class ExerciseLibrary {
    private static final Set<Region> ALL = Set.of(Region.LOW, Region.MID, Region.UPPER);
    private static final Set<Region> LOW = Set.of(Region.LOW);
    private static final Set<Region> UPPER_MID = Set.of(Region.MID, Region.UPPER);

    public static final List<Exercise> EXERCISES = List.of(
            new Exercise("relaxed belly breathing", Pattern.BREATHING, 1, ALL, "Slow breaths low into the belly; let the ribs settle."),
            new Exercise("glute bridge", Pattern.GLUTE, 1, ALL, "Lift slowly, ribs down; stop short of any pinch."),
            new Exercise("dead bug", Pattern.CORE_STABILITY, 1, ALL, "Keep the low back quiet while the limbs move."),
            new Exercise("bird dog", Pattern.CORE_STABILITY, 1, ALL, "Reach long, not high; hips stay level."),
            new Exercise("hip hinge with a dowel", Pattern.HINGE, 1, LOW, "Hips back, the dowel touching head, upper back and tailbone."),
            new Exercise("hip-flexor opener", Pattern.MOBILITY, 1, LOW, "Gentle lunge stretch, tuck the pelvis slightly."),
            new Exercise("thoracic open book", Pattern.MOBILITY, 1, UPPER_MID, "Rotate through the upper back, breathe out as you open."),
            new Exercise("band pull-apart", Pattern.UPPER_BACK, 1, UPPER_MID, "Shoulders down and relaxed; squeeze the shoulder blades."),
            new Exercise("band row", Pattern.UPPER_BACK, 1, ALL, "Pull the elbows back past the ribs; shoulders stay down."),
            new Exercise("face pull with a band", Pattern.UPPER_BACK, 1, UPPER_MID, "Pull toward the eyes, elbows high; squeeze the shoulder blades."),
            new Exercise("goblet squat", Pattern.SQUAT, 2, ALL, "Weight close to the chest, sit between the heels."),
            new Exercise("split squat", Pattern.SQUAT, 2, ALL, "Tall trunk, front knee tracks over the toes."),
            new Exercise("step-up", Pattern.SQUAT, 2, ALL, "Drive through the whole foot; control the way down."),
            new Exercise("Romanian deadlift (light)", Pattern.HINGE, 2, LOW, "Hinge at the hips with a long spine; stop at mid-shin."),
            new Exercise("side plank", Pattern.CORE_STABILITY, 2, ALL, "Straight line from head to heels; short holds first."),
            new Exercise("suitcase carry", Pattern.CARRY, 2, ALL, "Walk tall with a weight in one hand; do not lean."),
            new Exercise("one-arm row", Pattern.UPPER_BACK, 2, ALL, "Pull the elbow toward the hip; no twisting."),
            new Exercise("sled push", Pattern.SQUAT, 2, LOW, "Steady steps, braced trunk."),
            new Exercise("trap-bar deadlift", Pattern.HINGE, 3, LOW, "Only once hinges are confirmed; progress slowly."),
            new Exercise("barbell back squat", Pattern.SQUAT, 3, ALL, "If wanted; add load in small steps."),
            new Exercise("barbell row", Pattern.UPPER_BACK, 3, ALL, "Brace first; no jerking the weight."));

    /** Movements to be careful with for now (seed 003). */
    public static final List<String> CAREFUL_FOR_NOW = List.of(
            "heavy loaded bending (flexion) of the spine",
            "fast twisting, or twisting while bending",
            "high-repetition sit-ups",
            "very heavy barbell work early on",
            "jerky moves without a warm-up");

    /** The 5–8 minute warm-up before every session (ENGINE.md section 12). */
    public static final List<String> WARM_UP = List.of(
            "relaxed breathing", "hip-flexor opener", "slow bridges", "marching drill");

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
