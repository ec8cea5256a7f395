package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.settings.CoachingSettings;

/**
 * The person's own size for each context cut of today's factor (ENGINE.md section 8: "these
 * defaults are replaced by the person's own estimates once section 11 has enough data, and only
 * where that estimate is clear of the default").
 *
 * <p>For each cause, the sessions done on days with the condition (short or poor sleep, high
 * stress, long sitting the day before) are compared with the others: how much worse was the next
 * morning, measured from the usual morning pain B? One point of extra morning pain is worth a 10%
 * cut, the same 10% that lowers the effort cap by one point, so the defaults (−10% for sleep and
 * stress, −5% for sitting) stand for 1 and 0.5 points. An estimate is returned only when its 95%
 * interval excludes the default's points: the data say this person differs from the default, not
 * merely that they might.
 *
 * <p>What the caller gets: for each cause with such an estimate, the person's cut in percent
 * (0–20, in steps of 5). A cut of 0% means that for this person the condition has not worsened
 * mornings: no adjustment is made for it and none is listed.
 */
public final class PersonalCuts {
    /**
     * Sessions with a final response before the person's own data count at all (ENGINE.md section 11);
     * the insights take theirs from here, since today's factor lies below them and may not look up.
     */
    public static final int MINIMUM_SESSIONS = 20;
    /** Sessions on each side of a condition before it is compared. */
    public static final int MINIMUM_EACH_SIDE = 5;
    /** The interval that must exclude the default's effect: 95%, two-sided. */
    public static final double INTERVAL = 0.95;
    /** One point of next-morning pain is worth this cut, in percent. */
    public static final int PERCENT_PER_POINT = 10;
    /** A personal cut stays within 0–20%, in steps of 5%. */
    public static final int MAX_PERCENT = 20;

    private PersonalCuts() {
    }

    /**
     * One cause's personal estimate: the morning difference (points worse) with its interval, low to
     * high, and the cut it gives in percent (0–20; 0 means no cut at all for this cause).
     */
    public record Estimate(Adjustment.Cause cause, int percent, double difference, double low, double high,
                           int withCondition, int without) {
        /** Whether this person's cut for the cause is none: the caller then makes and lists no adjustment. */
        public boolean noCut() {
            return percent == 0;
        }
    }

    /** The default cut of a cause in percent (ENGINE.md section 8), as a positive number. */
    public static int defaultPercent(Adjustment.Cause cause) {
        return switch (cause) {
            case SLEEP -> CoachingSettings.SLEEP_CUT_PERCENT;
            case STRESS -> CoachingSettings.STRESS_CUT_PERCENT;
            case SITTING -> CoachingSettings.SITTING_CUT_PERCENT;
            default -> throw new IllegalArgumentException("no personal estimate replaces the " + cause + " cut");
        };
    }

    /**
     * The estimates clear of their default (their interval excludes the default's points), by cause;
     * empty until section 11 has enough sessions. A cause left out keeps its default cut.
     */
    public static Map<Adjustment.Cause, Estimate> of(AsOf asOf, List<SessionResponse> responses) {
        List<SessionResponse> usable = responses.stream()
                .filter(r -> r.morningChange().isPresent())
                .toList();
        Map<Adjustment.Cause, Estimate> estimates = new EnumMap<>(Adjustment.Cause.class);
        if (usable.size() < MINIMUM_SESSIONS) {
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
                double change = r.morningChange().getAsDouble();
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
                return TodayFactor.stress(asOf, day).map(TodayFactor::isHigh);
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
        // Pain is reported in whole points: each group's spread is taken as at least the rounding's (1/√12).
        double rounding = 1.0 / 12;
        double v1 = Math.max(variance(with, m1), rounding) / n1;
        double v2 = Math.max(variance(without, m2), rounding) / n2;
        double se = Math.sqrt(v1 + v2);
        double difference = m1 - m2;
        // Welch's t interval: the two groups need not share a variance.
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double halfWidth = StudentT.twoSidedQuantile(1 - INTERVAL, df) * se;
        double usual = (double) defaultPercent(cause) / PERCENT_PER_POINT;
        if (difference - halfWidth <= usual && usual <= difference + halfWidth) {
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
