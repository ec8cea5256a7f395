package org.plimsoll.engine.context;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/**
 * The rest of life on one day. An entry dated D holds the sleep of the night that ended on
 * the morning of D, and the stress and sitting of day D (ENGINE.md section 1). Each value
 * checks its own range (0–24 hours, quality 1–5, stress 0–10). From a watch or ring, typed or
 * imported: the morning's heart-rate variability with its kind (an HRV never comes without it:
 * RMSSD and SDNN are on different scales) and the resting heart rate (section 8, "Readiness").
 */
public record DailyContext(LocalDate date, Optional<Hours> sleepHours, Optional<SleepQuality> sleepQuality,
                           Optional<Stress> stress, Optional<Hours> sittingHours, Optional<Hrv> hrv,
                           Optional<HrvKind> hrvKind, Optional<HeartRate> restingHeartRate) {
    public DailyContext {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(sleepHours, "sleepHours");
        java.util.Objects.requireNonNull(sleepQuality, "sleepQuality");
        java.util.Objects.requireNonNull(stress, "stress");
        java.util.Objects.requireNonNull(sittingHours, "sittingHours");
        java.util.Objects.requireNonNull(restingHeartRate, "restingHeartRate");
        if (hrv.isPresent() != hrvKind.isPresent()) {
            throw new IllegalArgumentException("an HRV reading needs its kind (RMSSD or SDNN), and a kind its reading");
        }
    }

    /** A day without a watch or ring's measures. */
    public DailyContext(LocalDate date, Optional<Hours> sleepHours, Optional<SleepQuality> sleepQuality,
                        Optional<Stress> stress, Optional<Hours> sittingHours) {
        this(date, sleepHours, sleepQuality, stress, sittingHours, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This day with a watch or ring's morning measures. */
    public DailyContext withMeasures(Optional<Hrv> hrv, Optional<HrvKind> kind, Optional<HeartRate> resting) {
        return new DailyContext(date, sleepHours, sleepQuality, stress, sittingHours, hrv, kind, resting);
    }
}
