package org.plimsoll.engine.unit;

/** Session effort on the CR-10 scale (0–10), Foster 2001: the session's RPE. */
public record Effort(int value) implements Comparable<Effort> {
    public Effort {
        ZeroToTen.require("RPE", value);
    }

    public static Effort of(int value) {
        return new Effort(value);
    }

    /** Whether this effort stays within a cap on the same scale. */
    public boolean isWithin(int cap) {
        return value <= cap;
    }

    @Override
    public int compareTo(Effort other) {
        return Integer.compare(value, other.value);
    }
}
