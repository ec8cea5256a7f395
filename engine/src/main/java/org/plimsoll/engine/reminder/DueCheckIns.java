package org.plimsoll.engine.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;

/**
 * Which check-ins a person should give now, so the check-in page can pre-select the window and the
 * today page can list them. A session's check-ins stay due for a while after their moment, because
 * a late answer still counts (ENGINE.md section 1), but not forever: an old gap is a gap.
 */
public final class DueCheckIns {
    /** The first of the three windows, and the during-pain, may still be entered up to a day after the session. */
    public static final Duration SESSION_WINDOWS_OPEN = Duration.ofHours(24);
    /** The one-hour check-in is due from an hour after the session ends until a day after. */
    public static final Duration AFTER_1H = Duration.ofHours(1);

    /** One check-in to give: for which session (none for daily), which window, since when. */
    public record Due(Optional<String> sessionId, CheckInWindow window, ZonedDateTime dueSince, String label) {
    }

    /** Only sessions that started in the last this many days can have a check-in due. */
    private static final int RECENT_DAYS = 3;

    private DueCheckIns() {
    }

    /**
     * The part of a history that can make anything due at any moment of {@code day}: sessions of the
     * days around it, their check-ins and the dated check-ins of those days. A caller that asks many
     * times in one day (every page view) keeps this small history instead of walking years each time;
     * {@link #at} gives the same answer for both.
     */
    public static History relevantOn(History history, LocalDate day) {
        // Two days of margin on top of the three looked back, for any zone offset (at most 18 hours).
        LocalDate firstDate = day.minusDays(RECENT_DAYS + 2);
        Instant since = firstDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Session> sessions = history.sessions().stream().filter(s -> s.start().toInstant().isAfter(since)).toList();
        Set<String> ids = sessions.stream().map(Session::id).collect(Collectors.toSet());
        List<CheckIn> checkIns = history.checkIns().stream()
                .filter(c -> c.sessionId().map(ids::contains).orElse(false)
                        || c.date().map(d -> !d.isBefore(firstDate)).orElse(false))
                .toList();
        return new History(history.profile(), List.of(), sessions, checkIns, List.of(), List.of(), List.of(),
                history.demands());
    }

    /**
     * Due now, most urgent (oldest) first. The next-morning check-in is due from the chosen morning
     * time until the end of that day.
     * A daily check-in is due from the morning time when nothing has recorded today's morning pain.
     */
    public static List<Due> at(History history, ZonedDateTime now) {
        // Only sessions of the last few days can have a check-in due; a long history is not walked twice.
        Instant since = now.minusDays(RECENT_DAYS).toInstant();
        List<Session> recent = history.sessions().stream()
                .filter(s -> !s.activity().isPosture() && s.start().toInstant().isAfter(since)).toList();
        Set<String> recentIds = recent.stream().map(Session::id).collect(Collectors.toSet());
        Map<String, Set<CheckInWindow>> given = history.checkIns().stream()
                .filter(c -> c.sessionId().isPresent() && recentIds.contains(c.sessionId().get()))
                .collect(Collectors.groupingBy(c -> c.sessionId().get(),
                        Collectors.mapping(CheckIn::window, Collectors.toCollection(() -> EnumSet.noneOf(CheckInWindow.class)))));
        List<Due> due = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        for (Session s : recent) {
            ZonedDateTime start = s.start().withZoneSameInstant(now.getZone());
            ZonedDateTime end = start.plusMinutes(s.minutes().value());
            if (start.isAfter(now) || end.plus(SESSION_WINDOWS_OPEN).plusDays(1).isBefore(now)) {
                continue;
            }
            Set<CheckInWindow> answered = given.getOrDefault(s.id(), EnumSet.noneOf(CheckInWindow.class));
            // A window is not asked for once a later one is answered: after the next morning, nobody
            // is asked how it felt during the run (it can still be added from the session's page).
            Set<CheckInWindow> done = EnumSet.noneOf(CheckInWindow.class);
            for (CheckInWindow w : CheckInWindow.values()) {
                if (w.belongsToSession() && answered.stream().anyMatch(a -> a.belongsToSession()
                        && a.ordinal() >= w.ordinal())) {
                    done.add(w);
                }
            }
            String name = s.activity().code() + " on " + start.toLocalDate() + " at " + start.toLocalTime();
            if (!done.contains(CheckInWindow.BEFORE) && now.isBefore(end.plus(SESSION_WINDOWS_OPEN))) {
                due.add(new Due(Optional.of(s.id()), CheckInWindow.BEFORE, start, "before your " + name));
            }
            if (!done.contains(CheckInWindow.DURING) && !now.isBefore(end)
                    && now.isBefore(end.plus(SESSION_WINDOWS_OPEN))) {
                due.add(new Due(Optional.of(s.id()), CheckInWindow.DURING, end, "worst pain during your " + name));
            }
            ZonedDateTime hourAfter = end.plus(AFTER_1H);
            if (!done.contains(CheckInWindow.AFTER_1H) && !now.isBefore(hourAfter)
                    && now.isBefore(end.plus(SESSION_WINDOWS_OPEN))) {
                due.add(new Due(Optional.of(s.id()), CheckInWindow.AFTER_1H, hourAfter, "an hour after your " + name));
            }
            LocalDate morningDay = start.toLocalDate().plusDays(1);
            ZonedDateTime morning = morningDay.atTime(history.profile().morningCheckIn()).atZone(now.getZone());
            if (!done.contains(CheckInWindow.NEXT_MORNING) && !now.isBefore(morning)
                    && !today.isAfter(morningDay)) {
                due.add(new Due(Optional.of(s.id()), CheckInWindow.NEXT_MORNING, morning, "the morning after your " + name));
            }
        }
        boolean morningPainToday = history.checkIns().stream()
                .filter(c -> c.window().isMorningPain())
                .anyMatch(c -> c.date().map(today::equals).orElse(false));
        boolean nextMorningDue = due.stream().anyMatch(d -> d.window() == CheckInWindow.NEXT_MORNING);
        ZonedDateTime morningToday = today.atTime(history.profile().morningCheckIn()).atZone(now.getZone());
        if (!morningPainToday && !nextMorningDue && !now.isBefore(morningToday)) {
            due.add(new Due(Optional.empty(), CheckInWindow.DAILY, morningToday, "how your back is today"));
        }
        due.sort(Comparator.comparing(Due::dueSince).thenComparing(d -> d.window().ordinal()));
        return List.copyOf(due);
    }
}
