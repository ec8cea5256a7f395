package org.plimsoll.engine.response;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.unit.MeanPain;

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
    public static Optional<MeanPain> on(AsOf asOf, LocalDate day, Set<LocalDate> morningsAfterRed) {
        LocalDate from = day.minusDays(WINDOW_DAYS - 1L);
        // Pain is a whole number from 0 to 10, so counting beats sorting for the median.
        int[] counts = new int[11];
        int n = 0;
        // One search for the window's first morning, then a walk over the mornings there are in it.
        long last = day.toEpochDay();
        for (int i = asOf.lastMorningBefore(from.toEpochDay()) + 1; i < asOf.morningCount() && asOf.morningDay(i) <= last;
             i++) {
            if (!morningsAfterRed.isEmpty() && morningsAfterRed.contains(LocalDate.ofEpochDay(asOf.morningDay(i)))) {
                continue;
            }
            for (int pain : asOf.morningPainsAt(i)) {
                counts[pain]++;
                n++;
            }
        }
        if (n == 0) {
            // Walk back over the mornings there are, not over the days between them.
            for (int i = asOf.lastMorningBefore(from.toEpochDay()); i >= 0 && n < WINDOW_DAYS; i--) {
                int[] pains = asOf.morningPainsAt(i);
                if (morningsAfterRed.contains(LocalDate.ofEpochDay(asOf.morningDay(i)))) {
                    continue;
                }
                for (int k = 0; k < pains.length && n < WINDOW_DAYS; k++) {
                    counts[pains[k]]++;
                    n++;
                }
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(MeanPain.of(countedMedian(counts, n)));
    }

    /**
     * The usual pain a session on {@code day} is judged by: B on that day, or, with no morning on
     * record up to it, the first DAILY pain the person gave. At onboarding they say how much their
     * back hurts, and a run logged for the days before then is judged against that, not against 0
     * (docs/engine.md, Choice). A NEXT_MORNING never stands in: it answers a session, it is not the
     * background level. Today's pain (section 8) keeps B alone, so that today's own pain never sets it.
     */
    public static Optional<MeanPain> forSession(AsOf asOf, LocalDate day, Set<LocalDate> morningsAfterRed) {
        Optional<MeanPain> b = on(asOf, day, morningsAfterRed);
        return b.isPresent() ? b : firstDaily(asOf);
    }

    private static Optional<MeanPain> firstDaily(AsOf asOf) {
        CheckIn first = null;
        for (CheckIn c : asOf.morningPain()) {
            if (c.window() == CheckInWindow.DAILY
                    && (first == null || c.date().orElseThrow().isBefore(first.date().orElseThrow()))) {
                first = c;
            }
        }
        return first == null ? Optional.empty() : Optional.of(MeanPain.of(first.pain().value()));
    }

    private static double countedMedian(int[] counts, int n) {
        return n % 2 == 1 ? nth(counts, n / 2) : (nth(counts, n / 2 - 1) + nth(counts, n / 2)) / 2.0;
    }

    /** The value at position {@code k} (from 0) of the sorted values behind {@code counts}. */
    private static int nth(int[] counts, int k) {
        int seen = 0;
        for (int value = 0; value < counts.length; value++) {
            seen += counts[value];
            if (k < seen) {
                return value;
            }
        }
        throw new IllegalArgumentException("k beyond the counted values");
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /**
     * The mornings after the given red days, which the baseline leaves out: a view, not a copy, so
     * that asking for it once per session costs nothing.
     */
    public static Set<LocalDate> morningsAfter(Set<LocalDate> redDays) {
        return new java.util.AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof LocalDate day && redDays.contains(day.minusDays(1));
            }

            @Override
            public java.util.Iterator<LocalDate> iterator() {
                return redDays.stream().map(d -> d.plusDays(1)).iterator();
            }

            @Override
            public int size() {
                return redDays.size();
            }
        };
    }
}
