package org.plimsoll.web.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ConditionOrder;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.session.Session;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * The experiment condition a session is logged under (issue 30, ENGINE.md section 15). By default the
 * plan's: a session on a planned day of the experiment's activity gets that day's condition, and one on
 * another day the next in the design's order. The person may say they did it the other way; a condition
 * that is not one of the experiment's two is refused with the field named.
 */
public final class SessionCondition {
    private SessionCondition() {
    }

    /** The experiment of this activity the day falls in: begun by then, not yet over or stopped. */
    public static Optional<ExperimentAnswer> experimentOn(Snapshot s, Activity activity, LocalDate day) {
        return s.assessment().experiments().stream().filter(a -> a.experiment().activity() == activity)
                .filter(a -> !day.isBefore(a.experiment().start()) && day.isBefore(a.ends())).findFirst();
    }

    /** The condition the plan has for a session of this activity on this day, while its experiment runs. */
    public static Optional<String> planned(Snapshot s, Activity activity, LocalDate day) {
        Optional<ExperimentAnswer> e = experimentOn(s, activity, day);
        if (e.isEmpty() || e.get().status() != ExperimentStatus.RUNNING) {
            return Optional.empty();
        }
        List<PlannedSession> plan = s.assessment().plan();
        return plan.stream().filter(p -> p.date().equals(day) && p.activity() == activity)
                .map(PlannedSession::condition).flatMap(Optional::stream).findFirst()
                .or(() -> Optional.of(ConditionOrder.conditionOf(e.get().experiment(), e.get().sessionsSoFar())));
    }

    /**
     * The session under its condition: the one given, in the experiment's own words (any case), else
     * the planned one. Refused (422, the field {@code field}) when a condition is given that the
     * activity's experiment on that day does not have, or when there is no such experiment.
     */
    public static Session settled(Snapshot s, Session session, String field) {
        LocalDate day = session.start().withZoneSameInstant(s.zone()).toLocalDate();
        Optional<ExperimentAnswer> e = experimentOn(s, session.activity(), day);
        if (session.condition().isEmpty()) {
            return planned(s, session.activity(), day).map(session::withCondition).orElse(session);
        }
        String given = session.condition().get();
        if (e.isEmpty()) {
            throw refused(field, "there is no experiment of this activity on " + day + "; leave the condition out");
        }
        Experiment x = e.get().experiment();
        return x.conditions().stream().filter(c -> c.equalsIgnoreCase(given)).findFirst().map(session::withCondition)
                .orElseThrow(() -> refused(field, "must be one of your experiment's two conditions: \"" + x.first()
                        + "\" or \"" + x.second() + "\""));
    }

    private static Problem refused(String field, String message) {
        return new Problem(422, "Not one of your experiment's conditions", field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
