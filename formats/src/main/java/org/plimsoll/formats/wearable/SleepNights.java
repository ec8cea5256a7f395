package org.plimsoll.formats.wearable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours asleep per night from stretches of sleep as phones and watches record them. A night
 * belongs to the day whose morning it ends on: a stretch belongs to the local date six hours after
 * it ends, so sleep that ends between 18:00 one day and 18:00 the next counts for the next day.
 * Stretches from several sources (the phone and the watch) overlap; time is counted once.
 */
final class SleepNights {
    static final Duration DAY_SHIFT = Duration.ofHours(6);
    /** One stretch longer than a day is a recording left running, not sleep. */
    static final Duration LONGEST_STRETCH = Duration.ofHours(24);

    private final Map<LocalDate, List<long[]>> stretches = new TreeMap<>();

    /** Adds a stretch of sleep, in the time zone it was recorded in; false when it cannot be sleep. */
    boolean add(ZonedDateTime start, ZonedDateTime end) {
        long from = start.toEpochSecond();
        long to = end.toEpochSecond();
        if (to <= from || to - from > LONGEST_STRETCH.toSeconds()) {
            return false;
        }
        LocalDate night = end.plus(DAY_SHIFT).toLocalDate();
        stretches.computeIfAbsent(night, d -> new ArrayList<>()).add(new long[] {from, to});
        return true;
    }

    /** Hours asleep per night, the overlaps merged, to the nearest hundredth. */
    Map<LocalDate, Double> hours() {
        Map<LocalDate, Double> hours = new TreeMap<>();
        stretches.forEach((night, list) -> {
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            long total = 0;
            long from = list.get(0)[0];
            long to = list.get(0)[1];
            for (long[] s : list) {
                if (s[0] > to) {
                    total += to - from;
                    from = s[0];
                    to = s[1];
                } else {
                    to = Math.max(to, s[1]);
                }
            }
            total += to - from;
            hours.put(night, Math.round(total / 36.0) / 100.0);
        });
        return hours;
    }
}
