package org.plimsoll.engine.context;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.unit.ZeroToTen;

/**
 * The rest of life on one day. An entry dated D holds the sleep of the night that ended on
 * the morning of D, and the stress and sitting of day D (ENGINE.md section 1).
 */
public record DailyContext(LocalDate date, OptionalDouble sleepHours, OptionalInt sleepQuality,
                           OptionalInt stress, OptionalDouble sittingHours) {
    public DailyContext {
        if (sleepHours.isPresent() && (sleepHours.getAsDouble() < 0 || sleepHours.getAsDouble() > 24)) {
            throw new IllegalArgumentException("sleep hours must be 0–24");
        }
        if (sleepQuality.isPresent() && (sleepQuality.getAsInt() < 1 || sleepQuality.getAsInt() > 5)) {
            throw new IllegalArgumentException("sleep quality must be 1–5");
        }
        if (stress.isPresent()) {
            ZeroToTen.require("stress", stress.getAsInt());
        }
        if (sittingHours.isPresent() && (sittingHours.getAsDouble() < 0 || sittingHours.getAsDouble() > 24)) {
            throw new IllegalArgumentException("sitting hours must be 0–24");
        }
    }
}
