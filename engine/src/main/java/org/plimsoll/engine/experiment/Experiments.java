package org.plimsoll.engine.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;

/**
 * The rules of ENGINE.md section 15: which sessions count for an experiment, when it pauses, stops
 * or ends, and what it found. Same dose in both conditions (the caller holds the level while it
 * runs); a flare's or a referral's days do not count and push its end back by as many days.
 */
public final class Experiments {
    /** One condition with this many tipped-over sessions more than the other stops the experiment. */
    public static final int REDS_AHEAD_TO_STOP = 2;
    /** At most this many days of flare or referral push an experiment's end back. */
    static final int MOST_DAYS_PAUSED = 365;

    private Experiments() {
    }

    /**
     * Each of the history's experiments begun by the day asked about, as it stands; {@code settling}
     * says which days a flare or a referral stood (up to that day), {@code flareBegan} on which days a
     * flare began: a tipped-over session that began one still counts, since it was done under its
     * condition before the flare, and it is what the experiment is there to see.
     */
    public static List<ExperimentAnswer> of(AsOf view, List<SessionResponse> responses, Predicate<LocalDate> settling,
                                            Predicate<LocalDate> flareBegan) {
        LocalDate today = view.date();
        Predicate<LocalDate> known = day -> !day.isAfter(today) && settling.test(day);
        return view.history().experiments().stream().filter(e -> !e.start().isAfter(today))
                .map(e -> answer(e, today, responses, known, flareBegan)).toList();
    }

