package org.plimsoll.engine.level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.MorningBaseline;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.session.Rpe;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.settings.CoachingSettings;

/**
 * The threshold of one activity, found day by day from its starting level (ENGINE.md section 6):
 * hold a level until it is confirmed, raise one variable by one step, step back after a stronger
 * response, and stand aside while a flare runs (section 7).
 */
public final class Calibration {
    // How long a level is held (14 days by default) and a step's size (10%) are the person's
    // coaching settings (CoachingSettings); the rest of this section's numbers are fixed rules.
    /** ... over at least this many sessions with a final response. */
    public static final int HOLD_SESSIONS = 4;
    public static final double CONFIRM_GREEN_SHARE = 0.75;
    /** Not confirmed 7 days after the hold should have ended (day 21 by default): step back. */
    public static final int DEADLINE_EXTRA_DAYS = 7;
    public static final double STEP_BACK_HOLD_FACTOR = 1.5;
    /** A session counts toward a hold when done at 90% or more of the level. */
    public static final double COUNTS_FROM_SHARE = 0.90;
    /** Strength: 5% a week when the week was all green (seed 003). */
    public static final double STRENGTH_WEEKLY_STEP = 0.05;
    /** Frequency comes first while below 3 sessions a week (3–5 is the aim, seed 000). */
    public static final int FREQUENCY_AIM = 3;
    /** Without a goal, intensity rises no higher than this. */
    public static final int RPE_CAP_WITHOUT_GOAL = 7;
    /** A starting level from a baseline test is easy and conversational. */
    public static final int STARTING_RPE_CAP = 4;

    private Calibration() {
    }

    /** Where one activity stands, with the level in force at each of its sessions. */
    public record Outcome(Activity activity, LevelState state, Optional<Dose> confirmed, Optional<Dose> current,
                          Optional<Variable> changed, int holdDays, int stepBacksSinceConfirmed,
                          Optional<FlareEpisode> flare, List<Reason> reasons, Map<String, Dose> levelAtSession) {
        public Outcome {
            reasons = List.copyOf(reasons);
            // Handed over by a finished run and never changed again, so it is wrapped, not copied.
            levelAtSession = java.util.Collections.unmodifiableMap(levelAtSession);
        }
    }

    /** The activities calibrated: those with a level, a baseline test or a session, postures aside. */
    public static List<Activity> activities(AsOf asOf) {
        return Arrays.stream(Activity.values()).filter(a -> !a.isPosture())
                .filter(a -> asOf.history().levels().stream().anyMatch(l -> l.activity() == a && !l.since().isAfter(asOf.date()))
                        || asOf.history().baselineTests().stream().anyMatch(t -> t.activity() == a && !t.date().isAfter(asOf.date()))
                        || !asOf.sessionsOf(a).isEmpty())
                .toList();
    }

    public static Outcome of(Activity activity, AsOf asOf, List<SessionResponse> responses,
                             List<FlareEpisode> flares, Map<Activity, Pacing.Baseline> baselines,
                             Predicate<LocalDate> progressionPaused) {
        return new Run(activity, asOf, responses, flares, Optional.ofNullable(baselines.get(activity)),
                progressionPaused).run();
    }

    /** The default rotation range of a level: reduced for rotation-heavy activities, none otherwise. */
    static Optional<RotationRange> defaultRotation(AsOf asOf, Activity activity) {
        return asOf.history().demandsOf(activity).rotation() >= 2 ? Optional.of(RotationRange.REDUCED)
                : Optional.empty();
    }

    /** The level as a flare allows it: RPE ≤ 4, volume cut, rotation narrowed, and the frequency cut once taken. */
    public static Dose inFlare(Dose level, FlareEpisode flare, CoachingSettings settings) {
        Dose cut = level.withRpeCap(Math.min(level.rpeCap(), Flares.RPE_CAP_IN_FLARE))
                .scaledVolumePercent(Flares.volumePercent(flare, settings));
        if (cut.rotation().isPresent()) {
            cut = cut.withRotation(cut.rotation().get().narrower());
        }
        if (flare.frequencyCut() && cut.sessionsPerWeek() > 1) {
            cut = cut.withSessionsPerWeek(cut.sessionsPerWeek() - 1);
        }
        return cut;
    }

