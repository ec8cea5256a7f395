package org.plimsoll.engine.unit;

/** A whole percentage of something, 0–100: a discount taken off a tolerance, say. */
public record Percent(int value) implements Comparable<Percent> {
    public Percent {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("a percentage must be 0–100, was " + value);
        }
    }

    public static Percent of(int value) {
        return new Percent(value);
    }

    /** This percentage as a fraction: 0.15 for 15%. */
    public double fraction() {
        return value / 100.0;
    }

    @Override
    public int compareTo(Percent other) {
        return Integer.compare(value, other.value);
    }
}
