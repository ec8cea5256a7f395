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
 * most for it; a run carries its type (easy or long).
 */
public record PlannedSession(LocalDate date, Activity activity, Optional<Minutes> minutes, int rpeCap, Kind kind,
                             Optional<RunType> runType, List<PlannedExercise> exercises, List<Reason> notes,
                             LocalDateTime nextMorningCheckIn) {
    public enum Kind { SESSION, SWAP, STRENGTH, WALK }

    public PlannedSession {
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
    }

    /**
     * Whether this entry asks for the three check-ins (before, an hour after, the next morning). Walks
     * are offered, not required, and carry no check-in reminders (ENGINE.md section 12).
     */
    public boolean asksForCheckIns() {
        return kind != Kind.WALK;
    }
}
