package org.plimsoll.engine.unit;

/** Repetitions of one exercise in a set or a test: a whole number, never negative. */
public record Reps(int value) implements Comparable<Reps> {
    public Reps {
        if (value < 0) {
            throw new IllegalArgumentException("reps must not be negative, was " + value);
        }
    }

    public static Reps of(int value) {
        return new Reps(value);
    }

    @Override
    public int compareTo(Reps other) {
        return Integer.compare(value, other.value);
    }
}
