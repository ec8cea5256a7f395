package org.plimsoll.engine.response;

/** How the back answered a session (ENGINE.md section 3). */
public enum Response {
    /** Within threshold. */
    GREEN,
    /** At the edge. */
    AMBER,
    /** Tipped over. */
    RED,
    /** The next morning has not been entered yet. */
    PENDING,
    /** No next-morning check-in by 36 hours after the start; left out of threshold decisions. */
    INCOMPLETE;

    public boolean isFinal() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
