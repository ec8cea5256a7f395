package org.plimsoll.engine.level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.dose.RotationRange;
import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.MorningBaseline;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Minutes;

/**
 * Where calibration starts (ENGINE.md section 6, starting level): a level set by hand (by the person or
 * their clinician, whose reason it then gives), else the
 * baseline test's (already discounted for irritability), else the person's first week of sessions.
 */
public record StartingLevel(Dose dose, LocalDate since, Reason reason) {
    /** Frequency comes first while below 3 sessions a week (3–5 is the aim). */
    public static final int FREQUENCY_AIM = 3;
    /** A starting level from a baseline test is easy and conversational. */
    public static final int STARTING_RPE_CAP = 4;
    /** A first week gives at most this many sessions a week. */
    static final int MOST_SESSIONS_FROM_FIRST_WEEK = 5;
    /**
     * Sessions more than 8 weeks apart belong to different stretches: a level starts from the first
     * week of the latest stretch, and a stretch that ended more than 8 weeks ago is history, not a level.
     */
    public static final int STRETCH_GAP_DAYS = 56;

    public static Optional<StartingLevel> of(Activity activity, AsOf asOf, Optional<Pacing.Baseline> baseline) {
        return of(activity, asOf, baseline, LocalDate.MIN);
    }

    /**
     * The starting level from what was set or tested on or after {@code notBefore}: after a break of
     * more than 8 weeks a level starts again from a baseline (section 6, after a break), and a level
     * or a test from before the break no longer speaks for the back.
     */
    static Optional<StartingLevel> of(Activity activity, AsOf asOf, Optional<Pacing.Baseline> baseline,
                                      LocalDate notBefore) {
        Optional<RotationRange> rotation = defaultRotation(asOf, activity);
        Optional<Level> given = asOf.history().levels().stream()
                .filter(l -> l.activity() == activity && !l.since().isAfter(asOf.date())
                        && !l.since().isBefore(notBefore))
                // The latest by day; of two set on one day, the one set last (the list is in the order they were set).
                .reduce((a, b) -> b.since().isBefore(a.since()) ? a : b);
        if (given.isPresent()) {
            LocalDate since = given.get().since();
            Optional<CareDecision.LevelSet> byClinician = asOf.history().care(CareDecision.LevelSet.class).stream()
                    .filter(d -> d.level().equals(given.get())).findFirst();
            return Optional.of(new StartingLevel(Dose.of(given.get(), rotation), since, byClinician
                    .<Reason>map(d -> new LevelReason.LevelSetByClinician(since, d.why()))
                    .orElse(new LevelReason.StartingLevelSet(since))));
        }
        if (baseline.isPresent() && !baseline.get().lastTest().isBefore(notBefore)
                && (baseline.get().baselineMinutes().isPresent()
                || baseline.get().baselineKm().isPresent())) {
            Pacing.Baseline b = baseline.get();
            return Optional.of(new StartingLevel(new Dose(FREQUENCY_AIM, b.baselineWholeMinutes(), b.baselineDistance(),
                    STARTING_RPE_CAP,
                    rotation), b.lastTest(), new LevelReason.StartingLevelFromTest(b.lastTest())));
        }
        return firstWeek(activity, asOf, rotation);
    }

    /**
     * The first week of the latest stretch of sessions: their count, median minutes, median effort
     * (and work, for strength). None when the latest session is more than 8 weeks old.
     */
    private static Optional<StartingLevel> firstWeek(Activity activity, AsOf asOf, Optional<RotationRange> rotation) {
        List<Session> all = asOf.sessionsOf(activity);
        if (all.isEmpty() || ChronoUnit.DAYS.between(asOf.localDate(all.get(all.size() - 1)), asOf.date())
                > STRETCH_GAP_DAYS) {
            return Optional.empty();
        }
        int from = 0;
        for (int i = 1; i < all.size(); i++) {
            if (ChronoUnit.DAYS.between(asOf.localDate(all.get(i - 1)), asOf.localDate(all.get(i))) > STRETCH_GAP_DAYS) {
                from = i;
            }
        }
        List<Session> sessions = all.subList(from, all.size());
        LocalDate first = asOf.localDate(sessions.get(0));
        List<Session> week = sessions.stream()
                .filter(s -> ChronoUnit.DAYS.between(first, asOf.localDate(s)) < 7).toList();
        double[] minutes = week.stream().mapToDouble(s -> s.minutes().value()).toArray();
        double[] rpes = week.stream().filter(s -> s.rpe().isPresent()).mapToDouble(s -> s.rpe().get().value()).toArray();
        int cap = rpes.length == 0 ? STARTING_RPE_CAP : (int) Math.ceil(MorningBaseline.median(rpes));
        double[] works = week.stream().map(StrengthWork::of).flatMap(Optional::stream)
                .mapToDouble(Work::value).toArray();
        Optional<Work> work = activity == Activity.STRENGTH && works.length > 0
                ? Optional.of(new Work(Math.round(MorningBaseline.median(works)))) : Optional.empty();
        Dose dose = new Dose(Math.min(MOST_SESSIONS_FROM_FIRST_WEEK, week.size()),
                Optional.of(new Minutes((int) Math.round(MorningBaseline.median(minutes)))), Optional.empty(), cap,
                rotation, work);
        return Optional.of(new StartingLevel(dose, first,
                new LevelReason.StartingLevelFromFirstWeek(activity, week.size())));
    }

    /** The default rotation range of a level: reduced for rotation-heavy activities, none otherwise. */
    static Optional<RotationRange> defaultRotation(AsOf asOf, Activity activity) {
        return asOf.history().demandsOf(activity).rotation() >= 2 ? Optional.of(RotationRange.REDUCED)
                : Optional.empty();
    }
}
