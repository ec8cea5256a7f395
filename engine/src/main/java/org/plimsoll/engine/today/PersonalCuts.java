package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.distribution.TDistribution;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.insight.Insights;
import org.plimsoll.engine.response.SessionResponse;

/**
 * The person's own size for each context cut of today's factor (ENGINE.md section 8: "these
 * defaults are replaced by the person's own estimates once section 11 has enough data").
 *
 * <p>For each cause, the sessions done on days with the condition (short or poor sleep, high
 * stress, long sitting the day before) are compared with the others: how much worse was the next
 * morning, measured from the usual morning pain B? One point of extra morning pain is worth a 10%
 * cut, the same 10% that lowers the effort cap by one point, so the defaults (−10% for sleep and
 * stress, −5% for sitting) correspond to 1 and 0.5 points. The estimate replaces the default only
 * when it is precise: enough sessions on both sides and a 90% interval no wider than ±1 point.
 */
public final class PersonalCuts {
    /** Sessions on each side of a condition before it is compared. */
    public static final int MINIMUM_EACH_SIDE = 5;
    /** The widest 90% interval (half-width, in pain points) that may replace a default. */
    public static final double MAX_HALF_WIDTH = 1.0;
    /** One point of next-morning pain is worth this cut, in percent. */
    public static final int PERCENT_PER_POINT = 10;
    /** A personal cut stays within 0–20%, in steps of 5%. */
    public static final int MAX_PERCENT = 20;

    private PersonalCuts() {
    }

    /** One cause's personal estimate: the morning difference with its interval, and the cut it gives. */
    public record Estimate(Adjustment.Cause cause, int percent, double difference, double low, double high,
                           int withCondition, int without) {
    }

    /** The estimates precise enough to use, by cause; empty until section 11 has enough sessions. */
    public static Map<Adjustment.Cause, Estimate> of(AsOf asOf, List<SessionResponse> responses) {
        List<SessionResponse> usable = responses.stream()
                .filter(r -> r.response().isFinal() && r.nextMorning().isPresent() && r.baseline().isPresent())
                .toList();
        Map<Adjustment.Cause, Estimate> estimates = new EnumMap<>(Adjustment.Cause.class);
        if (usable.size() < Insights.MINIMUM_SESSIONS) {
            return estimates;
        }
        for (Adjustment.Cause cause : List.of(Adjustment.Cause.SLEEP, Adjustment.Cause.STRESS,
                Adjustment.Cause.SITTING)) {
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            for (SessionResponse r : usable) {
                Optional<Boolean> condition = conditionOn(asOf, r.date(), cause);
                if (condition.isEmpty()) {
                    continue;
                }
                double change = r.nextMorning().getAsInt() - r.baseline().getAsDouble();
                (condition.get() ? with : without).add(change);
            }
            estimate(cause, with, without).ifPresent(e -> estimates.put(cause, e));
        }
        return estimates;
    }

    /** Whether a day had the cause's condition; empty when the context for it was not recorded. */
    static Optional<Boolean> conditionOn(AsOf asOf, LocalDate day, Adjustment.Cause cause) {
        switch (cause) {
            case SLEEP:
                return asOf.context(day).filter(c -> c.sleepHours().isPresent() || c.sleepQuality().isPresent())
                        .map(TodayFactor::shortOrPoorSleep);
            case STRESS:
                OptionalInt stress = TodayFactor.stress(asOf, day);
                return stress.isPresent() ? Optional.of(stress.getAsInt() >= TodayFactor.HIGH_STRESS) : Optional.empty();
            case SITTING:
                return asOf.context(day.minusDays(1)).filter(c -> c.sittingHours().isPresent())
                        .map(TodayFactor::longSitting);
            default:
                return Optional.empty();
        }
    }

    private static Optional<Estimate> estimate(Adjustment.Cause cause, List<Double> with, List<Double> without) {
        int n1 = with.size();
        int n2 = without.size();
        if (n1 < MINIMUM_EACH_SIDE || n2 < MINIMUM_EACH_SIDE) {
            return Optional.empty();
        }
        double m1 = mean(with);
        double m2 = mean(without);
        double v1 = variance(with, m1) / n1;
        double v2 = variance(without, m2) / n2;
        double se = Math.sqrt(v1 + v2);
        double difference = m1 - m2;
        double halfWidth;
        if (se == 0) {
            halfWidth = 0;
        } else {
            // Welch's t interval: the two groups need not share a variance.
            double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
            halfWidth = new TDistribution(null, df).inverseCumulativeProbability(0.95) * se;
        }
        if (halfWidth > MAX_HALF_WIDTH) {
            return Optional.empty();
        }
        int percent = (int) Math.round(difference * PERCENT_PER_POINT / 5.0) * 5;
        percent = Math.max(0, Math.min(MAX_PERCENT, percent));
        return Optional.of(new Estimate(cause, percent, round(difference), round(difference - halfWidth),
                round(difference + halfWidth), n1, n2));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double variance(List<Double> values, double mean) {
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
