package org.plimsoll.engine.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.session.Session;

/**
 * When to remind a person of a session's check-ins, and until when a reminder still makes sense
 * (the check-in's window, ENGINE.md section 1). Two reminders per session: an hour after it ends
 * ({@code AFTER_1H}) and the next morning at the person's chosen time ({@code NEXT_MORNING}). Local
 * times are taken in the person's zone on the day itself, so 07:30 stays 07:30 on the days the clocks
 * change.
 */
public final class ReminderTimes {
    /** One reminder to send: for which window, from when, and after which moment it is dropped. */
    public record Planned(CheckInWindow window, Instant due, Instant expires) {
    }

    private ReminderTimes() {
    }

    /**
     * The reminders a session needs, given the windows already answered. An answered window, or a
     * later one, needs none (the earlier ones are not asked for once a later one is in).
     *
     * <p>Quiet hours move the next-morning reminder to their end (a morning time chosen before the
     * quiet ends). An hour-after reminder that falls in quiet hours is not sent at all: by the time
     * the quiet ends it is the next morning, and one reminder then, for the check-in that matters most,
     * is enough. Today still lists the hour-after check-in while its window is open.
     */
    public static List<Planned> forSession(Session s, ZoneId zone, LocalTime morning, QuietHours quiet,
                                           Set<CheckInWindow> answered) {
        if (s.activity().isPosture()) {
            return List.of();
        }
        ZonedDateTime end = s.start().withZoneSameInstant(zone).plusMinutes(s.minutes().value());
        ZonedDateTime morningAt = end.toLocalDate().plusDays(1).atTime(morning).atZone(zone);
        if (!s.start().withZoneSameInstant(zone).toLocalDate().equals(end.toLocalDate())) {
            // A session past midnight: its next morning is the morning after the day it started.
            morningAt = s.start().withZoneSameInstant(zone).toLocalDate().plusDays(1).atTime(morning).atZone(zone);
        }
        ZonedDateTime morningSend = quiet.nextAllowed(morningAt);
        ZonedDateTime morningExpires = morningAt.toLocalDate().plusDays(1).atStartOfDay(zone);
        List<Planned> planned = new ArrayList<>();
        boolean morningDone = answered.contains(CheckInWindow.NEXT_MORNING);
        if (!morningDone && !answered.contains(CheckInWindow.AFTER_1H)) {
            ZonedDateTime hourAfter = end.plus(DueCheckIns.AFTER_1H);
            if (!quiet.contains(hourAfter.toLocalTime()) && hourAfter.isBefore(morningSend)) {
                planned.add(new Planned(CheckInWindow.AFTER_1H, hourAfter.toInstant(),
                        end.plus(DueCheckIns.SESSION_WINDOWS_OPEN).toInstant()));
            }
        }
        if (!morningDone && morningSend.isBefore(morningExpires)) {
            planned.add(new Planned(CheckInWindow.NEXT_MORNING, morningSend.toInstant(), morningExpires.toInstant()));
        }
        return List.copyOf(planned);
    }

    /** How long after a failed send to try again: 1, 2, 4... minutes, at most an hour. */
    public static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1))));
    }
}
