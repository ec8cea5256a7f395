package org.plimsoll.engine.unit;

/**
 * The 0–10 rating scale shared by pain, effort (Borg CR-10), an RPE cap and stress: the one place
 * its range is checked.
 */
public final class ZeroToTen {
    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    private ZeroToTen() {
    }

    /** The value, if it is on the scale; else a clear message naming what it was. */
    public static int require(String what, int value) {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException(what + " must be 0–10, was " + value);
        }
        return value;
    }

    /** The value brought onto the scale, for a rule that computes a cap by adding or taking away points. */
    public static int clamp(int value) {
        return Math.max(LOWEST, Math.min(HIGHEST, value));
    }
}
