package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.today.TodayFactor;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Minutes;

/**
 * The seven days from today (ENGINE.md section 12): the one place a day's dose comes from, for
 * Today, the plan, the calendar, the report and the API. Every activity with a level at its
 * level's frequency (in a flare, its flare dose), each day at that day's level (today's factor
 * today, the recent-red cut on the days it covers, never past the spike guard); strength with the
 * person's own exercises or the library's by phase; walking offered on the free days; swaps and
 * each sport's own flare words in a flare. The first note of every entry is the one reason that
 * matters most for it. This class lays out the week; {@link PlannedEntries} makes each day's entry.
 */
public final class WeekPlan {
    public static final int DAYS = 7;
    /** Without a strength level of their own, two short sessions from the library (section 12). */
    public static final int STRENGTH_SESSIONS = 2;
    public static final int STRENGTH_MINUTES = 20;
    public static final int WALK_MINUTES = 20;
    /** Walking is offered daily at 15–30 minutes; the plan's entry is the middle of that. */
    public static final int WALK_FROM_MINUTES = 15;
    public static final int WALK_TO_MINUTES = 30;
    public static final int WARM_UP_FROM_MINUTES = 5;
    public static final int WARM_UP_TO_MINUTES = 8;
    /** Easy runs stay conversational: effort up to 4 of 10, like the flare cap. */
    public static final int EASY_RUN_EFFORT = Flares.RPE_CAP_IN_FLARE;
    /** A session at this effort or more is a hard day; two never come back to back. */
    public static final int HARD_EFFORT = 6;
    /** The library's short strength sessions outside a flare. */
    public static final int LIBRARY_STRENGTH_EFFORT = 5;
    /** Sitting is judged by the most of the last week's entries. */
    static final int POSTURE_LOOKBACK_DAYS = 7;
    public static final int SWAP_MIN_MINUTES = 20;
    public static final int SWAP_MAX_MINUTES = 40;
    /** The most exercises listed for one strength session. */
    static final int EXERCISES_SHOWN = 6;

    private WeekPlan() {
    }

    /** What the plan is made from: the activities as the referral leaves them, and today's factor. */
    public record Inputs(AsOf asOf, List<Calibration.Outcome> outcomes, Referral referral, Optional<FlareEpisode> flare,
                         int phase, TodayFactor today, java.util.NavigableSet<LocalDate> redDays,
                         Map<Activity, Pacing.Baseline> baselines) {
    }

    public static List<PlannedSession> of(Inputs in) {
        List<PlannedSession> plan = new ArrayList<>();
        if (in.referral().stopsTraining()) {
            return plan;
        }
        // The runs that could be the week's harder run, with their day's dose at the level's full effort;
        // one becomes it once the week is laid out.
        List<HarderRunCandidate> harderRuns = new ArrayList<>();
        LocalDate first = in.asOf().date();
        int[] perDay = new int[DAYS];
        List<Calibration.Outcome> trained = trainedActivities(in);
        int offset = 0;
        for (Calibration.Outcome o : trained) {
            Dose level = o.current().orElseThrow();
            int n = Math.max(1, Math.min(DAYS, level.sessionsPerWeek()));
            int swaps = in.flare().isPresent() && !o.activity().isLowImpactSwap() && n > 1 ? (n >= 4 ? 2 : 1) : 0;
            List<Integer> days = spread(n, offset, perDay);
            // The same for every day of this activity: its longest session of the last 30 days.
            Optional<Minutes> longest = Loads.longestRecent(in.asOf(), o.activity(), in.asOf().date());
            // A harder run differs from an easy one only above conversational effort.
            boolean runTypes = o.activity() == Activity.RUN && in.flare().isEmpty() && n >= 2;
            boolean harderRunPossible = runTypes && level.rpeCap() > EASY_RUN_EFFORT;
            // Today's cut applies to the session as planned: an easy run is planned at a conversational
            // effort, so a cut it is already under comes off its minutes instead (ENGINE.md section 8).
            Dose planned = runTypes ? level.withRpeCap(Math.min(level.rpeCap(), EASY_RUN_EFFORT)) : level;
            for (int i = 0; i < days.size(); i++) {
                int d = days.get(i);
                perDay[d]++;
                LocalDate date = first.plusDays(d);
                Dose dose = doseOn(in, planned, d);
                boolean swap = i >= n - swaps;
                Optional<RunType> runType = runTypes ? Optional.of(RunType.EASY) : Optional.empty();
                PlannedSession entry = swap ? PlannedEntries.swapSession(in, date, dose)
                        : PlannedEntries.session(in, date, d, o, planned, dose, longest, runType);
                plan.add(entry);
                if (harderRunPossible && !swap) {
                    Dose full = doseOn(in, level, d);
                    harderRuns.add(new HarderRunCandidate(entry, full.rpeCap(), spikeGuarded(full.minutes(), longest)));
                }
            }
            offset += 1;
        }
        if (trained.stream().noneMatch(o -> o.activity() == Activity.STRENGTH)) {
            libraryStrength(in, first, perDay, plan);
        }
        for (int d = 0; d < DAYS; d++) {
            if (perDay[d] == 0) {
                LocalDate date = first.plusDays(d);
                plan.add(new PlannedSession(date, Activity.WALK, Optional.of(new Minutes(WALK_MINUTES)), 3, PlannedSession.Kind.WALK,
                        Optional.empty(), List.of(), List.of(new PlanReason.OptionalWalk(WALK_FROM_MINUTES,
                        WALK_TO_MINUTES)), PlannedEntries.nextMorning(in, date)));
            }
        }
        harderRun(plan, harderRuns);
        plan.sort(Comparator.comparing(PlannedSession::date).thenComparing(p -> p.kind().ordinal()));
        return postureBreaks(in, plan);
    }

