package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.level.Dose;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;

/**
 * Today's factor (ENGINE.md section 8, seed 000): the threshold moves with sleep, stress, sitting
 * and a recent red session, and the cut is taken in the de-escalation order.
 */
public record TodayFactor(double factor, List<Adjustment> adjustments) {
    public static final double FLOOR = 0.6;
    public static final int RPE_CAP_FLOOR = 3;

    public TodayFactor {
        adjustments = List.copyOf(adjustments);
    }

    public static TodayFactor on(AsOf asOf, List<SessionResponse> responses) {
        LocalDate today = asOf.date();
        Optional<DailyContext> todays = context(asOf, today);
        Optional<DailyContext> yesterdays = context(asOf, today.minusDays(1));
        List<Adjustment> cuts = new ArrayList<>();
        todays.ifPresent(c -> {
            boolean shortSleep = c.sleepHours().isPresent() && c.sleepHours().getAsDouble() < 6;
            boolean poorSleep = c.sleepQuality().isPresent() && c.sleepQuality().getAsInt() <= 2;
            if (shortSleep || poorSleep) {
                cuts.add(new Adjustment(Adjustment.Cause.SLEEP, -10, shortSleep
                        ? "Short sleep last night (" + c.sleepHours().getAsDouble() + " h, under 6)."
                        : "Poor sleep last night (quality " + c.sleepQuality().getAsInt() + " of 5)."));
            }
        });
        OptionalInt stress = todays.map(DailyContext::stress).filter(OptionalInt::isPresent)
                .or(() -> yesterdays.map(DailyContext::stress).filter(OptionalInt::isPresent))
                .orElse(OptionalInt.empty());
        if (stress.isPresent() && stress.getAsInt() >= 7) {
            cuts.add(new Adjustment(Adjustment.Cause.STRESS, -10, "High stress (" + stress.getAsInt() + "/10)."));
        }
        yesterdays.ifPresent(c -> {
            if (c.sittingHours().isPresent() && c.sittingHours().getAsDouble() >= 8) {
                cuts.add(new Adjustment(Adjustment.Cause.SITTING, -5,
                        "Long sitting yesterday (" + c.sittingHours().getAsDouble() + " h, 8 or more)."));
            }
        });
        responses.stream()
                .filter(r -> r.response() == Response.RED)
                .filter(r -> ChronoUnit.DAYS.between(r.date(), today) >= 0 && ChronoUnit.DAYS.between(r.date(), today) < 7)
                .reduce((a, b) -> b)
                .ifPresent(r -> cuts.add(new Adjustment(Adjustment.Cause.RECENT_RED, -15,
                        "A red session in the last 7 days (" + r.date() + ").")));
        int total = cuts.stream().mapToInt(Adjustment::percent).sum();
        double factor = Math.max(FLOOR, 1 + total / 100.0);
        return new TodayFactor(Math.round(factor * 100) / 100.0, cuts);
    }

    private static Optional<DailyContext> context(AsOf asOf, LocalDate day) {
        return asOf.context(day);
    }

    /**
     * Applies the factor to a dose: each 10% lowers the RPE cap by one point, down to 3; what the
     * cap cannot absorb comes off the minutes (and distance), rounded to whole minutes.
     */
    public Dose applyTo(Dose dose) {
        int cutPercent = (int) Math.round((1 - factor) * 100);
        if (cutPercent <= 0) {
            return dose;
        }
        int points = Math.min(cutPercent / 10, Math.max(0, dose.rpeCap() - RPE_CAP_FLOOR));
        return dose.withRpeCap(dose.rpeCap() - points).scaledVolumePercent(100 - (cutPercent - points * 10));
    }
}
