package org.plimsoll.engine.unit;

/** A day's stress as the person rates it, on the 0–10 scale. */
public record Stress(int value) implements Comparable<Stress> {
    public Stress {
        ZeroToTen.require("stress", value);
    }

    public static Stress of(int value) {
        return new Stress(value);
    }

    @Override
    public int compareTo(Stress other) {
        return Integer.compare(value, other.value);
    }
}
