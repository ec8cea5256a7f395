package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;

/**
 * One day's entry of the week plan, with its check-in reminders: just before, an hour after, and
 * the next morning at the person's chosen time.
 */
public record PlannedSession(LocalDate date, Activity activity, OptionalInt minutes, int rpeCap, Kind kind,
                             List<String> exercises, List<String> notes, LocalDateTime nextMorningCheckIn) {
    public enum Kind { SESSION, SWAP, STRENGTH, WALK }

    public PlannedSession {
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
    }
}