    /** The first day after the experiment's weeks, each day of flare or referral adding one. */
    public static LocalDate ends(Experiment e, Predicate<LocalDate> settling) {
        LocalDate day = e.start();
        int counted = 0;
        int paused = 0;
        while (counted < e.weeks() * 7 && paused <= MOST_DAYS_PAUSED) {
            if (settling.test(day)) {
                paused++;
            } else {
                counted++;
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether the experiment holds its activity's level on this day: from its start until it ends or is stopped. */
    public static boolean holdsLevelOn(ExperimentAnswer a, LocalDate day) {
        return !day.isBefore(a.experiment().start()) && day.isBefore(a.ends());
    }

    static ExperimentAnswer answer(Experiment e, LocalDate today, List<SessionResponse> responses,
                                   Predicate<LocalDate> settling, Predicate<LocalDate> flareBegan) {
        LocalDate ends = ends(e, settling);
        List<SessionResponse> counted = counted(e, responses, settling, flareBegan, ends);
        Map<String, Integer> sessions = perCondition(e);
        Map<String, Integer> reds = perCondition(e);
        List<Comparison.Outcome> outcomes = new ArrayList<>();
        Optional<ExperimentReason.StoppedForReds> stoppedEarly = Optional.empty();
        int sessionsSoFar = 0;
        LocalDate stopped = e.stoppedOn().filter(d -> !d.isAfter(today)).map(d -> d.plusDays(1)).orElse(ends);
        for (SessionResponse r : counted) {
            String condition = r.session().condition().orElseThrow();
            sessionsSoFar++;
            if (r.response() == Response.RED) {
                reds.merge(condition, 1, Integer::sum);
            }
            if (isFinal(r.response()) && r.nextMorning().isPresent() && r.baseline().isPresent()) {
                sessions.merge(condition, 1, Integer::sum);
                outcomes.add(new Comparison.Outcome(condition.equals(e.second()),
                        r.nextMorning().get().value() - r.baseline().get().value()));
            }
            stoppedEarly = redsAhead(e, reds);
            if (stoppedEarly.isPresent()) {
                stopped = r.date().plusDays(1);
                break;
            }
        }
        Optional<Comparison.Difference> difference = Comparison.of(outcomes);
        Verdict verdict = difference.map(Comparison.Difference::verdict).orElse(Verdict.NOT_ENOUGH_DATA);
        List<Reason> reasons = new ArrayList<>();
        stoppedEarly.ifPresent(reasons::add);
        ExperimentStatus status = status(e, today, ends, settling, stoppedEarly.isPresent());
        if (status == ExperimentStatus.PAUSED) {
            reasons.add(e.pausedOn().filter(d -> !d.isAfter(today))
                    .<Reason>map(ExperimentReason.ExperimentPausedByYou::new)
                    .orElse(new ExperimentReason.ExperimentPausedWhileSettling()));
        }
        reasons.add(finding(e, sessions, difference));
        LocalDate over = status == ExperimentStatus.STOPPED && stopped.isBefore(ends) ? stopped : ends;
        return new ExperimentAnswer(e, status, sessions, reds, difference, verdict, over, sessionsSoFar, reasons);
    }

    /**
     * The sessions that count, in the order they were done: of the experiment's activity, under one of
     * its conditions, within its weeks, not on a day of flare or referral, not while paused or after it stopped.
     */
    static List<SessionResponse> counted(Experiment e, List<SessionResponse> responses, Predicate<LocalDate> settling,
                                         Predicate<LocalDate> flareBegan, LocalDate ends) {
        return responses.stream()
                .filter(r -> r.session().activity() == e.activity())
                .filter(r -> r.session().condition().filter(e.conditions()::contains).isPresent())
                .filter(r -> !r.date().isBefore(e.start()) && r.date().isBefore(ends))
                .filter(r -> !settling.test(r.date()) || r.response() == Response.RED && flareBegan.test(r.date()))
                .filter(r -> e.pausedOn().map(p -> r.date().isBefore(p)).orElse(true))
                .filter(r -> e.stoppedOn().map(s -> !r.date().isAfter(s)).orElse(true))
                .sorted(Comparator.comparing(r -> r.session().start()))
                .toList();
    }

    /** Stopped early (and said so) once one condition has tipped the back over 2 times more than the other. */
    static Optional<ExperimentReason.StoppedForReds> redsAhead(Experiment e, Map<String, Integer> reds) {
        int first = reds.get(e.first());
        int second = reds.get(e.second());
        if (second - first >= REDS_AHEAD_TO_STOP) {
            return Optional.of(new ExperimentReason.StoppedForReds(e.second(), second, e.first(), first));
        }
        if (first - second >= REDS_AHEAD_TO_STOP) {
            return Optional.of(new ExperimentReason.StoppedForReds(e.first(), first, e.second(), second));
        }
        return Optional.empty();
    }

    private static ExperimentStatus status(Experiment e, LocalDate today, LocalDate ends, Predicate<LocalDate> settling,
                                           boolean stoppedEarly) {
        if (stoppedEarly || e.stoppedOn().filter(d -> !d.isAfter(today)).isPresent()) {
            return ExperimentStatus.STOPPED;
        }
        if (!today.isBefore(ends)) {
            return ExperimentStatus.DONE;
        }
        if (e.pausedOn().filter(d -> !d.isAfter(today)).isPresent() || settling.test(today)) {
            return ExperimentStatus.PAUSED;
        }
        return ExperimentStatus.RUNNING;
    }

    /** What it found so far, as the interval allows. */
    private static Reason finding(Experiment e, Map<String, Integer> sessions,
                                  Optional<Comparison.Difference> difference) {
        if (difference.isEmpty()) {
            return new ExperimentReason.ExperimentNeedsSessions(e.first(), sessions.get(e.first()), e.second(),
                    sessions.get(e.second()), Comparison.SESSIONS_FOR_AN_ANSWER);
        }
        Comparison.Difference d = difference.get();
        return switch (d.verdict()) {
            case BETTER -> new ExperimentReason.ConditionBetter(e.second(), e.first(), -d.effect(), -d.high(), -d.low());
            case WORSE -> new ExperimentReason.ConditionWorse(e.second(), e.first(), d.effect(), d.low(), d.high());
            default -> new ExperimentReason.NoClearDifference(e.first(), e.second(), d.effect(), d.low(), d.high(),
                    d.moreEach());
        };
    }

    private static boolean isFinal(Response r) {
        return r == Response.GREEN || r == Response.AMBER || r == Response.RED;
    }

    private static Map<String, Integer> perCondition(Experiment e) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        e.conditions().forEach(c -> counts.put(c, 0));
        return counts;
    }
}
