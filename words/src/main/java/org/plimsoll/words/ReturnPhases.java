package org.plimsoll.words;

/**
 * The phase of the return to training (ENGINE.md section 13) as a person reads it: its number, which
 * the reasons also use ("Phase 2 of the return to training"), and what the phase is for, since
 * "Phase 1 of 3" alone says nothing.
 */
public final class ReturnPhases {
    public static final int PHASES = 3;

    private ReturnPhases() {
    }

    /** "Phase 1 of 3 of your return to training: getting your back used to regular activity again ...". */
    public static String of(int phase) {
        return "Phase " + phase + " of " + PHASES + " of your return to training: " + meaning(phase) + ".";
    }

    private static String meaning(int phase) {
        return switch (phase) {
            case 1 -> "getting your back used to regular activity again, with walking, gentle hinges and bridges,"
                    + " and pain kept low";
            case 2 -> "rebuilding strength, with squats, hinges, rows and carries two or three days a week";
            case 3 -> "heavier lifting if you want it, raised more slowly";
            default -> throw new IllegalArgumentException("phase 1-" + PHASES + ": " + phase);
        };
    }
}
