package org.plimsoll.engine.unit;

/** A load lifted or carried, in kilograms: never negative. */
public record Kilograms(double value) implements Comparable<Kilograms> {
    public Kilograms {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("load must not be negative, was " + value + " kg");
        }
    }

    public static Kilograms of(double value) {
        return new Kilograms(value);
    }

    @Override
    public int compareTo(Kilograms other) {
        return Double.compare(value, other.value);
    }
}
