package org.plimsoll.engine.live;

import java.util.OptionalInt;

/**
 * The decision guide for pain reported in the middle of a session (ENGINE.md section 4, seeds 002
 * and 003).
 */
public final class LiveGuide {
    private LiveGuide() {
    }

    public enum Decision { CARRY_ON, MODIFY, STOP }

    /** What to do now, and why. */
    public record Advice(Decision decision, String reason) {
    }

    /**
     * @param pain the pain now, 0–10
     * @param earlier the pain reported earlier in this session, to tell rising from stable
     * @param sharp whether the pain is sharp
     */
    public static Advice decide(int pain, OptionalInt earlier, boolean sharp) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0–10, was " + pain);
        }
        boolean rising = earlier.isPresent() && pain > earlier.getAsInt();
        if (sharp) {
            return new Advice(Decision.STOP, "Sharp pain: stop this movement and pick a different one.");
        }
        if (pain >= 5) {
            return new Advice(Decision.STOP, "Pain " + pain + "/10: stop this movement and pick a different one.");
        }
        if (rising && pain >= 3) {
            return new Advice(Decision.STOP, "Pain is rising (" + earlier.getAsInt() + " → " + pain
                    + "): stop this movement and pick a different one.");
        }
        if (pain <= 2 || (pain == 3 && !rising)) {
            return new Advice(Decision.CARRY_ON, "Pain " + pain + "/10 and not rising: carry on.");
        }
        return new Advice(Decision.MODIFY, "Pain " + pain + "/10: shorten it, keep it easy, and reduce load, range "
                + "or tempo.");
    }
}
