package org.plimsoll.engine.dose;

import org.plimsoll.engine.unit.Ratio;

/**
 * The work of a strength session: sets × reps × load in kg, a bodyweight set counting its load as 1.
 * Never negative.
 */
public record Work(double value) implements Comparable<Work> {
    public Work {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("work must not be negative, was " + value);
        }
    }

    public static Work of(double value) {
        return new Work(value);
    }

    /** This work as a share of a level's work, which must be more than 0. */
    public Ratio shareOf(Work levelWork) {
        return new Ratio(value / levelWork.value);
    }

    /** Scaled by a factor, to whole units, as a level's work is raised or cut. */
    public Work times(double factor) {
        return new Work(Math.round(value * factor));
    }

    /** A whole percentage of this work, to 0.01 of a unit. */
    public Work percent(int percent) {
        return new Work(Math.round(value * percent) / 100.0);
    }

    public Work min(Work other) {
        return value <= other.value ? this : other;
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Work other) {
        return Double.compare(value, other.value);
    }
}