    /** Whether a session was done at the level: 90% or more of its minutes (or distance), within its RPE cap. */
    public static boolean countsToward(Session s, Dose level) {
        OptionalDouble share = shareOf(s, level);
        boolean bigEnough = share.isEmpty() || share.getAsDouble() >= COUNTS_FROM_SHARE;
        boolean withinCap = s.rpe().map(Rpe::value).map(r -> r <= level.rpeCap()).orElse(true);
        return bigEnough && withinCap;
    }

    /**
     * The session's dose as a share of the level's volume: work for strength with work, else
     * minutes, else distance; empty when the two cannot be compared.
     */
    static OptionalDouble shareOf(Session s, Dose level) {
        OptionalDouble work = level.work().isPresent() ? StrengthWork.of(s) : OptionalDouble.empty();
        if (work.isPresent() && level.work().getAsDouble() > 0) {
            return OptionalDouble.of(work.getAsDouble() / level.work().getAsDouble());
        } else if (level.minutes().isPresent() && level.minutes().getAsInt() > 0) {
            return OptionalDouble.of(s.minutes() / (double) level.minutes().getAsInt());
        } else if (level.distanceKm().isPresent() && s.distanceKm().isPresent() && level.distanceKm().getAsDouble() > 0) {
            return OptionalDouble.of(s.distanceKm().getAsDouble() / level.distanceKm().getAsDouble());
        }
        return OptionalDouble.empty();
    }

    /** The state of one activity's calibration as the days go by. */
    private static final class Run {
        private final Activity activity;
        private final AsOf asOf;
        private final List<FlareEpisode> flares;
        private final Optional<Pacing.Baseline> baseline;
        private final Predicate<LocalDate> paused;
        /** This activity's responses, oldest first, walked once alongside the days. */
        private final List<SessionResponse> own;
        private int nextResponse;
        private int nextFlare;
        private final Optional<Goal> goal;
        private final Map<String, Dose> levelAtSession = new HashMap<>();

        private LevelState state = LevelState.HOLD;
        private Optional<Dose> confirmed = Optional.empty();
        private Dose current;
        private boolean atNewLevel;
        private LocalDate holdStart;
        private final CoachingSettings settings;
        private final int holdDays;
        private final double step;
        private int holdLength;
        private final List<Response> held = new ArrayList<>();
        private int ambersInARow;
        /** The smallest dose of the amber sessions in the current row, as a share of the level's volume. */
        private double lowestAmberShare = 1;
        private Optional<Variable> changed = Optional.empty();
        private Optional<Variable> lastTried = Optional.empty();
        private Optional<Variable> failed = Optional.empty();
        private int stepBacks;
        private int progressions;
        private List<Reason> reasons = new ArrayList<>();
        private Optional<FlareEpisode> flare = Optional.empty();
        private Dose beforeFlare;
        private Optional<LocalDate> lastFlareEnded = Optional.empty();

        Run(Activity activity, AsOf asOf, List<SessionResponse> responses, List<FlareEpisode> flares,
            Optional<Pacing.Baseline> baseline, Predicate<LocalDate> paused) {
            this.settings = asOf.history().settings();
            this.holdDays = settings.holdDays();
            this.step = settings.progressionStep();
            this.holdLength = holdDays;
            this.activity = activity;
            this.asOf = asOf;
            this.flares = flares;
            this.baseline = baseline;
            this.paused = paused;
            this.own = responses.stream().filter(r -> r.session().activity() == activity).toList();
            this.goal = asOf.history().profile().goals().stream().filter(g -> g.activity() == activity).findFirst();
        }

