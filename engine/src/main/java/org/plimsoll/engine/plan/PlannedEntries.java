package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.library.Exercise;
import org.plimsoll.engine.library.ExerciseLibrary;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Minutes;

/**
 * One entry of the week plan (ENGINE.md section 12), once the week's layout has given it a day: its
 * dose, the one reason that matters most for it, its exercises, and a flare's swap.
 */
final class PlannedEntries {
    private PlannedEntries() {
    }

    static PlannedSession session(WeekPlan.Inputs in, LocalDate date, int dayIndex, Calibration.Outcome o, Dose level,
                                          Dose dose, Optional<Minutes> longest, Optional<RunType> runType) {
        List<Reason> notes = new ArrayList<>();
        Optional<Minutes> minutes = WeekPlan.spikeGuarded(dose.minutes(), longest);
        boolean capped = !minutes.equals(dose.minutes());
        if (o.activity() == Activity.STRENGTH && in.flare().isPresent() && minutes.isPresent()) {
            // Two short strength sessions in a flare (section 12).
            minutes = Optional.of(minutes.get().min(new Minutes(WeekPlan.STRENGTH_MINUTES)));
        }
        notes.add(reason(in, o, level, dose, dayIndex, capped, longest));
        notes.add(new PlanReason.WarmUp(WeekPlan.WARM_UP_FROM_MINUTES, WeekPlan.WARM_UP_TO_MINUTES));
        Set<Region> regions = in.asOf().history().profile().regions();
        if (in.flare().isPresent()) {
            notes.add(new PlanReason.FlareSport(o.activity()));
            if (o.activity() == Activity.RUN) {
                notes.add(new PlanReason.RunFormInFlare());
            }
        } else if (runType.isPresent()) {
            // Every run is planned easy; one may become the week's harder run once the week is laid out.
            notes.add(new PlanReason.EasyRun());
        }
        boolean upper = regions.contains(Region.UPPER) || regions.contains(Region.MID);
        if (o.activity() == Activity.RUN && upper) {
            notes.add(new PlanReason.ArmSwing());
        }
        if (upper) {
            notes.add(new PlanReason.UpperBackCare());
        }
        List<PlannedExercise> exercises = o.activity() == Activity.STRENGTH ? strengthExercises(in)
                : o.activity() == Activity.BACK_EXERCISES ? backExercises(regions) : List.of();
        PlannedSession.Kind kind = o.activity() == Activity.STRENGTH ? PlannedSession.Kind.STRENGTH
                : PlannedSession.Kind.SESSION;
        // An easy run at a conversational effort (the harder run gets the day's full effort later).
        int effort = runType.isPresent() ? Math.min(dose.rpeCap(), WeekPlan.EASY_RUN_EFFORT) : dose.rpeCap();
        return new PlannedSession(date, o.activity(), minutes, effort, kind, runType, exercises, notes,
                nextMorning(in, date));
    }

    /** The one reason that matters most for an entry, in the order a physiotherapist would give it. */
    static Reason reason(WeekPlan.Inputs in, Calibration.Outcome o, Dose level, Dose dose, int dayIndex, boolean capped,
                         Optional<Minutes> longest) {
        if (capped) {
            return new PlanReason.SpikeGuard(Math.round(Loads.SPIKE_FACTOR * 100), o.activity(),
                    Loads.SPIKE_LOOKBACK_DAYS, longest.get().value());
        }
        if (in.flare().isPresent()) {
            return new PlanReason.FlareEasySession();
        }
        if (in.referral().inForce()) {
            return o.confirmed().equals(Optional.of(level)) ? new PlanReason.PausedAtConfirmed()
                    : new PlanReason.PausedNothingRaised();
        }
        if (!dose.equals(level)) {
            return dayIndex == 0
                    ? new PlanReason.LighterToday(in.today().adjustments().stream().map(a -> a.reason()).toList())
                    : new PlanReason.LighterAfterRed();
        }
        if (o.changed().isPresent()) {
            return new PlanReason.OneChange(o.changed().get());
        }
        return o.confirmed().equals(Optional.of(level)) ? new PlanReason.ConfirmedLevel() : new PlanReason.HeldLevel();
    }

