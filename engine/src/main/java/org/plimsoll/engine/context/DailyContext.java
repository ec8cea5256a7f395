package org.plimsoll.engine.context;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/**
 * The rest of life on one day. An entry dated D holds the sleep of the night that ended on
 * the morning of D, and the stress and sitting of day D (ENGINE.md section 1). Each value
 * checks its own range (0–24 hours, quality 1–5, stress 0–10).
 */
public record DailyContext(LocalDate date, Optional<Hours> sleepHours, Optional<SleepQuality> sleepQuality,
                           Optional<Stress> stress, Optional<Hours> sittingHours) {
    public DailyContext {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(sleepHours, "sleepHours");
        java.util.Objects.requireNonNull(sleepQuality, "sleepQuality");
        java.util.Objects.requireNonNull(stress, "stress");
        java.util.Objects.requireNonNull(sittingHours, "sittingHours");
    }
}
