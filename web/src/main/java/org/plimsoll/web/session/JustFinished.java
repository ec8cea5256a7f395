package org.plimsoll.web.session;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.session.Session;
import org.plimsoll.web.person.Snapshot;

/**
 * The log form's default (issue 28, item 1): most sessions are logged just after they end, so the start
 * is now less the minutes, never a session that ends in the future. The minutes are today's planned
 * minutes for the activity, else the last session's of it, else half an hour; the page's script moves
 * the start when the minutes change, until the person sets the time themselves.
 */
final class JustFinished {
    static final int USUAL_MINUTES = 30;
    /** The start is shown to the five minutes, rounded down so that the session ends before now. */
    private static final int STEP_MINUTES = 5;

    private JustFinished() {
    }

    static Map<String, String> defaults(Snapshot s, String activity) {
        int minutes = minutes(s, activity);
        ZonedDateTime now = s.now().truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime start = now.minusMinutes(now.getMinute() % STEP_MINUTES).minusMinutes(minutes);
        return Map.of("minutes", String.valueOf(minutes), "date", start.toLocalDate().toString(),
                "time", start.toLocalTime().toString(), "now", now.toLocalDateTime().toString());
    }

    private static int minutes(Snapshot s, String activity) {
        List<PlannedSession> today = s.assessment().plan().stream()
                .filter(p -> p.date().equals(s.today()) && p.activity().code().equals(activity)).toList();
        if (!today.isEmpty() && today.get(0).minutes().isPresent()) {
            return today.get(0).minutes().get().value();
        }
        List<Session> sessions = s.history().sessions();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (sessions.get(i).activity().code().equals(activity)) {
                return sessions.get(i).minutes().value();
            }
        }
        return USUAL_MINUTES;
    }
}
