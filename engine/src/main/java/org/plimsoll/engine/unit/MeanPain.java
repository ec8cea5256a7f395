package org.plimsoll.engine.unit;

/** An average of pain scores, on the same 0–10 scale as each score but with a fraction (2.4). */
public record MeanPain(double value) implements Comparable<MeanPain> {
    public MeanPain {
        if (!(value >= 0 && value <= 10)) {
            throw new IllegalArgumentException("a mean pain must be 0–10, was " + value);
        }
    }

    public static MeanPain of(double value) {
        return new MeanPain(value);
    }

    /** Points above another mean (negative when below). */
    public double pointsAbove(MeanPain other) {
        return value - other.value;
    }

    @Override
    public int compareTo(MeanPain other) {
        return Double.compare(value, other.value);
    }
}