        Outcome run() {
            Optional<LocalDate> start = start();
            if (start.isEmpty()) {
                return new Outcome(activity, LevelState.NEW, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                        0, Optional.empty(), List.of(Reason.of(Code.NO_LEVEL_YET, activity)), Map.of());
            }
            while (nextResponse < own.size() && own.get(nextResponse).date().isBefore(start.get())) {
                nextResponse++;
            }
            for (LocalDate day = start.get(); !day.isAfter(asOf.date()); day = day.plusDays(1)) {
                flareTransitions(day);
                while (nextResponse < own.size() && own.get(nextResponse).date().equals(day)) {
                    SessionResponse r = own.get(nextResponse++);
                    // In a flare the line in force is the flare's reduced level.
                    levelAtSession.put(r.session().id(), flare.isPresent() ? inFlare(beforeFlare, flare.get(), settings) : current);
                    session(day, r);
                }
                endOfDay(day);
            }
            int heldFor = state == LevelState.HOLD && flare.isEmpty()
                    ? (int) ChronoUnit.DAYS.between(holdStart, asOf.date()) : 0;
            Optional<Dose> shownCurrent = Optional.of(flare.isPresent()
                    ? inFlare(beforeFlare, flare.get(), settings) : current);
            if (flare.isPresent()) {
                reasons = new ArrayList<>(reasons);
                reasons.add(0, Reason.of(Code.FLARE_DOSE, flare.get().since(), shownCurrent.get().rpeCap(),
                        Flares.volumePercent(flare.get(), settings), flare.get().frequencyCut()));
            }
            return new Outcome(activity, flare.isPresent() ? LevelState.FLARE : state, confirmed, shownCurrent,
                    state == LevelState.PROGRESS || (state == LevelState.HOLD && atNewLevel) ? changed : Optional.empty(),
                    heldFor, stepBacks, flare, reasons, levelAtSession);
        }

        /** Where calibration starts: a given level, else a baseline test, else the first week of sessions. */
        private Optional<LocalDate> start() {
            Optional<Level> given = asOf.history().levels().stream()
                    .filter(l -> l.activity() == activity && !l.since().isAfter(asOf.date()))
                    .max(Comparator.comparing(Level::since));
            Optional<RotationRange> rotation = defaultRotation(asOf, activity);
            if (given.isPresent()) {
                current = Dose.of(given.get(), rotation);
                holdStart = given.get().since();
                reasons.add(Reason.of(Code.STARTING_LEVEL_SET, holdStart));
                return Optional.of(holdStart);
            }
            if (baseline.isPresent() && (baseline.get().baselineMinutes().isPresent()
                    || baseline.get().baselineKm().isPresent())) {
                Pacing.Baseline b = baseline.get();
                OptionalInt minutes = b.baselineMinutes().isPresent()
                        ? OptionalInt.of((int) Math.round(b.baselineMinutes().getAsDouble())) : OptionalInt.empty();
                current = new Dose(FREQUENCY_AIM, minutes, b.baselineKm(), STARTING_RPE_CAP, rotation);
                holdStart = b.lastTest();
                reasons.add(Reason.of(Code.STARTING_LEVEL_FROM_TEST, holdStart));
                return Optional.of(holdStart);
            }
            List<Session> sessions = asOf.sessionsOf(activity);
            if (sessions.isEmpty()) {
                return Optional.empty();
            }
            LocalDate first = asOf.localDate(sessions.get(0));
            List<Session> firstWeek = sessions.stream()
                    .filter(s -> ChronoUnit.DAYS.between(first, asOf.localDate(s)) < 7).toList();
            double[] minutes = firstWeek.stream().mapToDouble(Session::minutes).toArray();
            double[] rpes = firstWeek.stream().filter(s -> s.rpe().isPresent())
                    .mapToDouble(s -> s.rpe().get().value()).toArray();
            int cap = rpes.length == 0 ? STARTING_RPE_CAP : (int) Math.ceil(MorningBaseline.median(rpes));
            double[] works = firstWeek.stream().map(StrengthWork::of).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            OptionalDouble work = activity == Activity.STRENGTH && works.length > 0
                    ? OptionalDouble.of(Math.round(MorningBaseline.median(works))) : OptionalDouble.empty();
            current = new Dose(Math.min(5, firstWeek.size()), OptionalInt.of((int) Math.round(MorningBaseline.median(minutes))),
                    OptionalDouble.empty(), cap, rotation, work);
            holdStart = first;
            reasons.add(Reason.of(Code.STARTING_LEVEL_FROM_FIRST_WEEK, activity, firstWeek.size()));
            return Optional.of(first);
        }

