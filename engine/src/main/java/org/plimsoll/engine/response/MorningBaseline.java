package org.plimsoll.engine.response;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
        List<CheckIn> usable = asOf.morningPain().stream()
                .filter(c -> !morningsAfterRed.contains(asOf.morningOf(c)))
                .filter(c -> !asOf.morningOf(c).isAfter(day))
                .toList();
        double[] inWindow = usable.stream().filter(c -> !asOf.morningOf(c).isBefore(from))
                .mapToDouble(c -> c.pain().value()).toArray();
        if (inWindow.length > 0) {
            return OptionalDouble.of(median(inWindow));
        }
        double[] recent = usable.stream()
                .sorted(Comparator.comparing(asOf::morningOf).reversed())
                .limit(WINDOW_DAYS)
                .mapToDouble(c -> c.pain().value()).toArray();
        return recent.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(recent));
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
