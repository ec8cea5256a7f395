package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.level.Dose;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.library.Exercise;
import org.plimsoll.engine.library.ExerciseLibrary;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.today.TodayFactor;

/**
 * The seven days from today (ENGINE.md section 12): the one place a day's dose comes from, for
 * Today, the plan, the calendar, the report and the API. Every activity with a level at its
 * level's frequency (in a flare, its flare dose), each day at that day's level (today's factor
 * today, the recent-red cut on the days it covers, never past the spike guard); strength with the
 * person's own exercises or the library's by phase; walking offered on the free days; swaps and
 * each sport's own flare words in a flare. The first note of every entry is the one reason that
 * matters most for it.
 */
public final class WeekPlan {
    public static final int DAYS = 7;
    /** Without a strength level of their own, two short sessions from the library (section 12). */
    public static final int STRENGTH_SESSIONS = 2;
    public static final int STRENGTH_MINUTES = 20;
    public static final int WALK_MINUTES = 20;
    public static final int SWAP_MIN_MINUTES = 20;
    public static final int SWAP_MAX_MINUTES = 40;
    /** The most exercises listed for one strength session. */
    static final int EXERCISES_SHOWN = 6;

    private WeekPlan() {
    }

    /** What the plan is made from: the activities as the referral leaves them, and today's factor. */
    public record Inputs(AsOf asOf, List<Calibration.Outcome> outcomes, Referral referral, Optional<FlareEpisode> flare,
                         int phase, TodayFactor today, java.util.NavigableSet<LocalDate> redDays) {
    }

    public static List<PlannedSession> of(Inputs in) {
        List<PlannedSession> plan = new ArrayList<>();
        if (in.referral().stopsTraining()) {
            return plan;
        }
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
            OptionalDouble longest = Loads.longestRecent(in.asOf(), o.activity(), in.asOf().date());
            for (int i = 0; i < days.size(); i++) {
                int d = days.get(i);
                perDay[d]++;
                LocalDate date = first.plusDays(d);
                Dose dose = doseOn(in, level, d);
                boolean swap = i >= n - swaps;
                plan.add(swap ? swapSession(in, date, dose) : session(in, date, d, o, level, dose, longest));
            }
            offset += 1;
        }
        if (trained.stream().noneMatch(o -> o.activity() == Activity.STRENGTH)) {
            libraryStrength(in, first, perDay, plan);
        }
        for (int d = 0; d < DAYS; d++) {
            if (perDay[d] == 0) {
                LocalDate date = first.plusDays(d);
                plan.add(new PlannedSession(date, Activity.WALK, OptionalInt.of(WALK_MINUTES), 3, PlannedSession.Kind.WALK,
                        List.of(), List.of("Optional: a walk of 15–30 minutes at an easy pace keeps you moving."),
                        nextMorning(in, date)));
            }
        }
        plan.sort(Comparator.comparing(PlannedSession::date).thenComparing(p -> p.kind().ordinal()));
        return plan;
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

    private static PlannedSession session(Inputs in, LocalDate date, int dayIndex, Calibration.Outcome o, Dose level,
                                          Dose dose, OptionalDouble longest) {
        List<String> notes = new ArrayList<>();
        OptionalInt minutes = dose.minutes();
        boolean capped = false;
        if (minutes.isPresent() && Loads.isSpike(minutes.getAsInt(), longest)) {
            minutes = OptionalInt.of((int) Math.floor(longest.getAsDouble() * Loads.SPIKE_FACTOR));
            capped = true;
        }
        notes.add(reason(in, o, level, dose, dayIndex, capped, longest));
        notes.add("Warm up 5–8 minutes first: " + String.join(", ", ExerciseLibrary.WARM_UP) + ".");
        Set<Region> regions = in.asOf().history().profile().regions();
        if (in.flare().isPresent()) {
            notes.add(flareWords(o.activity()));
            if (o.activity() == Activity.RUN) {
                notes.add("Form: a slightly shorter stride, cadence up 3–5%, extra care downhill.");
            }
        } else if (o.activity() == Activity.RUN) {
            notes.add("An easy run, at a pace you can talk at; no hard days back to back.");
        }
        boolean upper = regions.contains(Region.UPPER) || regions.contains(Region.MID);
        if (o.activity() == Activity.RUN && upper) {
            notes.add("Arms swing forward and back, not across the body; shoulders down and relaxed.");
        }
        if (upper) {
            notes.add("Add breathing drills and thoracic mobility; take posture breaks when sitting long.");
        }
        List<String> exercises = o.activity() == Activity.STRENGTH ? strengthExercises(in) : List.of();
        PlannedSession.Kind kind = o.activity() == Activity.STRENGTH ? PlannedSession.Kind.STRENGTH
                : PlannedSession.Kind.SESSION;
        return new PlannedSession(date, o.activity(), minutes, dose.rpeCap(), kind, exercises, notes, nextMorning(in, date));
    }

