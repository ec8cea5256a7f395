package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.unit.Minutes;

/**
 * One day's entry of the week plan, with its check-in reminders: just before, an hour after, and
 * the next morning at the person's chosen time. The first note is the one reason that matters
 * most for it; a run carries its type (easy or long), and a session of an experiment its condition.
 */
public record PlannedSession(LocalDate date, Activity activity, Optional<Minutes> minutes, int rpeCap, Kind kind,
                             Optional<RunType> runType, List<PlannedExercise> exercises, List<Reason> notes,
                             LocalDateTime nextMorningCheckIn, Optional<String> condition) {
    public enum Kind { SESSION, SWAP, STRENGTH, WALK }

    public PlannedSession {
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
    }

    /** An entry under no experiment. */
    public PlannedSession(LocalDate date, Activity activity, Optional<Minutes> minutes, int rpeCap, Kind kind,
                          Optional<RunType> runType, List<PlannedExercise> exercises, List<Reason> notes,
                          LocalDateTime nextMorningCheckIn) {
        this(date, activity, minutes, rpeCap, kind, runType, exercises, notes, nextMorningCheckIn, Optional.empty());
    }

    /** The same entry under an experiment's condition, named first among its notes (ENGINE.md section 15). */
    public PlannedSession under(String named, Reason why) {
        List<Reason> first = new java.util.ArrayList<>(List.of(why));
        first.addAll(notes);
        return new PlannedSession(date, activity, minutes, rpeCap, kind, runType, exercises, first, nextMorningCheckIn,
                Optional.of(named));
    }

    /**
     * Whether this entry asks for the three check-ins (before, an hour after, the next morning). Walks
     * are offered, not required, and carry no check-in reminders (ENGINE.md section 12).
     */
    public boolean asksForCheckIns() {
        return kind != Kind.WALK;
    }
}
