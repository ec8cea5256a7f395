package org.plimsoll.engine.unit;

/** One quantity over another of the same kind (1.3 for 30% more): never negative. */
public record Ratio(double value) implements Comparable<Ratio> {
    public Ratio {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("ratio must not be negative, was " + value);
        }
    }

    public static Ratio of(double value) {
        return new Ratio(value);
    }

    @Override
    public int compareTo(Ratio other) {
        return Double.compare(value, other.value);
    }
}
