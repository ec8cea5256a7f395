package org.plimsoll.engine.checkin;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.session.Session;

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

    /**
     * The day a check-in is about: the one the person gave, else this window's default, counted from
     * the session's day in the zone it was done in (what "the next morning" meant to them).
     */
    public Optional<LocalDate> dateFor(Optional<LocalDate> given, Optional<Session> session, LocalDate today) {
        return given.or(() -> defaultDate(session.map(s -> s.start().toLocalDate()), today));
    }

    /** Morning pain feeds the person's baseline B (ENGINE.md section 3). */
    public boolean isMorningPain() {
        return this == NEXT_MORNING || this == DAILY;
    }
}
