package org.plimsoll.engine.unit;

/** Hours of one day spent some way (asleep, sitting), with a fraction: 0–24. */
public record Hours(double value) implements Comparable<Hours> {
    public static final double HIGHEST = 24;

    public Hours {
        if (!(value >= 0 && value <= HIGHEST)) {
            throw new IllegalArgumentException("hours must be 0–24, was " + value);
        }
    }

    public static Hours of(double value) {
        return new Hours(value);
    }

    public boolean isBelow(double hours) {
        return value < hours;
    }

    /** These hours in minutes, with a fraction (7.5 hours are 450). */
    public double inMinutes() {
        return value * 60;
    }

    @Override
    public int compareTo(Hours other) {
        return Double.compare(value, other.value);
    }
}
