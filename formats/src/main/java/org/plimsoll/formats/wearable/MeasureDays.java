package org.plimsoll.formats.wearable;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/**
 * The measures of a database export gathered per day: hours asleep per night (overlaps counted
 * once), the day's first HRV reading with its kind, and its first resting heart rate. A value
 * that cannot be right (an HRV of 0, a heart rate of 400) is counted as unreadable, not kept.
 */
final class MeasureDays {
    private final SleepNights sleep = new SleepNights();
    private final Map<LocalDate, Reading> hrv = new TreeMap<>();
    private final Map<LocalDate, Reading> resting = new TreeMap<>();
    private final HrvKind kind;
    private int unreadable;

    MeasureDays(HrvKind kind) {
        this.kind = kind;
    }

    void sleep(ZonedDateTime start, ZonedDateTime end) {
        if (!sleep.add(start, end)) {
            unreadable++;
        }
    }

    void hrv(ZonedDateTime at, double ms) {
        if (ms >= Hrv.LOWEST && ms <= Hrv.HIGHEST) {
            earliest(hrv, at, ms);
        } else {
            unreadable++;
        }
    }

    void restingHeartRate(ZonedDateTime at, double bpm) {
        long rounded = Math.round(bpm);
        if (rounded >= HeartRate.LOWEST && rounded <= HeartRate.HIGHEST) {
            earliest(resting, at, rounded);
        } else {
            unreadable++;
        }
    }

    /** An entry whose date or value could not be read at all. */
    void unreadable() {
        unreadable++;
    }

    int unreadableCount() {
        return unreadable;
    }

    List<DailyMeasures> days() {
        Map<LocalDate, Double> nights = sleep.hours();
        TreeSet<LocalDate> dates = new TreeSet<>(nights.keySet());
        dates.addAll(hrv.keySet());
        dates.addAll(resting.keySet());
        List<DailyMeasures> days = new ArrayList<>();
        for (LocalDate date : dates) {
            Optional<Reading> morning = Optional.ofNullable(hrv.get(date));
            days.add(new DailyMeasures(date, Optional.ofNullable(nights.get(date)),
                    morning.map(r -> new Hrv(r.value)), morning.map(r -> kind),
                    Optional.ofNullable(resting.get(date)).map(r -> new HeartRate((int) r.value))));
        }
        return days;
    }

    private static void earliest(Map<LocalDate, Reading> day, ZonedDateTime at, double value) {
        day.merge(at.toLocalDate(), new Reading(at.toEpochSecond(), value),
                (old, fresh) -> fresh.epochSecond < old.epochSecond ? fresh : old);
    }

    private record Reading(long epochSecond, double value) {
    }
}