        private void flareTransitions(LocalDate day) {
            // Episodes are in order and never overlap: skip those that ended on or before this day.
            while (nextFlare < flares.size() && flares.get(nextFlare).ended().filter(end -> !day.isBefore(end)).isPresent()) {
                nextFlare++;
            }
            Optional<FlareEpisode> now = nextFlare < flares.size() && flares.get(nextFlare).activeOn(day)
                    ? Optional.of(flares.get(nextFlare)) : Optional.empty();
            if (now.isPresent() && flare.isEmpty()) {
                flare = now;
                // A flare soon after the last one starts from the dose that just failed (section 7).
                boolean soonAfterLast = lastFlareEnded.filter(end -> ChronoUnit.DAYS.between(end, now.get().since())
                        <= Flares.RESTART_WITHIN_DAYS).isPresent();
                beforeFlare = soonAfterLast ? current : confirmed.orElse(current);
            } else if (now.isPresent()) {
                flare = now;
            } else if (flare.isPresent()) {
                // The flare has settled: hold the reduced level it left.
                current = inFlare(beforeFlare, flare.get(), settings);
                flare = Optional.empty();
                lastFlareEnded = Optional.of(day);
                beginHold(day, LevelState.HOLD, false, holdDays);
                reasons = new ArrayList<>(List.of(Reason.of(Code.FLARE_SETTLED_HOLDING, day)));
            }
        }

        private void beginHold(LocalDate day, LevelState next, boolean newLevel, int length) {
            state = next;
            holdStart = day;
            held.clear();
            ambersInARow = 0;
            atNewLevel = newLevel;
            holdLength = length;
        }

        private void session(LocalDate day, SessionResponse r) {
            if (flare.isPresent() || !r.response().isFinal()) {
                return;
            }
            if (state == LevelState.PROGRESS || state == LevelState.STEP_BACK) {
                beginHold(day, LevelState.HOLD, atNewLevel, holdLength);
                reasons = new ArrayList<>(List.of(Reason.of(Code.HOLDING, current, day)));
            }
            if (r.response() == Response.RED) {
                if (atNewLevel && confirmed.isPresent()) {
                    stepBack(day, Reason.of(Code.RED_AT_NEW_LEVEL, day));
                } else {
                    held.add(Response.RED);
                }
                return;
            }
            // The level is a ceiling: a session below it neither confirms nor breaks the hold, but its
            // response still counts toward "2 amber in a row" (ENGINE.md section 6).
            ambersInARow = r.response() == Response.AMBER ? ambersInARow + 1 : 0;
            OptionalDouble share = shareOf(r.session(), current);
            if (r.response() == Response.AMBER) {
                lowestAmberShare = Math.min(ambersInARow == 1 ? 1 : lowestAmberShare, share.orElse(1));
            }
            if (countsToward(r.session(), current)) {
                held.add(r.response());
            }
            if (ambersInARow >= 2 && atNewLevel && confirmed.isPresent()) {
                stepBack(day, Reason.of(Code.TWO_AMBERS_AT_NEW_LEVEL));
            } else if (ambersInARow >= 2 && lowestAmberShare < COUNTS_FROM_SHARE) {
                stepBack(day, Reason.of(Code.TWO_AMBERS_BELOW_LEVEL, Math.round(lowestAmberShare * 100)));
            }
        }

        private void endOfDay(LocalDate day) {
            if (flare.isPresent() || state != LevelState.HOLD) {
                return;
            }
            long elapsed = ChronoUnit.DAYS.between(holdStart, day);
            boolean decisionDay = elapsed >= holdLength || day.equals(asOf.date())
                    || (activity == Activity.STRENGTH && elapsed >= 6);
            if (!decisionDay) {
                return;
            }
            long greens = held.stream().filter(x -> x == Response.GREEN).count();
            boolean anyRed = held.contains(Response.RED);
            double share = held.isEmpty() ? 1 : (double) greens / held.size();
            if (activity == Activity.STRENGTH) {
                strengthWeek(day, elapsed, greens, anyRed);
                return;
            }
            if (elapsed >= holdLength && held.size() >= HOLD_SESSIONS && share >= CONFIRM_GREEN_SHARE && !anyRed) {
                if (paused.test(day)) {
                    reasons = new ArrayList<>(List.of(Reason.of(Code.CONFIRMED_BUT_PAUSED)));
                    return;
                }
                confirm(day, greens);
                return;
            }
            if (elapsed >= holdLength && atNewLevel && confirmed.isPresent() && !held.isEmpty()
                    && share < CONFIRM_GREEN_SHARE) {
                stepBack(day, Reason.of(Code.TOO_FEW_GREEN_AT_NEW_LEVEL, greens, held.size(), holdLength,
                        Math.round(CONFIRM_GREEN_SHARE * 100)));
                return;
            }
            if (elapsed >= holdLength + DEADLINE_EXTRA_DAYS && held.size() >= HOLD_SESSIONS) {
                stepBack(day, Reason.of(Code.NOT_CONFIRMED_BY_DEADLINE, holdLength + DEADLINE_EXTRA_DAYS, greens,
                        held.size(), anyRed));
                return;
            }
            if (day.equals(asOf.date())) {
                reasons = new ArrayList<>(reasons.subList(0, Math.min(1, reasons.size())));
                if (elapsed < holdLength) {
                    reasons.add(Reason.of(Code.HOLD_DAY, elapsed, holdLength, held.size(), HOLD_SESSIONS, greens));
                } else if (held.size() < HOLD_SESSIONS) {
                    reasons.add(Reason.of(Code.HOLD_NEEDS_SESSIONS, elapsed, HOLD_SESSIONS - held.size()));
                } else {
                    reasons.add(Reason.of(Code.HOLD_AWAITS_GREEN, elapsed, greens, held.size(), anyRed,
                            Math.round(CONFIRM_GREEN_SHARE * 100), holdLength + DEADLINE_EXTRA_DAYS));
                }
            }
        }

