package org.plimsoll.engine.reminder;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Local hours in which nothing is sent, {@code from} until {@code until} in the person's zone; when
 * {@code from} is after {@code until} the quiet spans midnight (22:00 until 07:00, the default).
 */
public record QuietHours(LocalTime from, LocalTime until) {
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    public boolean contains(LocalTime t) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
    }

    /** The first moment at or after {@code at} that is outside the quiet hours, in the same zone. */
    public ZonedDateTime nextAllowed(ZonedDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = at.toLocalDate().atTime(until).atZone(at.getZone());
        return end.isBefore(at) ? at.toLocalDate().plusDays(1).atTime(until).atZone(at.getZone()) : end;
    }
}
