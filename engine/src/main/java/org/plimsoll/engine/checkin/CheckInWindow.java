package org.plimsoll.engine.checkin;

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

    /** Morning pain feeds the person's baseline B (ENGINE.md section 3). */
    public boolean isMorningPain() {
        return this == NEXT_MORNING || this == DAILY;
    }
}
