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

    /** This work as a share of a level's work, which must be more than 0. */
    public Ratio shareOf(double levelWork) {
        return new Ratio(value / levelWork);
    }

    @Override
    public int compareTo(Work other) {
        return Double.compare(value, other.value);
    }
}
