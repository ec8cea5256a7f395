package org.plimsoll.words;

import java.time.LocalDate;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.session.Session;

/** A plan entry once it is done, and what comes next (issue 28, item 2). */
public final class DoneWords {
    private DoneWords() {
    }

    /** "Run (easy), up to 30 min, effort up to 4": a planned entry in a few words. */
    public static String entry(PlannedSession p) {
        if (p.kind() == PlannedSession.Kind.WALK) {
            return "A walk, if you like" + p.minutes().map(m -> ", " + m.value() + " min").orElse("");
        }
        return Wording.activity(p.activity()) + p.runType().map(t -> " (" + Wording.runType(t) + ")").orElse("")
                + p.minutes().map(m -> ", up to " + m.value() + " min").orElse("") + ", effort up to " + p.rpeCap();
    }

    /** "Done: Run, 25 minutes logged." */
    public static String done(Session logged) {
        return "Done: " + Wording.activity(logged.activity()) + ", "
                + Wording.count(logged.minutes().value(), "minute", "minutes") + " logged.";
    }

    /** The short mark beside a done entry in the week's plan. */
    public static String doneMark() {
        return "Done";
    }

    /** What comes next once today's plan is done: "Next: tomorrow, Run (easy), up to 30 min, effort up to 4." */
    public static String next(PlannedSession next, LocalDate today) {
        String when = next.date().equals(today.plusDays(1)) ? "tomorrow" : Wording.day(next.date());
        return "Next: " + when + ", " + entry(next) + ".";
    }

    /** Everything planned for today is logged. */
    public static String allDoneToday() {
        return "Today's plan is done. Rest counts as training too.";
    }
}
