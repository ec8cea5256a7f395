package org.plimsoll.formats.wearable;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/**
 * What a phone or watch measured about one day: the hours asleep in the night that ended that
 * morning, the morning's heart-rate variability and its kind, and the resting heart rate.
 * (Local until stream w29a's record of the same name and shape reaches main.)
 */
public record DailyMeasures(LocalDate date, Optional<Double> sleepHours, Optional<Hrv> hrv, Optional<HrvKind> kind,
                            Optional<HeartRate> restingHeartRate) {
}