        private void strengthWeek(LocalDate day, long elapsed, long greens, boolean anyRed) {
            if (anyRed && confirmed.isPresent()) {
                stepBack(day, Reason.of(Code.STRENGTH_RED));
                return;
            }
            if (elapsed >= 6 && !held.isEmpty() && greens == held.size() && !paused.test(day)) {
                confirmed = Optional.of(current);
                Reason what;
                long percent = Math.round(STRENGTH_WEEKLY_STEP * 100);
                if (current.work().isPresent()) {
                    Dose before = current;
                    current = current.withWorkScaled(1 + STRENGTH_WEEKLY_STEP);
                    // Work is not one of the scenario's variables: the reason says what changed.
                    changed = Optional.empty();
                    what = Reason.of(Code.STRENGTH_WORK_UP, percent, Math.round(before.work().getAsDouble()),
                            Math.round(current.work().getAsDouble()));
                } else {
                    current = current.scaledVolume(1 + STRENGTH_WEEKLY_STEP);
                    changed = Optional.of(Variable.MINUTES);
                    what = Reason.of(Code.STRENGTH_VOLUME_UP, percent);
                }
                beginHold(day.plusDays(1), LevelState.HOLD, true, 7);
                reasons = new ArrayList<>(List.of(what));
            } else if (elapsed >= 6) {
                beginHold(day.plusDays(1), LevelState.HOLD, atNewLevel, 7);
            }
        }

        private void confirm(LocalDate day, long greens) {
            confirmed = Optional.of(current);
            stepBacks = 0;
            Optional<Variable> next = chooseVariable();
            List<Reason> why = new ArrayList<>();
            why.add(Reason.of(Code.CONFIRMED, day, greens, held.size(), holdLength));
            if (next.isEmpty()) {
                beginHold(day, LevelState.HOLD, false, holdDays);
                why.add(Reason.of(Code.AT_GOAL));
                reasons = why;
                return;
            }
            boolean half = failed.equals(next) && (next.get() == Variable.MINUTES || next.get() == Variable.DISTANCE_KM);
            Dose before = current;
            current = raise(current, next.get(), half);
            changed = next;
            lastTried = next;
            failed = Optional.empty();
            progressions++;
            state = LevelState.PROGRESS;
            atNewLevel = true;
            holdLength = holdDays;
            why.add(Reason.of(Code.NEXT_CHANGE, next.get(), before, current, half));
            reasons = why;
        }

        private void stepBack(LocalDate day, Reason why) {
            stepBacks++;
            Dose before = current;
            if (atNewLevel && confirmed.isPresent()) {
                current = confirmed.get();
                failed = lastTried;
            } else {
                current = current.scaledVolume(1 - step);
                failed = Optional.empty();
            }
            // Ambers below the level: the ceiling comes down to a step below the smallest of them.
            if (ambersInARow >= 2 && lowestAmberShare < 1) {
                double tolerated = lowestAmberShare * (1 - step);
                if (before.volume() > 0 && tolerated * before.volume() < current.volume()) {
                    current = before.scaledVolume(tolerated);
                }
            }
            state = LevelState.STEP_BACK;
            holdStart = day;
            held.clear();
            ambersInARow = 0;
            lowestAmberShare = 1;
            atNewLevel = false;
            holdLength = (int) Math.round(holdDays * STEP_BACK_HOLD_FACTOR);
            changed = Optional.empty();
            reasons = new ArrayList<>(List.of(why, Reason.of(Code.STEPPED_BACK, before, current, holdLength)));
        }

