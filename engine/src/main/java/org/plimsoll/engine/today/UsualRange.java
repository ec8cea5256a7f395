package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;

/**
 * A person's usual range of a morning measure, as the charts, the clinician's page and the report
 * draw it: the band that readiness (ENGINE.md section 8) measures a day against, over the
 * {@value Readiness#WINDOW_DAYS} days up to the day, once {@value Readiness#BASELINE_DAYS} of them
 * hold a reading.
 *
 * <p><b>Choices</b> (docs/engine.md): heart-rate variability's band is exp(mean ± 0.5 SD) of
 * ln(HRV), of the latest reading's kind only; resting heart rate's is mean ± 1 SD; section 8 names
 * only the edge that cuts, the other is drawn symmetric. Sleep has no rule of its own: its band is
 * mean ± 1 SD of the hours, like resting heart rate's.
 */
public record UsualRange(double low, double high, Optional<HrvKind> kind) {
    public UsualRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a usual range runs from low to high: " + low + " to " + high);
        }
    }

    /** Heart-rate variability's usual range, of the kind of the latest reading. */
    public static Optional<UsualRange> ofHrv(List<DailyContext> days, LocalDate asOf) {
        List<DailyContext> window = window(days, asOf);
        Optional<HrvKind> kind = window.stream().filter(c -> c.hrvKind().isPresent())
                .reduce((first, second) -> second).flatMap(DailyContext::hrvKind);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        double[] logs = window.stream().filter(c -> c.hrvKind().equals(kind))
                .mapToDouble(c -> Math.log(c.hrv().orElseThrow().ms())).toArray();
        return band(logs, Readiness.HRV_SDS_BELOW)
                .map(b -> new UsualRange(round(Math.exp(b[0])), round(Math.exp(b[1])), kind));
    }

    public static Optional<UsualRange> ofRestingHeartRate(List<DailyContext> days, LocalDate asOf) {
        return simple(window(days, asOf), c -> c.restingHeartRate().map(h -> (double) h.bpm()).orElse(Double.NaN));
    }

    public static Optional<UsualRange> ofSleep(List<DailyContext> days, LocalDate asOf) {
        return simple(window(days, asOf), c -> c.sleepHours().map(h -> h.value()).orElse(Double.NaN));
    }

    private static Optional<UsualRange> simple(List<DailyContext> window, ToDoubleFunction<DailyContext> value) {
        double[] xs = window.stream().mapToDouble(value).filter(x -> !Double.isNaN(x)).toArray();
        return band(xs, Readiness.RESTING_SDS_ABOVE)
                .map(b -> new UsualRange(round(b[0]), round(b[1]), Optional.empty()));
    }

    private static List<DailyContext> window(List<DailyContext> days, LocalDate asOf) {
        LocalDate first = asOf.minusDays(Readiness.WINDOW_DAYS - 1);
        return days.stream().filter(c -> !c.date().isBefore(first) && !c.date().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(DailyContext::date)).toList();
    }

    private static Optional<double[]> band(double[] xs, double sds) {
        if (xs.length < Readiness.BASELINE_DAYS) {
            return Optional.empty();
        }
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double squares = 0;
        for (double x : xs) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / (xs.length - 1));
        return Optional.of(new double[] {mean - sds * sd, mean + sds * sd});
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
