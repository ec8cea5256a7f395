package org.plimsoll.engine.session;

/** Session effort on the CR-10 scale (0–10), Foster 2001. */
public record Rpe(int value) {
    public Rpe {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("RPE must be 0–10, was " + value);
        }
    }
}
