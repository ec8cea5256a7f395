package org.plimsoll.store.reminder;

import java.time.Instant;

/** One row of the outbox: a reminder of one check-in window of one session, by one channel. */
public record Reminder(long id, long accountId, long sessionId, String window, Channel channel, Instant due,
                       Instant expires, int attempts) {
    /** How a reminder reaches the person. */
    public enum Channel { EMAIL, PUSH }
}
