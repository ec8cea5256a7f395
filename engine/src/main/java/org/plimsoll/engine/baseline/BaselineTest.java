package org.plimsoll.engine.baseline;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Reps;

/** An easy effort stopped when pain started: how far, how long, or how many reps (ENGINE.md section 5). */
public record BaselineTest(Activity activity, LocalDate date, Optional<Distance> painOnsetKm,
                           Optional<ExactMinutes> painOnsetMinutes, Optional<Reps> painOnsetReps) {
    public BaselineTest {
        if (painOnsetKm.isEmpty() && painOnsetMinutes.isEmpty() && painOnsetReps.isEmpty()) {
            throw new IllegalArgumentException("a baseline test needs a distance, a time or a rep count");
        }
    }
}
