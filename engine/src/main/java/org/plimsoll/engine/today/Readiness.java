package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;

/**
 * Readiness from a watch or ring (ENGINE.md section 8): morning heart-rate variability a week
 * below the person's usual range, or without enough of it, resting heart rate above the usual
 * range two mornings running. One readiness cut at most, of the person's readiness setting.
 *
 * <p><b>Choices</b> (docs/rules.md): the usual range is that of the 60 days up to the day, the day
 * included; only readings of the kind of the latest reading count, so RMSSD and SDNN never share
 * a baseline; the week's mean needs at least {@value #WEEK_READINGS} of its 7 mornings; resting
 * heart rate, like HRV, needs {@value #BASELINE_DAYS} mornings of the 60 before it says anything,
 * and its two mornings are the day's and the day before's.
 */
public final class Readiness {
    public static final int WINDOW_DAYS = 60;
    public static final int BASELINE_DAYS = 21;
    public static final int WEEK_DAYS = 7;
    public static final int WEEK_READINGS = 4;
    /** The smallest worthwhile change of ln(HRV), in standard deviations (Plews 2012). */
    public static final double HRV_SDS_BELOW = 0.5;
    public static final double RESTING_SDS_ABOVE = 1;

    private Readiness() {
    }

    /** The readiness cut of {@code day}, if the watch or ring says the body is less ready. */
    public static Optional<Adjustment> on(AsOf asOf, LocalDate day, int cutPercent) {
        if (cutPercent == 0) {
            return Optional.empty();
        }
        return why(asOf, day).map(r -> new Adjustment(Adjustment.Cause.READINESS, -cutPercent, r));
    }

    /** Why the body is less ready on {@code day}, if it is by the rule: HRV first, else resting heart rate. */
    public static Optional<Reason> why(AsOf asOf, LocalDate day) {
        List<DailyContext> window = new ArrayList<>();
        for (LocalDate d = day.minusDays(WINDOW_DAYS - 1); !d.isAfter(day); d = d.plusDays(1)) {
            asOf.context(d).ifPresent(window::add);
        }
        Optional<HrvKind> kind = window.stream().filter(c -> c.hrvKind().isPresent())
                .reduce((first, second) -> second).flatMap(DailyContext::hrvKind);
        if (kind.isPresent()) {
            List<DailyContext> readings = window.stream().filter(c -> c.hrvKind().equals(kind)).toList();
            if (readings.size() >= BASELINE_DAYS) {
                return hrvBelowUsual(readings, day, kind.get());
            }
        }
        return restingHeartRateUp(window, day);
    }

    private static Optional<Reason> hrvBelowUsual(List<DailyContext> readings, LocalDate day, HrvKind kind) {
        double[] all = readings.stream().mapToDouble(c -> Math.log(c.hrv().get().ms())).toArray();
        double[] week = readings.stream().filter(c -> c.date().isAfter(day.minusDays(WEEK_DAYS)))
                .mapToDouble(c -> Math.log(c.hrv().get().ms())).toArray();
        if (week.length < WEEK_READINGS) {
            return Optional.empty();
        }
        double from = mean(all) - HRV_SDS_BELOW * sd(all);
        double weekMean = mean(week);
        return weekMean < from
                ? Optional.of(new TodayReason.HrvBelowUsual(round(Math.exp(weekMean)), round(Math.exp(from)), kind))
                : Optional.empty();
    }

    private static Optional<Reason> restingHeartRateUp(List<DailyContext> window, LocalDate day) {
        List<DailyContext> readings = window.stream().filter(c -> c.restingHeartRate().isPresent()).toList();
        if (readings.size() < BASELINE_DAYS || readings.size() < 2) {
            return Optional.empty();
        }
        DailyContext today = readings.get(readings.size() - 1);
        DailyContext yesterday = readings.get(readings.size() - 2);
        if (!today.date().equals(day) || !yesterday.date().equals(day.minusDays(1))) {
            return Optional.empty();
        }
        double[] all = readings.stream().mapToDouble(c -> c.restingHeartRate().get().bpm()).toArray();
        double to = mean(all) + RESTING_SDS_ABOVE * sd(all);
        int now = today.restingHeartRate().get().bpm();
        int before = yesterday.restingHeartRate().get().bpm();
        return now > to && before > to
                ? Optional.of(new TodayReason.RestingHeartRateUp(now, before, round(to)))
                : Optional.empty();
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** The sample standard deviation. */
    private static double sd(double[] xs) {
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - m) * (x - m);
        }
        return Math.sqrt(sum / (xs.length - 1));
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
