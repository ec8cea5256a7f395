package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Stress;

/**
 * Today's factor (ENGINE.md section 8, seed 000): the threshold moves with sleep, stress, sitting,
 * readiness from a watch or ring ({@link Readiness}), a recent red session and today's pain, and the cut is taken in the de-escalation order. It also
 * carries today's pain as section 8 weighs it ({@link DayPain}): the latest pain of the day, the
 * usual pain it is measured against, and what follows from them.
 */
public record TodayFactor(double factor, List<Adjustment> adjustments, DayPain pain) {
    public static final double FLOOR = 0.6;
    public static final int RPE_CAP_FLOOR = 3;

    /** Every cut listed once, none of 0% (section 8): a cut of nothing is not a cut. */
    public TodayFactor {
        adjustments = List.copyOf(adjustments);
        java.util.Set<Adjustment.Cause> seen = java.util.EnumSet.noneOf(Adjustment.Cause.class);
        for (Adjustment a : adjustments) {
            if (a.percent() == 0) {
                throw new IllegalArgumentException("a cut of 0% is never listed: " + a);
            }
            if (!seen.add(a.cause())) {
                throw new IllegalArgumentException("each cause is listed once: " + adjustments);
            }
        }
        java.util.Objects.requireNonNull(pain, "pain");
    }

    /** A factor for a day whose pain is not known (a later day of the week plan). */
    public TodayFactor(double factor, List<Adjustment> adjustments) {
        this(factor, adjustments, DayPain.UNKNOWN);
    }

    public static final double SHORT_SLEEP_HOURS = 6;
    public static final int POOR_SLEEP_QUALITY = 2;
    public static final int HIGH_STRESS = 7;
    public static final double LONG_SITTING_HOURS = 8;
    public static final int RECENT_RED_DAYS = 7;
    /** Today's pain well above the usual cuts as much as a recent red session (section 8). */
    public static final int PAIN_TODAY_PERCENT = -CoachingSettings.PAIN_TODAY_CUT_PERCENT;

    public static TodayFactor on(AsOf asOf, List<SessionResponse> responses) {
        LocalDate today = asOf.date();
        Map<Adjustment.Cause, PersonalCuts.Estimate> personal = PersonalCuts.of(asOf, responses);
        List<Adjustment> cuts = new ArrayList<>();
        asOf.context(today).filter(TodayFactor::shortOrPoorSleep).ifPresent(c -> {
            boolean shortSleep = c.sleepHours().filter(h -> h.isBelow(SHORT_SLEEP_HOURS)).isPresent();
            cuts.add(cut(Adjustment.Cause.SLEEP, -CoachingSettings.SLEEP_CUT_PERCENT, shortSleep
                    ? new TodayReason.ShortSleep(c.sleepHours().get().value(), SHORT_SLEEP_HOURS)
                    : new TodayReason.PoorSleep(c.sleepQuality().get().value()), personal));
        });
        stress(asOf, today).filter(TodayFactor::isHigh).ifPresent(stress -> cuts.add(cut(Adjustment.Cause.STRESS,
                -CoachingSettings.STRESS_CUT_PERCENT, new TodayReason.HighStress(stress.value()), personal)));
        asOf.context(today.minusDays(1)).filter(TodayFactor::longSitting).ifPresent(c -> cuts.add(cut(
                Adjustment.Cause.SITTING, -CoachingSettings.SITTING_CUT_PERCENT,
                new TodayReason.LongSitting(c.sittingHours().get().value(), LONG_SITTING_HOURS), personal)));
        Readiness.on(asOf, today, asOf.history().settings().readinessCutPercent()).ifPresent(cuts::add);
        java.util.NavigableSet<LocalDate> redDays = redDays(responses);
        recentRed(today, redDays).ifPresent(cuts::add);
        DayPain pain = DayPain.on(asOf, today, redDays);
        painToday(pain).ifPresent(cuts::add);
        return of(cuts, pain);
    }

    /**
     * Whether any of today's causes applied on a day (the engine's defaults, not their size): the
     * dose of a session that day was set by the engine, not chosen (ENGINE.md section 11).
     * {@code redDays} are the days of red sessions, asked of once per session. Of that day's pain only
     * its morning counts here: a session's own pain during and after it came after its dose was set.
     */
    public static boolean anyCutOn(AsOf asOf, LocalDate day, java.util.NavigableSet<LocalDate> redDays) {
        return asOf.context(day).filter(TodayFactor::shortOrPoorSleep).isPresent()
                || stress(asOf, day).filter(TodayFactor::isHigh).isPresent()
                || asOf.context(day.minusDays(1)).filter(TodayFactor::longSitting).isPresent()
                || recentRed(day, redDays).isPresent()
                || Readiness.on(asOf, day, asOf.history().settings().readinessCutPercent()).isPresent()
                || morningPainWellAboveUsual(asOf, day, redDays);
    }

