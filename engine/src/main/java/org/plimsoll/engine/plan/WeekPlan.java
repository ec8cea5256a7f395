package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.level.Dose;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.library.Exercise;
import org.plimsoll.engine.library.ExerciseLibrary;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.referral.Referral;

/**
 * The next seven days (ENGINE.md section 12): the main activity at its level, two short strength
 * sessions, daily walking, a warm-up before each session, swaps and form cues in a flare, and the
 * check-in reminders of every session.
 */
public final class WeekPlan {
    public static final int STRENGTH_SESSIONS = 2;
    public static final int STRENGTH_MINUTES = 20;
    public static final int WALK_MINUTES = 20;
    public static final int SWAP_MIN_MINUTES = 20;
    public static final int SWAP_MAX_MINUTES = 40;

    private WeekPlan() {
    }

    public static List<PlannedSession> of(AsOf asOf, List<Calibration.Outcome> outcomes, Referral referral,
                                          boolean flareActive, int phase) {
        List<PlannedSession> plan = new ArrayList<>();
        LocalDate first = asOf.date().plusDays(1);
        if (referral.stopsTraining()) {
            return plan;
        }
        Optional<Calibration.Outcome> main = mainActivity(asOf, outcomes);
        Set<Region> regions = asOf.history().profile().regions();
        boolean[] busy = new boolean[7];
        if (main.isPresent() && main.get().current().isPresent()) {
            Calibration.Outcome o = main.get();
            Dose dose = o.current().get();
            int n = Math.max(1, Math.min(5, dose.sessionsPerWeek()));
            int swaps = flareActive && o.activity() != Activity.CYCLE ? (n >= 4 ? 2 : 1) : 0;
            for (int i = 0; i < n; i++) {
                int dayIndex = (int) Math.round(i * 7.0 / n);
                busy[dayIndex] = true;
                LocalDate date = first.plusDays(dayIndex);
                // In a flare the last one or two sessions of the week become low-impact swaps, never the only one.
                boolean swap = n > 1 && i >= n - swaps;
                plan.add(swap ? swapSession(asOf, date, dose) : mainSession(asOf, date, o, dose, flareActive, regions,
                        referral));
            }
        }
        List<Exercise> exercises = ExerciseLibrary.forPhase(phase, regions).stream()
                .filter(e -> !flareActive || !ExerciseLibrary.pausedInFlare(e))
                .filter(e -> e.phase() == phase || phase == 1)
                .limit(5).toList();
        int strength = 0;
        for (int d = 1; d < 7 && strength < STRENGTH_SESSIONS; d += 3) {
            int day = busy[d] ? (d + 1) % 7 : d;
            LocalDate date = first.plusDays(day);
            List<String> notes = new ArrayList<>();
            notes.add("Phase " + phase + " of the return to training. Careful for now: "
                    + String.join("; ", ExerciseLibrary.CAREFUL_FOR_NOW) + ".");
            if (flareActive) {
                notes.add("Flare: heavy deadlifts and high-volume hinging paused; keep stable lower-body work and "
                        + "stability builders.");
            }
            plan.add(new PlannedSession(date, Activity.STRENGTH, OptionalInt.of(STRENGTH_MINUTES), flareActive ? 4 : 5,
                    PlannedSession.Kind.STRENGTH, exercises.stream().map(Exercise::name).toList(), notes,
                    date.plusDays(1).atTime(asOf.history().profile().morningCheckIn())));
            busy[day] = true;
            strength++;
        }
        for (int d = 0; d < 7; d++) {
            if (!busy[d]) {
                LocalDate date = first.plusDays(d);
                plan.add(new PlannedSession(date, Activity.WALK, OptionalInt.of(WALK_MINUTES), 3, PlannedSession.Kind.WALK,
                        List.of(), List.of("Daily walking, 15–30 minutes at an easy pace."),
                        date.plusDays(1).atTime(asOf.history().profile().morningCheckIn())));
            }
        }
        plan.sort(Comparator.comparing(PlannedSession::date).thenComparing(p -> p.kind().ordinal()));
        return plan;
    }