    /** The one reason that matters most for an entry, in the order a physiotherapist would give it. */
    static String reason(Inputs in, Calibration.Outcome o, Dose level, Dose dose, int dayIndex, boolean capped,
                         OptionalDouble longest) {
        if (capped) {
            return "Kept to 110% of your longest " + o.activity().code() + " in the last 30 days ("
                    + Math.round(longest.getAsDouble()) + " minutes): one big jump is what tends to hurt.";
        }
        if (in.flare().isPresent()) {
            return "Flare: an easy, shorter session; keeping the habit of moving matters more than the load.";
        }
        if (in.referral().inForce()) {
            return o.confirmed().equals(Optional.of(level))
                    ? "Progression paused until a clinician has seen you; this is your last confirmed level."
                    : "Progression paused until a clinician has seen you; nothing is raised until then.";
        }
        if (!dose.equals(level)) {
            return dayIndex == 0 ? "Lighter today: " + String.join(" ", in.today().adjustments().stream()
                    .map(a -> a.reason()).toList())
                    : "Lighter while a recent red session settles.";
        }
        if (o.changed().isPresent()) {
            return "One change from last week: " + o.changed().get().words() + ".";
        }
        return o.confirmed().equals(Optional.of(level)) ? "Your confirmed level." : "Your level, held until it is confirmed.";
    }

    /** What a flare means for each kind of sport (section 7), in its own words. */
    static String flareWords(Activity activity) {
        return switch (activity) {
            case RUN -> "Flare: easy, conversational pace only; no intervals, tempo, hills or long runs.";
            case GOLF -> "Flare: half swings at a slower tempo; putting and chipping rather than full drives.";
            case SWIM -> "Flare: easy strokes, with kick sets and a pull buoy; no hard intervals.";
            case TENNIS -> "Flare: gentle rallies at half pace; no serves or overheads.";
            case ROW -> "Flare: easy strokes at a low rate; no hard pieces.";
            case STRENGTH -> "Flare: heavy deadlifts and high-volume hinging paused; stable lower-body work and "
                    + "stability builders only.";
            default -> "Flare: an easy pace only, at a reduced range and speed.";
        };
    }

    /**
     * The exercises of a strength session: the person's own (from their last logged strength
     * session) outside a flare, else the library's for the phase and the back regions, with
     * rowing-pattern work for the upper and mid back. In a flare, stable lower-body work and
     * stability builders only.
     */
    static List<String> strengthExercises(Inputs in) {
        if (in.flare().isEmpty()) {
            List<Session> strength = in.asOf().sessionsOf(Activity.STRENGTH);
            for (int i = strength.size() - 1; i >= 0; i--) {
                if (!strength.get(i).strengthSets().isEmpty()) {
                    Set<String> own = new LinkedHashSet<>();
                    strength.get(i).strengthSets().stream().map(StrengthSet::exercise).forEach(own::add);
                    return List.copyOf(own);
                }
            }
        }
        Set<Region> regions = in.asOf().history().profile().regions();
        boolean upper = regions.contains(Region.UPPER) || regions.contains(Region.MID);
        List<Exercise> pool = ExerciseLibrary.forPhase(in.flare().isPresent() ? Math.max(2, in.phase()) : in.phase(), regions)
                .stream().filter(e -> in.flare().isEmpty() || !ExerciseLibrary.pausedInFlare(e)).toList();
        List<String> chosen = new ArrayList<>();
        if (upper) {
            // Rowing-pattern strength for the upper and mid back: rows, pull-aparts, face pulls (section 12).
            pool.stream().filter(e -> e.pattern() == Exercise.Pattern.UPPER_BACK).map(Exercise::name).forEach(chosen::add);
        }
        if (in.flare().isPresent()) {
            pool.stream().filter(e -> e.pattern() == Exercise.Pattern.SQUAT || e.pattern() == Exercise.Pattern.CARRY
                    || e.pattern() == Exercise.Pattern.CORE_STABILITY && e.phase() >= 2).map(Exercise::name)
                    .filter(n -> !chosen.contains(n)).forEach(chosen::add);
        }
        pool.stream().filter(e -> e.phase() == in.phase() || in.phase() == 1).map(Exercise::name)
                .filter(n -> !chosen.contains(n)).forEach(chosen::add);
        return chosen.stream().limit(EXERCISES_SHOWN).toList();
    }

    /** Two short library sessions for someone without a strength level of their own. */
    private static void libraryStrength(Inputs in, LocalDate first, int[] perDay, List<PlannedSession> plan) {
        List<Integer> days = spread(STRENGTH_SESSIONS, 1, perDay);
        boolean flare = in.flare().isPresent();
        List<String> exercises = strengthExercises(in);
        for (int d : days) {
            perDay[d]++;
            LocalDate date = first.plusDays(d);
            List<String> notes = new ArrayList<>();
            notes.add(flare ? flareWords(Activity.STRENGTH)
                    : "Phase " + in.phase() + " of the return to training: short and controlled.");
            notes.add("Careful for now: " + String.join("; ", ExerciseLibrary.CAREFUL_FOR_NOW) + ".");
            plan.add(new PlannedSession(date, Activity.STRENGTH, OptionalInt.of(STRENGTH_MINUTES), flare ? 4 : 5,
                    PlannedSession.Kind.STRENGTH, exercises, notes, nextMorning(in, date)));
        }
    }

    private static PlannedSession swapSession(Inputs in, LocalDate date, Dose dose) {
        int minutes = Math.max(SWAP_MIN_MINUTES, Math.min(SWAP_MAX_MINUTES, dose.minutes().orElse(30)));
        return new PlannedSession(date, Activity.CYCLE, OptionalInt.of(minutes), Math.min(4, dose.rpeCap()),
                PlannedSession.Kind.SWAP, List.of(),
                List.of("Flare swap: low-impact cardio (cycle, incline walk, elliptical or deep-water running), "
                        + "20–40 minutes, easy."),
                nextMorning(in, date));
    }

    private static java.time.LocalDateTime nextMorning(Inputs in, LocalDate date) {
        return date.plusDays(1).atTime(in.asOf().history().profile().morningCheckIn());
    }
}
