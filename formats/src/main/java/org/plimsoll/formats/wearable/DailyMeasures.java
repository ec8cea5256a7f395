package org.plimsoll.formats.wearable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/**
 * What a phone, watch or ring measured about one day, as a wearable export hands it to the
 * import: the hours asleep in the night that ended on the morning of {@code date}, that morning's
 * heart-rate variability with how it was computed, and the resting heart rate. Any of them may be
 * missing; an HRV always comes with its kind.
 */
public record DailyMeasures(LocalDate date, Optional<Double> sleepHours, Optional<Hrv> hrv,
                            Optional<HrvKind> hrvKind, Optional<HeartRate> restingHeartRate) {
    public DailyMeasures {
        Objects.requireNonNull(date, "date");
        if (sleepHours.isPresent() && !(sleepHours.get() >= 0 && sleepHours.get() <= 24)) {
            throw new IllegalArgumentException("sleep hours must be 0–24, was " + sleepHours.get());
        }
        if (hrv.isPresent() != hrvKind.isPresent()) {
            throw new IllegalArgumentException("an HRV reading needs its kind (RMSSD or SDNN), and a kind its reading");
        }
    }

    /** Whether this day carries nothing to store. */
    public boolean isEmpty() {
        return sleepHours.isEmpty() && hrv.isEmpty() && restingHeartRate.isEmpty();
    }

    /** This day as a daily context entry holding only what was measured. */
    public org.plimsoll.engine.context.DailyContext asContext() {
        return new org.plimsoll.engine.context.DailyContext(date, sleepHours.map(org.plimsoll.engine.unit.Hours::of),
                Optional.empty(), Optional.empty(), Optional.empty(), hrv, hrvKind, restingHeartRate);
    }

    /**
     * Where the per-day measures of an import go. A reader hands each day it found; the sink
     * stores them beside the person's own entries (a value the person typed is never
     * overwritten) and counts them for the import report.
     */
    @FunctionalInterface
    public interface Sink {
        Sink NONE = day -> { };

        void accept(DailyMeasures day);
    }
}
