package org.plimsoll.engine.unit;

/** An average of rep counts, with a fraction (11.3): a baseline test's tolerance and baseline in reps. */
public record MeanReps(double value) implements Comparable<MeanReps> {
    public MeanReps {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("reps must not be negative, was " + value);
        }
    }

    public static MeanReps of(double value) {
        return new MeanReps(value);
    }

    /** The whole reps within this average (11.3 holds 11). */
    public Reps wholeWithin() {
        return new Reps((int) Math.floor(value));
    }

    @Override
    public int compareTo(MeanReps other) {
        return Double.compare(value, other.value);
    }
}