    /** The activity the person trains for: the one with a goal, else the most practised in 28 days. */
    static Optional<Calibration.Outcome> mainActivity(AsOf asOf, List<Calibration.Outcome> outcomes) {
        List<Calibration.Outcome> trained = outcomes.stream()
                .filter(o -> o.current().isPresent() && o.activity() != Activity.STRENGTH && !o.activity().isPosture())
                .toList();
        Optional<Calibration.Outcome> withGoal = trained.stream()
                .filter(o -> asOf.history().profile().goals().stream().anyMatch(g -> g.activity() == o.activity()))
                .findFirst();
        if (withGoal.isPresent()) {
            return withGoal;
        }
        return trained.stream().max(Comparator.comparingLong(o -> asOf.sessionsOf(o.activity()).stream()
                .filter(s -> ChronoUnit.DAYS.between(asOf.localDate(s), asOf.date()) < 28).count()));
    }

    private static PlannedSession mainSession(AsOf asOf, LocalDate date, Calibration.Outcome o, Dose dose,
                                              boolean flareActive, Set<Region> regions, Referral referral) {
        List<String> notes = new ArrayList<>();
        notes.add("Warm up 5–8 minutes first: " + String.join(", ", ExerciseLibrary.WARM_UP) + ".");
        if (o.changed().isPresent() && o.state() != LevelState.FLARE) {
            notes.add("One change from last week: " + o.changed().get().words() + ".");
        }
        if (referral.inForce()) {
            notes.add(o.confirmed().equals(Optional.of(dose))
                    ? "Progression paused until a clinician has seen you; this is your last confirmed level."
                    : "Progression paused until a clinician has seen you; nothing is raised until then.");
        }
        if (flareActive) {
            notes.add("Flare: easy, conversational pace only; no intervals, tempo, hills or long runs.");
            if (o.activity() == Activity.RUN) {
                notes.add("Form: a slightly shorter stride, cadence up 3–5%, extra care downhill.");
            }
            if (dose.rotation().isPresent()) {
                notes.add("Reduced rotation range and speed.");
            }
        }
        if (o.activity() == Activity.RUN && (regions.contains(Region.UPPER) || regions.contains(Region.MID))) {
            notes.add("Arms swing forward and back, not across the body; shoulders down and relaxed.");
        }
        if (regions.contains(Region.UPPER) || regions.contains(Region.MID)) {
            notes.add("Add breathing drills and thoracic mobility; take posture breaks when sitting long.");
        }
        double planned = dose.minutes().isPresent() ? dose.minutes().getAsInt() : 0;
        if (Loads.isSpike(planned, Loads.longestRecent(asOf, o.activity(), asOf.date()))) {
            notes.add("Longer than 110% of your longest " + o.activity().code() + " in the last 30 days: "
                    + "a single big jump is what tends to hurt.");
        }
        return new PlannedSession(date, o.activity(), dose.minutes(), dose.rpeCap(), PlannedSession.Kind.SESSION,
                List.of(), notes, date.plusDays(1).atTime(asOf.history().profile().morningCheckIn()));
    }

    private static PlannedSession swapSession(AsOf asOf, LocalDate date, Dose dose) {
        int minutes = Math.max(SWAP_MIN_MINUTES, Math.min(SWAP_MAX_MINUTES, dose.minutes().orElse(30)));
        return new PlannedSession(date, Activity.CYCLE, OptionalInt.of(minutes), Math.min(4, dose.rpeCap()),
                PlannedSession.Kind.SWAP, List.of(),
                List.of("Flare swap: low-impact cardio (cycle, incline walk, elliptical or deep-water running), "
                        + "20–40 minutes, easy."),
                date.plusDays(1).atTime(asOf.history().profile().morningCheckIn()));
    }
}
