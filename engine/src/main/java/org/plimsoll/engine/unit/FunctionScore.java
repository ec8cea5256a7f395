package org.plimsoll.engine.unit;

/**
 * The patient-specific function scale's score: the mean of the 0–10 ratings of the activities a
 * person named (0 unable, 10 as well as before), so with a fraction (6.5).
 */
public record FunctionScore(double value) implements Comparable<FunctionScore> {
    public FunctionScore {
        if (!(value >= 0 && value <= 10)) {
            throw new IllegalArgumentException("a function score must be 0–10, was " + value);
        }
    }

    public static FunctionScore of(double value) {
        return new FunctionScore(value);
    }

    @Override
    public int compareTo(FunctionScore other) {
        return Double.compare(value, other.value);
    }
}
