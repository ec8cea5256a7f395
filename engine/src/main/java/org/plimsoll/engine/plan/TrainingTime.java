package org.plimsoll.engine.plan;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;

/**
 * The time of day a planned session is put at in the calendar, since the plan names days, not hours:
 * the person's own habit, the median start of their last {@value #RECENT} sessions of that activity
 * (of any activity if there are none), else {@link #DEFAULT}, early evening.
 */
public final class TrainingTime {
    static final int RECENT = 10;
    public static final LocalTime DEFAULT = LocalTime.of(18, 0);

    private TrainingTime() {
    }

    public static LocalTime usual(History history, Activity activity) {
        List<Session> own = recent(history, activity);
        List<Session> any = own.isEmpty() ? recent(history, null) : own;
        if (any.isEmpty()) {
            return DEFAULT;
        }
        List<LocalTime> starts = any.stream().map(s -> s.start().toLocalTime().withSecond(0).withNano(0)).sorted().toList();
        LocalTime median = starts.get(starts.size() / 2);
        // Quarter hours read better in a calendar than 18:07.
        return median.withMinute(median.getMinute() / 15 * 15);
    }

    private static List<Session> recent(History history, Activity activity) {
        return history.sessions().stream()
                .filter(s -> !s.activity().isPosture() && (activity == null || s.activity() == activity))
                .sorted(Comparator.comparing((Session s) -> s.start().toInstant()).reversed())
                .limit(RECENT).toList();
    }
}
