package org.plimsoll.engine.unit;

/**
 * Minutes with a fraction, never negative: a baseline test's pain onset and the tolerance and
 * baseline averaged from the tests, which rounding to whole {@link Minutes} would move.
 */
public record ExactMinutes(double value) implements Comparable<ExactMinutes> {
    public ExactMinutes {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("minutes must not be negative, was " + value);
        }
    }

    public static ExactMinutes of(double value) {
        return new ExactMinutes(value);
    }

    /** To the nearest whole minute, as a level or target holds minutes. */
    public Minutes rounded() {
        return new Minutes((int) Math.round(value));
    }

    /** The whole minutes within these (42.5 holds 42). */
    public Minutes wholeWithin() {
        return new Minutes((int) Math.floor(value));
    }

    @Override
    public int compareTo(ExactMinutes other) {
        return Double.compare(value, other.value);
    }
}
