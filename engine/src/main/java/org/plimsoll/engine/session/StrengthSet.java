package org.plimsoll.engine.session;

import java.util.Optional;
import org.plimsoll.engine.unit.Kilograms;

/** One exercise of a strength session: sets × reps, with an optional load (never negative: {@link Kilograms}). */
public record StrengthSet(String exercise, int sets, int reps, Optional<Kilograms> loadKg) {
    public StrengthSet {
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("exercise must be named");
        }
        if (sets < 1 || reps < 1) {
            throw new IllegalArgumentException("sets and reps must be at least 1");
        }
        java.util.Objects.requireNonNull(loadKg, "loadKg");
    }
}
