package org.plimsoll.words;

import java.util.List;
import org.plimsoll.engine.library.Exercise;
import org.plimsoll.engine.plan.PlannedExercise;

/**
 * The exercise library in words (ENGINE.md section 13, seeds 003 and 004, in our own words): each
 * exercise's name and cue, the warm-up before every session, and the movements to be careful with.
 */
public final class Exercises {
    /** The 5–8 minute warm-up before every session (ENGINE.md section 12). */
    static final List<String> WARM_UP = List.of(
            "relaxed breathing", "hip-flexor opener", "slow bridges", "marching drill");

    /** Movements to be careful with for now (seed 003). */
    static final List<String> CAREFUL_FOR_NOW = List.of(
            "heavy loaded bending (flexion) of the spine",
            "fast twisting, or twisting while bending",
            "high-repetition sit-ups",
            "very heavy barbell work early on",
            "jerky moves without a warm-up");

    private Exercises() {
    }

    /** A planned session's exercises, as the plan lists them. */
    public static List<String> names(List<PlannedExercise> exercises) {
        return exercises.stream().map(Exercises::name).toList();
    }

    public static String name(PlannedExercise e) {
        if (e instanceof PlannedExercise.Library library) {
            return name(library.move());
        }
        return ((PlannedExercise.Own) e).name();
    }

    public static String name(Exercise.Move move) {
        return switch (move) {
            case RELAXED_BELLY_BREATHING -> "relaxed belly breathing";
            case GLUTE_BRIDGE -> "glute bridge";
            case DEAD_BUG -> "dead bug";
            case BIRD_DOG -> "bird dog";
            case HIP_HINGE_WITH_DOWEL -> "hip hinge with a dowel";
            case HIP_FLEXOR_OPENER -> "hip-flexor opener";
            case THORACIC_OPEN_BOOK -> "thoracic open book";
            case BAND_PULL_APART -> "band pull-apart";
            case BAND_ROW -> "band row";
            case FACE_PULL -> "face pull with a band";
            case GOBLET_SQUAT -> "goblet squat";
            case SPLIT_SQUAT -> "split squat";
            case STEP_UP -> "step-up";
            case ROMANIAN_DEADLIFT -> "Romanian deadlift (light)";
            case SIDE_PLANK -> "side plank";
            case SUITCASE_CARRY -> "suitcase carry";
            case ONE_ARM_ROW -> "one-arm row";
            case SLED_PUSH -> "sled push";
            case TRAP_BAR_DEADLIFT -> "trap-bar deadlift";
            case BARBELL_BACK_SQUAT -> "barbell back squat";
            case BARBELL_ROW -> "barbell row";
        };
    }

    /** How to do it well, in a line. */
    public static String cue(Exercise.Move move) {
        return switch (move) {
            case RELAXED_BELLY_BREATHING -> "Slow breaths low into the belly; let the ribs settle.";
            case GLUTE_BRIDGE -> "Lift slowly, ribs down; stop short of any pinch.";
            case DEAD_BUG -> "Keep the low back quiet while the limbs move.";
            case BIRD_DOG -> "Reach long, not high; hips stay level.";
            case HIP_HINGE_WITH_DOWEL -> "Hips back, the dowel touching head, upper back and tailbone.";
            case HIP_FLEXOR_OPENER -> "Gentle lunge stretch, tuck the pelvis slightly.";
            case THORACIC_OPEN_BOOK -> "Rotate through the upper back, breathe out as you open.";
            case BAND_PULL_APART -> "Shoulders down and relaxed; squeeze the shoulder blades.";
            case BAND_ROW -> "Pull the elbows back past the ribs; shoulders stay down.";
            case FACE_PULL -> "Pull toward the eyes, elbows high; squeeze the shoulder blades.";
            case GOBLET_SQUAT -> "Weight close to the chest, sit between the heels.";
            case SPLIT_SQUAT -> "Tall trunk, front knee tracks over the toes.";
            case STEP_UP -> "Drive through the whole foot; control the way down.";
            case ROMANIAN_DEADLIFT -> "Hinge at the hips with a long spine; stop at mid-shin.";
            case SIDE_PLANK -> "Straight line from head to heels; short holds first.";
            case SUITCASE_CARRY -> "Walk tall with a weight in one hand; do not lean.";
            case ONE_ARM_ROW -> "Pull the elbow toward the hip; no twisting.";
            case SLED_PUSH -> "Steady steps, braced trunk.";
            case TRAP_BAR_DEADLIFT -> "Only once hinges are confirmed; progress slowly.";
            case BARBELL_BACK_SQUAT -> "If wanted; add load in small steps.";
            case BARBELL_ROW -> "Brace first; no jerking the weight.";
        };
    }
}