        /** Frequency first below 3 a week; then the variable furthest below its goal; without goals, alternate. */
        private Optional<Variable> chooseVariable() {
            boolean frequencyWanted = goal.flatMap(g -> g.sessionsPerWeek().isPresent()
                    ? Optional.of(current.sessionsPerWeek() < g.sessionsPerWeek().getAsInt()) : Optional.empty())
                    .orElse(true);
            if (current.sessionsPerWeek() < FREQUENCY_AIM && frequencyWanted
                    && !failed.equals(Optional.of(Variable.SESSIONS_PER_WEEK))) {
                return Optional.of(Variable.SESSIONS_PER_WEEK);
            }
            Variable volume = current.minutes().isPresent() ? Variable.MINUTES : Variable.DISTANCE_KM;
            if (goal.isEmpty() || noTargets(goal.get())) {
                List<Variable> order = new ArrayList<>(List.of(volume, Variable.RPE_CAP));
                if (progressions % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Variable v : order) {
                    if (v == Variable.RPE_CAP && current.rpeCap() >= RPE_CAP_WITHOUT_GOAL) {
                        continue;
                    }
                    if (failed.equals(Optional.of(v)) && v == Variable.RPE_CAP) {
                        continue;
                    }
                    return Optional.of(v);
                }
                return Optional.of(volume);
            }
            Goal g = goal.get();
            List<Map.Entry<Variable, Double>> ratios = new ArrayList<>();
            if (volume == Variable.MINUTES && g.minutes().isPresent() && current.minutes().isPresent()) {
                ratios.add(Map.entry(Variable.MINUTES, current.minutes().getAsInt() / (double) g.minutes().getAsInt()));
            } else if (g.distanceKm().isPresent() && current.distanceKm().isPresent()) {
                ratios.add(Map.entry(Variable.DISTANCE_KM, current.distanceKm().getAsDouble() / g.distanceKm().getAsDouble()));
            }
            if (g.rpeCap().isPresent()) {
                ratios.add(Map.entry(Variable.RPE_CAP, current.rpeCap() / (double) g.rpeCap().getAsInt()));
            }
            if (current.rotation().isPresent()) {
                ratios.add(Map.entry(Variable.ROTATION, (current.rotation().get().ordinal() + 1) / 3.0));
            }
            if (g.sessionsPerWeek().isPresent()) {
                ratios.add(Map.entry(Variable.SESSIONS_PER_WEEK,
                        current.sessionsPerWeek() / (double) g.sessionsPerWeek().getAsInt()));
            }
            // Stable sort keeps the tie order: duration/distance, intensity, rotation, then frequency.
            return ratios.stream()
                    .filter(e -> e.getValue() < 1 - 1e-9)
                    .filter(e -> !(failed.equals(Optional.of(e.getKey())) && e.getKey() != Variable.MINUTES
                            && e.getKey() != Variable.DISTANCE_KM))
                    .min(Comparator.comparingDouble(e -> Math.round(e.getValue() * 1000) / 1000.0))
                    .map(Map.Entry::getKey);
        }

        private boolean noTargets(Goal g) {
            return g.minutes().isEmpty() && g.distanceKm().isEmpty() && g.rpeCap().isEmpty()
                    && g.sessionsPerWeek().isEmpty();
        }

        private Dose raise(Dose d, Variable v, boolean half) {
            double step = half ? this.step / 2 : this.step;
            switch (v) {
                case SESSIONS_PER_WEEK:
                    return d.withSessionsPerWeek(d.sessionsPerWeek() + 1);
                case RPE_CAP:
                    return d.withRpeCap(d.rpeCap() + 1);
                case ROTATION:
                    return d.withRotation(d.rotation().orElse(RotationRange.REDUCED).wider());
                case DISTANCE_KM:
                    return new Dose(d.sessionsPerWeek(), d.minutes(),
                            OptionalDouble.of(Math.round(d.distanceKm().orElse(0) * (1 + step) * 100) / 100.0),
                            d.rpeCap(), d.rotation(), d.work());
                default:
                    int m = d.minutes().orElse(0);
                    return new Dose(d.sessionsPerWeek(), OptionalInt.of(Math.max(m + 1, (int) Math.round(m * (1 + step)))),
                            d.distanceKm(), d.rpeCap(), d.rotation(), d.work());
            }
        }
    }
}
