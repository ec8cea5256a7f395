package org.plimsoll.engine.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ConditionOrder;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.Experiments;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.response.SessionResponse;

/**
 * The person's experiments as they act on the rest of the answer (ENGINE.md section 15): each
 * holds its activity's level while it runs, is paused by a flare or a referral, and names the
 * condition of each planned session of its activity in the random order of its pairs.
 */
record ExperimentsInForce(List<ExperimentAnswer> answers, Predicate<LocalDate> referralPaused) {

    /**
     * The experiments as of the view's day. Today's referral (any kind, not only a symptom's) pauses
     * them too; it is asked for only when there are experiments.
     */
    static ExperimentsInForce of(AsOf view, List<SessionResponse> responses, List<FlareEpisode> flares,
                                 Predicate<LocalDate> referralPaused, Supplier<Referral> referral) {
        if (view.history().experiments().isEmpty()) {
            return new ExperimentsInForce(List.of(), referralPaused);
        }
        LocalDate today = view.date();
        boolean referredToday = referral.get().inForce();
        Predicate<LocalDate> settling = day -> referralPaused.test(day)
                || flares.stream().anyMatch(f -> f.activeOn(day)) || (day.equals(today) && referredToday);
        return new ExperimentsInForce(Experiments.of(view, responses, settling,
                day -> flares.stream().anyMatch(f -> f.since().equals(day))), referralPaused);
    }

    /** The days an activity's progression pauses: a referral's, and an experiment's of that activity. */
    Predicate<LocalDate> pausedFor(Activity activity) {
        List<ExperimentAnswer> mine = answers.stream().filter(a -> a.experiment().activity() == activity).toList();
        return referralPaused.or(day -> mine.stream().anyMatch(a -> Experiments.holdsLevelOn(a, day)));
    }

    /**
     * An activity's reasons with the experiment holding its level said as such: a level confirmed while
     * only the experiment held it is not waiting for a clinician.
     */
    List<Reason> reasonsFor(Activity activity, List<Reason> reasons, LocalDate today) {
        Optional<ExperimentAnswer> holding = answers.stream().filter(a -> a.experiment().activity() == activity)
                .filter(a -> Experiments.holdsLevelOn(a, today)).findFirst();
        if (holding.isEmpty()) {
            return reasons;
        }
        Experiment e = holding.get().experiment();
        List<Reason> out = new ArrayList<>(reasons.stream()
                .filter(r -> referralPaused.test(today) || !(r instanceof LevelReason.ConfirmedButPaused)).toList());
        out.add(new ExperimentReason.LevelHeldForExperiment(e.first(), e.second()));
        return out;
    }

    /** The plan with each session of a running experiment's activity under its condition, in the design's order. */
    List<PlannedSession> named(List<PlannedSession> plan) {
        Map<Activity, Integer> next = new HashMap<>();
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedSession p : plan) {
            Optional<ExperimentAnswer> running = answers.stream().filter(ExperimentAnswer::names)
                    .filter(a -> a.experiment().activity() == p.activity())
                    .filter(a -> p.kind() == PlannedSession.Kind.SESSION && p.date().isBefore(a.ends()))
                    .findFirst();
            if (running.isEmpty()) {
                out.add(p);
                continue;
            }
            ExperimentAnswer a = running.get();
            int index = next.merge(p.activity(), 1, Integer::sum) - 1 + a.sessionsSoFar();
            String condition = ConditionOrder.conditionOf(a.experiment(), index);
            out.add(p.under(condition, new ExperimentReason.ExperimentCondition(condition)));
        }
        return out;
    }
}