    private static boolean morningPainWellAboveUsual(AsOf asOf, LocalDate day, java.util.NavigableSet<LocalDate> redDays) {
        int[] pains = asOf.morningPains(day.toEpochDay());
        return pains.length > 0
                && new DayPain(java.util.Optional.of(org.plimsoll.engine.unit.Pain.of(pains[pains.length - 1])),
                DayPain.usualBefore(asOf, day, redDays), false).wellAboveUsual();
    }

    /**
     * Today's pain 2 points or more above the usual (5 or more while the usual is not known), by the
     * latest pain of the day whatever its window: today is lighter, like after a red session.
     */
    private static java.util.Optional<Adjustment> painToday(DayPain pain) {
        if (!pain.wellAboveUsual()) {
            return java.util.Optional.empty();
        }
        int latest = pain.latest().get().value();
        return java.util.Optional.of(new Adjustment(Adjustment.Cause.PAIN_TODAY, PAIN_TODAY_PERCENT,
                pain.usual().isPresent() ? new TodayReason.PainUpToday(latest, pain.usual().get().value())
                        : new TodayReason.PainHighToday(latest, DayPain.HIGH)));
    }

    /**
     * The factor of a later day of the week plan: of today's causes only a recent red session is
     * known ahead, and its cut covers the 7 days from the red one.
     */
    public static TodayFactor recentRedOn(LocalDate day, java.util.NavigableSet<LocalDate> redDays) {
        return of(recentRed(day, redDays).map(List::of).orElse(List.of()));
    }

    /** The days of the red sessions among {@code responses}: what the recent-red rule asks of. */
    public static java.util.NavigableSet<LocalDate> redDays(List<SessionResponse> responses) {
        java.util.NavigableSet<LocalDate> days = new java.util.TreeSet<>();
        responses.stream().filter(r -> r.response() == Response.RED).forEach(r -> days.add(r.date()));
        return days;
    }

    private static TodayFactor of(List<Adjustment> cuts) {
        return of(cuts, DayPain.UNKNOWN);
    }

    /** The factor of the cuts that cut something, each cause once (the larger cut, if twice). */
    private static TodayFactor of(List<Adjustment> cuts, DayPain pain) {
        java.util.Map<Adjustment.Cause, Adjustment> byCause = new java.util.LinkedHashMap<>();
        cuts.stream().filter(a -> a.percent() != 0)
                .forEach(a -> byCause.merge(a.cause(), a, (x, y) -> y.percent() < x.percent() ? y : x));
        List<Adjustment> listed = List.copyOf(byCause.values());
        int total = listed.stream().mapToInt(Adjustment::percent).sum();
        double factor = Math.max(FLOOR, 1 + total / 100.0);
        return new TodayFactor(Math.round(factor * 100) / 100.0, listed, pain);
    }

    /** The cut for the latest red session within the 7 days up to {@code day}, if there was one. */
    private static java.util.Optional<Adjustment> recentRed(LocalDate day, java.util.NavigableSet<LocalDate> redDays) {
        LocalDate last = redDays.floor(day);
        if (last == null || ChronoUnit.DAYS.between(last, day) >= RECENT_RED_DAYS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Adjustment(Adjustment.Cause.RECENT_RED,
                -CoachingSettings.RECENT_RED_CUT_PERCENT,
                new TodayReason.RecentRed(RECENT_RED_DAYS, last)));
    }

    /** The default cut, or the person's own once there is a precise estimate of it. */
    private static Adjustment cut(Adjustment.Cause cause, int defaultPercent, Reason why,
                                  Map<Adjustment.Cause, PersonalCuts.Estimate> personal) {
        PersonalCuts.Estimate e = personal.get(cause);
        if (e == null) {
            return new Adjustment(cause, defaultPercent, why);
        }
        // The person's own finding and what it does; no interval here (it is in the insights).
        return new Adjustment(cause, -e.percent(), new TodayReason.YourOwnCut(why, e.difference(),
                e.withCondition(), e.without(), e.percent(), -defaultPercent));
    }

    /** Sleep last night under 6 hours, or its quality 2 or less (of 5). */
    static boolean shortOrPoorSleep(DailyContext c) {
        return c.sleepHours().filter(h -> h.isBelow(SHORT_SLEEP_HOURS)).isPresent()
                || c.sleepQuality().filter(q -> q.value() <= POOR_SLEEP_QUALITY).isPresent();
    }

    /** 8 hours or more of sitting on the day of the entry. */
    static boolean longSitting(DailyContext c) {
        return c.sittingHours().filter(h -> !h.isBelow(LONG_SITTING_HOURS)).isPresent();
    }

    /** A day's stress: its own entry, else the day before's. */
    static Optional<Stress> stress(AsOf asOf, LocalDate day) {
        return asOf.context(day).flatMap(DailyContext::stress)
                .or(() -> asOf.context(day.minusDays(1)).flatMap(DailyContext::stress));
    }

    /** Stress of 7 or more (of 10). */
    static boolean isHigh(Stress stress) {
        return stress.value() >= HIGH_STRESS;
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