    /** An easy run that could be the week's harder run: the same day at the level's full effort. */
    record HarderRunCandidate(PlannedSession easy, int fullEffort, Optional<Minutes> fullMinutes) {
        PlannedSession asHarderRun() {
            List<Reason> notes = easy.notes().stream()
                    .map(n -> n instanceof PlanReason.EasyRun ? new PlanReason.HarderRun(fullEffort) : n).toList();
            return new PlannedSession(easy.date(), easy.activity(), fullMinutes, fullEffort, easy.kind(),
                    Optional.empty(), easy.exercises(), notes, easy.nextMorningCheckIn());
        }
    }

    /**
     * One run of the week at the level's full effort, named the week's harder run (not a long run),
     * the others easy (ENGINE.md section 12): the latest run whose neighbouring days hold no hard
     * session, so that no two hard days come back to back. None when every run has a hard neighbour.
     */
    static void harderRun(List<PlannedSession> plan, List<HarderRunCandidate> candidates) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            HarderRunCandidate candidate = candidates.get(i);
            boolean hardNeighbour = plan.stream().anyMatch(p -> p != candidate.easy() && Math.abs(ChronoUnit.DAYS.between(
                    p.date(), candidate.easy().date())) <= 1 && p.rpeCap() >= HARD_EFFORT);
            if (!hardNeighbour) {
                PlannedSession harder = candidate.asHarderRun();
                plan.replaceAll(p -> p == candidate.easy() ? harder : p);
                return;
            }
        }
    }

    /** Minutes no longer than the spike guard allows: 110% of the longest of the last 30 days. */
    static Optional<Minutes> spikeGuarded(Optional<Minutes> minutes, Optional<Minutes> longest) {
        if (minutes.isPresent() && Loads.isSpike(minutes.get(), longest)) {
            return Optional.of(Loads.spikeLimit(longest.get()));
        }
        return minutes;
    }

    /**
     * Posture breaks for every region when a day's sitting exceeds the person's own sitting
     * baseline (section 12): a break at least as often as the baseline, on the first entry of
     * each day. The sitting is the most of the last 7 days' entries.
     */
    static List<PlannedSession> postureBreaks(Inputs in, List<PlannedSession> plan) {
        Optional<Pacing.Baseline> sitting = Optional.ofNullable(in.baselines().get(Activity.SITTING));
        Optional<Hours> hours = java.util.stream.IntStream.range(0, POSTURE_LOOKBACK_DAYS)
                .mapToObj(d -> in.asOf().context(in.asOf().date().minusDays(d)))
                .flatMap(Optional::stream).map(DailyContext::sittingHours).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        Optional<ExactMinutes> baseline = sitting.flatMap(Pacing.Baseline::baselineMinutes);
        if (baseline.isEmpty() || hours.isEmpty() || hours.get().inMinutes() <= baseline.get().value()) {
            return plan;
        }
        Reason breaks = new PlanReason.PostureBreaks(baseline.get().wholeWithin().value(), hours.get().value());
        List<PlannedSession> out = new ArrayList<>();
        LocalDate last = null;
        for (PlannedSession p : plan) {
            if (!p.date().equals(last)) {
                List<Reason> notes = new ArrayList<>(p.notes());
                notes.add(Math.min(1, notes.size()), breaks);
                p = new PlannedSession(p.date(), p.activity(), p.minutes(), p.rpeCap(), p.kind(), p.runType(),
                        p.exercises(), notes, p.nextMorningCheckIn());
            }
            last = p.date();
            out.add(p);
        }
        return out;
    }

    /**
     * The activities with a level, postures aside: the one with a goal first, then the most
     * practised in the last 28 days, so that the main activity gets the first days.
     */
    static List<Calibration.Outcome> trainedActivities(Inputs in) {
        AsOf asOf = in.asOf();
        return in.outcomes().stream()
                .filter(o -> o.current().isPresent() && !o.activity().isPosture() && o.state() != LevelState.NEW)
                .sorted(Comparator.comparing((Calibration.Outcome o) -> asOf.history().profile().goals().stream()
                                .noneMatch(g -> g.activity() == o.activity()))
                        .thenComparing(o -> -asOf.sessionsOf(o.activity()).stream()
                                .filter(s -> ChronoUnit.DAYS.between(asOf.localDate(s), asOf.date()) < 28).count())
                        .thenComparing(o -> o.activity().ordinal()))
                .toList();
    }

    /**
     * {@code n} days of the seven, evenly spread and shifted by {@code offset} so that activities
     * interleave; a day that already holds a session gives way to the nearest free one.
     */
    static List<Integer> spread(int n, int offset, int[] perDay) {
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int wanted = ((int) Math.round(i * (double) DAYS / n) + offset) % DAYS;
            int chosen = wanted;
            for (int step = 0; step < DAYS; step++) {
                int later = (wanted + step) % DAYS;
                if (perDay[later] == 0 && !days.contains(later)) {
                    chosen = later;
                    break;
                }
            }
            if (days.contains(chosen)) {
                // every day is taken: the least busy day not yet used for this activity
                for (int d = 0; d < DAYS; d++) {
                    if (!days.contains(d) && (days.contains(chosen) || perDay[d] < perDay[chosen])) {
                        chosen = d;
                    }
                }
            }
            days.add(chosen);
        }
        days.sort(Integer::compareTo);
        return days;
    }

    /**
     * The dose of one day: today, today's level (all of today's cuts); later days, the level less
     * the recent-red cut while it covers them; never longer than the spike guard allows.
     */
    static Dose doseOn(Inputs in, Dose level, int dayIndex) {
        LocalDate date = in.asOf().date().plusDays(dayIndex);
        TodayFactor factor = dayIndex == 0 ? in.today() : TodayFactor.recentRedOn(date, in.redDays());
        return factor.applyTo(level);
    }

    /** Two short library sessions for someone without a strength level of their own. */
    private static void libraryStrength(Inputs in, LocalDate first, int[] perDay, List<PlannedSession> plan) {
        List<Integer> days = spread(STRENGTH_SESSIONS, 1, perDay);
        boolean flare = in.flare().isPresent();
        List<PlannedExercise> exercises = PlannedEntries.strengthExercises(in);
        for (int d : days) {
            perDay[d]++;
            LocalDate date = first.plusDays(d);
            List<Reason> notes = new ArrayList<>();
            notes.add(flare ? new PlanReason.FlareSport(Activity.STRENGTH) : new PlanReason.ReturnPhase(in.phase()));
            notes.add(new PlanReason.CarefulForNow());
            plan.add(new PlannedSession(date, Activity.STRENGTH, Optional.of(new Minutes(STRENGTH_MINUTES)),
                    flare ? Flares.RPE_CAP_IN_FLARE : LIBRARY_STRENGTH_EFFORT, PlannedSession.Kind.STRENGTH,
                    Optional.empty(), exercises, notes, PlannedEntries.nextMorning(in, date)));
        }
    }

}