    /**
     * The exercises of a strength session: the person's own (from their last logged strength
     * session) outside a flare, else the library's for the phase and the back regions, with
     * rowing-pattern work for the upper and mid back. In a flare, stable lower-body work and
     * stability builders only.
     */
    static List<PlannedExercise> strengthExercises(WeekPlan.Inputs in) {
        if (in.flare().isEmpty()) {
            List<Session> strength = in.asOf().sessionsOf(Activity.STRENGTH);
            for (int i = strength.size() - 1; i >= 0; i--) {
                if (!strength.get(i).strengthSets().isEmpty()) {
                    Set<PlannedExercise> own = new LinkedHashSet<>();
                    strength.get(i).strengthSets().stream().map(s -> new PlannedExercise.Own(s.exercise())).forEach(own::add);
                    return List.copyOf(own);
                }
            }
        }
        Set<Region> regions = in.asOf().history().profile().regions();
        boolean upper = regions.contains(Region.UPPER) || regions.contains(Region.MID);
        List<Exercise> pool = ExerciseLibrary.forPhase(in.flare().isPresent() ? Math.max(2, in.phase()) : in.phase(), regions)
                .stream().filter(e -> in.flare().isEmpty() || !ExerciseLibrary.pausedInFlare(e)).toList();
        List<PlannedExercise> chosen = new ArrayList<>();
        if (upper) {
            // Rowing-pattern strength for the upper and mid back: rows, pull-aparts, face pulls (section 12).
            pool.stream().filter(e -> e.pattern() == Exercise.Pattern.UPPER_BACK).map(PlannedExercise::of).forEach(chosen::add);
        }
        if (in.flare().isPresent()) {
            pool.stream().filter(e -> e.pattern() == Exercise.Pattern.SQUAT || e.pattern() == Exercise.Pattern.CARRY
                    || e.pattern() == Exercise.Pattern.CORE_STABILITY && e.phase() >= 2).map(PlannedExercise::of)
                    .filter(n -> !chosen.contains(n)).forEach(chosen::add);
        }
        pool.stream().filter(e -> e.phase() == in.phase() || in.phase() == 1).map(PlannedExercise::of)
                .filter(n -> !chosen.contains(n)).forEach(chosen::add);
        return chosen.stream().limit(WeekPlan.EXERCISES_SHOWN).toList();
    }

    /**
     * A back-exercise session: the library's first-phase moves for the person's regions that restore
     * tolerance (mobility, core stability, glutes, breathing), gentle enough for any day, a flare's too.
     */
    static List<PlannedExercise> backExercises(Set<Region> regions) {
        Set<Exercise.Pattern> gentle = Set.of(Exercise.Pattern.MOBILITY, Exercise.Pattern.CORE_STABILITY,
                Exercise.Pattern.GLUTE, Exercise.Pattern.BREATHING);
        return ExerciseLibrary.forPhase(1, regions).stream().filter(e -> gentle.contains(e.pattern()))
                .map(PlannedExercise::of).limit(WeekPlan.EXERCISES_SHOWN).toList();
    }

    static PlannedSession swapSession(WeekPlan.Inputs in, LocalDate date, Dose dose) {
        int minutes = Math.max(WeekPlan.SWAP_MIN_MINUTES,
                Math.min(WeekPlan.SWAP_MAX_MINUTES, dose.minutes().map(Minutes::value).orElse(30)));
        return new PlannedSession(date, Activity.CYCLE, Optional.of(new Minutes(minutes)),
                Math.min(Flares.RPE_CAP_IN_FLARE, dose.rpeCap()), PlannedSession.Kind.SWAP, Optional.empty(), List.of(),
                List.of(new PlanReason.FlareSwap(WeekPlan.SWAP_MIN_MINUTES, WeekPlan.SWAP_MAX_MINUTES)), nextMorning(in, date));
    }

    static java.time.LocalDateTime nextMorning(WeekPlan.Inputs in, LocalDate date) {
        return date.plusDays(1).atTime(in.asOf().history().profile().morningCheckIn());
    }
}
