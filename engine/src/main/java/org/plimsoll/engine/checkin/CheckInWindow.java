package org.plimsoll.engine.checkin;

import java.time.LocalDate;
import java.util.Optional;

/** When a check-in was taken relative to a session (ENGINE.md section 1). */
public enum CheckInWindow {
    /** Just before the session: the starting point. */
    BEFORE(true),
    /** Peak pain in the session, entered after it. */
    DURING(true),
    /** About one hour after: the early response. */
    AFTER_1H(true),
    /** The next morning: the 24-hour rule. */
    NEXT_MORNING(true),
    /** Any day, without a session: the background level. */
    DAILY(false);

    private final boolean belongsToSession;

    CheckInWindow(boolean belongsToSession) {
        this.belongsToSession = belongsToSession;
    }

    public boolean belongsToSession() {
        return belongsToSession;
    }

    /**
     * The day a check-in in this window is about when none was given: a next-morning check-in is
     * for the morning after its session's day, a daily one for today; the others need no date.
     */
    public Optional<LocalDate> defaultDate(Optional<LocalDate> sessionDay, LocalDate today) {
        if (this == NEXT_MORNING) {
            return sessionDay.map(d -> d.plusDays(1));
        }
        return this == DAILY ? Optional.of(today) : Optional.empty();
    }

    /** Morning pain feeds the person's baseline B (ENGINE.md section 3). */
    public boolean isMorningPain() {
        return this == NEXT_MORNING || this == DAILY;
    }
}
