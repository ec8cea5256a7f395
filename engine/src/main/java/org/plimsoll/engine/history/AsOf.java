package org.plimsoll.engine.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.session.Session;

/**
 * A history seen from the end of one day in the person's zone: what had happened by then, and
 * nothing after. Sessions are in time order; check-ins are grouped by session.
 */
public final class AsOf {
    private final History history;
    private final LocalDate date;
    private final ZoneId zone;
    private final Instant end;
    private final List<Session> sessions;
    private final Map<String, List<CheckIn>> bySession = new HashMap<>();
    private final List<CheckIn> dailyAndMorning = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final Map<String, LocalDate> sessionDays = new HashMap<>();
    /** The same days by session object: asked for thousands of times per assessment. */
    private final Map<Session, LocalDate> daysBySession = new IdentityHashMap<>();
    private final Map<LocalDate, DailyContext> contextByDate = new HashMap<>();
    private final Map<String, Session> sessionsById = new HashMap<>();
    /** Check-ins by the day their pain describes, built on first use. */
    private Map<LocalDate, List<CheckIn>> byDayDescribed;
    /**
     * Morning pain by the morning it describes: the days that have any, ascending, and their pains.
     * Sized by the entries, never by the span between the first and the last (a check-in dated in
     * year −100000 once made the engine allocate for every day since).
     */
    private final long[] morningDays;
    private final int[][] morningPains;
    private static final int[] NO_PAINS = new int[0];

    public AsOf(History history, LocalDate date) {
        this.history = history;
        this.date = date;
        this.zone = history.profile().zone();
        this.end = date.plusDays(1).atStartOfDay(zone).toInstant();
        // A later entry for the same day replaces an earlier one.
        history.context().forEach(c -> contextByDate.put(c.date(), c));
        this.sessions = history.sessions().stream()
                .filter(s -> s.start().toInstant().isBefore(end))
                .sorted(Comparator.comparing(Session::start, ChronoZonedDateTime.timeLineOrder())
                        .thenComparing(Session::id))
                .toList();
        Map<String, Session> known = new HashMap<>();
        List<Long> mornings = new ArrayList<>();
        sessions.forEach(s -> {
            known.put(s.id(), s);
            sessionsById.put(s.id(), s);
            LocalDate day = LocalDate.ofInstant(s.start().toInstant(), zone);
            sessionDays.put(s.id(), day);
            daysBySession.put(s, day);
        });
        for (CheckIn c : history.checkIns()) {
            if (c.date().isPresent() && c.date().get().isAfter(date)) {
                continue;
            }
            if (c.recordedAt().isPresent() && !c.recordedAt().get().isBefore(end)) {
                continue;
            }
            if (c.sessionId().isPresent() && !known.containsKey(c.sessionId().get())) {
                continue;
            }
            checkIns.add(c);
            c.sessionId().ifPresent(id -> bySession.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
            if (c.window().isMorningPain()) {
                dailyAndMorning.add(c);
                mornings.add(morningOf(c).toEpochDay());
            }
        }
        java.util.TreeMap<Long, List<Integer>> byDay = new java.util.TreeMap<>();
        for (int k = 0; k < mornings.size(); k++) {
            byDay.computeIfAbsent(mornings.get(k), d -> new ArrayList<>()).add(dailyAndMorning.get(k).pain().value());
        }
        morningDays = new long[byDay.size()];
        morningPains = new int[byDay.size()][];
        int i = 0;
        for (Map.Entry<Long, List<Integer>> e : byDay.entrySet()) {
            morningDays[i] = e.getKey();
            morningPains[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The index of the last morning with pain recorded before {@code epochDay}, or −1. */
    public int lastMorningBefore(long epochDay) {
        int i = java.util.Arrays.binarySearch(morningDays, epochDay);
        return (i >= 0 ? i : -i - 1) - 1;
    }

    /** How many mornings have pain recorded. */
    public int morningCount() {
        return morningDays.length;
    }

    /** The epoch day of the morning at an index (ascending from 0). */
    public long morningDay(int index) {
        return morningDays[index];
    }

    /** The pains of the morning at an index, in the order they were entered. */
    public int[] morningPainsAt(int index) {
        return morningPains[index];
    }

    /** The morning pains recorded for one morning (by epoch day), in the order they were entered. */
    public int[] morningPains(long epochDay) {
        int i = java.util.Arrays.binarySearch(morningDays, epochDay);
        return i < 0 ? NO_PAINS : morningPains[i];
    }

    /** The daily context entry of a day, if there is one. */
    public Optional<DailyContext> context(LocalDate day) {
        return Optional.ofNullable(contextByDate.get(day));
    }

    public History history() {
        return history;
    }

    /** The last day that counts. */
    public LocalDate date() {
        return date;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The end of {@link #date()} in the person's zone: "now" for the engine. */
    public Instant end() {
        return end;
    }

    public List<Session> sessions() {
        return sessions;
    }

    public List<Session> sessionsOf(Activity activity) {
        return sessions.stream().filter(s -> s.activity() == activity).toList();
    }

    public List<CheckIn> checkIns() {
        return checkIns;
    }

    public List<CheckIn> checkInsOf(Session session) {
        return bySession.getOrDefault(session.id(), List.of());
    }

    /** The last check-in of a session in a window (a later entry corrects an earlier one). */
    public Optional<CheckIn> checkIn(Session session, CheckInWindow window) {
        List<CheckIn> own = checkInsOf(session);
        for (int i = own.size() - 1; i >= 0; i--) {
            if (own.get(i).window() == window) {
                return Optional.of(own.get(i));
            }
        }
        return Optional.empty();
    }

    /** NEXT_MORNING and DAILY check-ins, each with the morning it describes. */
    public List<CheckIn> morningPain() {
        return dailyAndMorning;
    }

    /** The day a morning check-in describes: its date, else the morning after its session. */
    public LocalDate morningOf(CheckIn c) {
        if (c.date().isPresent()) {
            return c.date().get();
        }
        return sessionDays.get(c.sessionId().orElseThrow()).plusDays(1);
    }

    /** The day a check-in is about: its own date, else the day of its session. */
    public LocalDate dayOf(CheckIn c) {
        if (c.date().isPresent()) {
            return c.date().get();
        }
        return sessionDays.get(c.sessionId().orElseThrow());
    }

    /** A session seen by then, by its id. */
    public Optional<Session> session(String id) {
        return Optional.ofNullable(sessionsById.get(id));
    }

    /**
     * The day a check-in's pain describes: a next-morning answer describes the morning after its
     * session, any other the day of its session or its own date.
     */
    public LocalDate dayDescribed(CheckIn c) {
        return c.window() == CheckInWindow.NEXT_MORNING ? morningOf(c) : dayOf(c);
    }

    /** The check-ins whose pain describes {@code day}, in the order they were entered. */
    public List<CheckIn> checkInsDescribing(LocalDate day) {
        if (byDayDescribed == null) {
            Map<LocalDate, List<CheckIn>> index = new HashMap<>();
            checkIns.forEach(c -> index.computeIfAbsent(dayDescribed(c), d -> new ArrayList<>()).add(c));
            byDayDescribed = index;
        }
        return byDayDescribed.getOrDefault(day, List.of());
    }

    /** The day a session happened, in the person's zone (not the zone it was logged in). */
    public LocalDate localDate(Session s) {
        LocalDate known = daysBySession.get(s);
        if (known != null) {
            return known;
        }
        return LocalDate.ofInstant(s.start().toInstant(), zone);
    }
}
