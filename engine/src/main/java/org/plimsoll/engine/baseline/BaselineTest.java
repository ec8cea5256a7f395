package org.plimsoll.engine.baseline;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;

/** An easy effort stopped when pain started: how far, how long, or how many reps (ENGINE.md section 5). */
public record BaselineTest(Activity activity, LocalDate date, OptionalDouble painOnsetKm,
                           OptionalDouble painOnsetMinutes, OptionalInt painOnsetReps) {
    public BaselineTest {
        if (painOnsetKm.isEmpty() && painOnsetMinutes.isEmpty() && painOnsetReps.isEmpty()) {
            throw new IllegalArgumentException("a baseline test needs a distance, a time or a rep count");
        }
    }
}
