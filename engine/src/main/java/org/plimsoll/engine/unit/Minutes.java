package org.plimsoll.engine.unit;

/** A duration in whole minutes, never negative. */
public record Minutes(int value) implements Comparable<Minutes> {
    public static final Minutes ZERO = new Minutes(0);

    public Minutes {
        if (value < 0) {
            throw new IllegalArgumentException("minutes must not be negative, was " + value);
        }
    }

    public static Minutes of(int value) {
        return new Minutes(value);
    }

    public Minutes plus(Minutes other) {
        return new Minutes(value + other.value);
    }

    /** Scaled by a factor, to the nearest whole minute. */
    public Minutes times(double factor) {
        return new Minutes((int) Math.round(value * factor));
    }

    /** A whole percentage of these minutes, to the nearest whole minute. */
    public Minutes percent(int percent) {
        return new Minutes((int) Math.round(value * percent / 100.0));
    }

    /** This as a share of a whole (0.5 for half); the whole must not be zero. */
    public double shareOf(Minutes whole) {
        return value / (double) whole.value;
    }

    public Minutes min(Minutes other) {
        return value <= other.value ? this : other;
    }

    public boolean isAbove(Minutes other) {
        return value > other.value;
    }

    public boolean isZero() {
        return value == 0;
    }

    /** The bare number, so a sentence or page that shows minutes reads "30", as it did before the type. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }

    @Override
    public int compareTo(Minutes other) {
        return Integer.compare(value, other.value);
    }
}
