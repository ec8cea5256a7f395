package org.plimsoll.engine.response;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.history.AsOf;

/**
 * The person's baseline B (ENGINE.md section 3): the median morning pain (NEXT_MORNING and DAILY
 * check-ins) over the 14 days up to a day, leaving out mornings after a red session.
 */
public final class MorningBaseline {
    public static final int WINDOW_DAYS = 14;

    private MorningBaseline() {
    }

    /**
     * B on {@code day}: mornings dated {@code day − 13} to {@code day}. With none in that window
     * (a new person, or a long gap), the 14 most recent mornings before it stand in; with none at
     * all there is no baseline.
     */
    public static OptionalDouble on(AsOf asOf, LocalDate day, Set<LocalDate> morningsAfterRed) {
        LocalDate from = day.minusDays(WINDOW_DAYS - 1L);
        double[] values = new double[16];
        int n = 0;
        for (var entry : asOf.morningsByDate().subMap(from, true, day, true).entrySet()) {
            if (morningsAfterRed.contains(entry.getKey())) {
                continue;
            }
            for (CheckIn c : entry.getValue()) {
                values = grow(values, n);
                values[n++] = c.pain().value();
            }
        }
        if (n == 0) {
            for (var entry : asOf.morningsByDate().headMap(from, false).descendingMap().entrySet()) {
                if (morningsAfterRed.contains(entry.getKey())) {
                    continue;
                }
                for (CheckIn c : entry.getValue()) {
                    if (n < WINDOW_DAYS) {
                        values = grow(values, n);
                        values[n++] = c.pain().value();
                    }
                }
                if (n >= WINDOW_DAYS) {
                    break;
                }
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(Arrays.copyOf(values, n)));
    }

    private static double[] grow(double[] values, int n) {
        return n < values.length ? values : Arrays.copyOf(values, values.length * 2);
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
