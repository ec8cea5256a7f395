package org.plimsoll.engine.session;

import java.util.OptionalDouble;

/** One exercise of a strength session: sets × reps, with an optional load. */
public record StrengthSet(String exercise, int sets, int reps, OptionalDouble loadKg) {
    public StrengthSet {
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("exercise must be named");
        }
        if (sets < 1 || reps < 1) {
            throw new IllegalArgumentException("sets and reps must be at least 1");
        }
        if (loadKg.isPresent() && loadKg.getAsDouble() < 0) {
            throw new IllegalArgumentException("load must not be negative");
        }
    }
}
