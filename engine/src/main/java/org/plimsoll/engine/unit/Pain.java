package org.plimsoll.engine.unit;

/** Pain on the 0–10 numeric rating scale. */
public record Pain(int value) implements Comparable<Pain> {
    public Pain {
        ZeroToTen.require("pain", value);
    }

    public static Pain of(int value) {
        return new Pain(value);
    }

    public boolean isAbove(Pain other) {
        return value > other.value;
    }

    /** How many points above the other this pain is (negative when below). */
    public int pointsAbove(Pain other) {
        return value - other.value;
    }

    @Override
    public int compareTo(Pain other) {
        return Integer.compare(value, other.value);
    }
}
