package org.plimsoll.engine.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.Session;

/**
 * Which entries of the week plan are done. ENGINE.md section 12 is silent; the choice (docs/engine.md):
 * an entry is done when a session of its activity was logged on its day, in the person's time zone,
 * however long it was (the session's response judges the dose, not the plan); a flare's swap is done
 * by any low-impact swap activity, and the offered walk by any walk (a hike, an incline walk). One session marks one entry, the plan's first one it fits.
 */
public final class PlanDone {
    private PlanDone() {
    }

    /** A planned entry and the session that did it, if one did. */
    public record Entry(PlannedSession planned, Optional<Session> loggedAs) {
        public boolean done() {
            return loggedAs.isPresent();
        }
    }

    /** The plan's entries in their order, each with the session that did it. */
    public static List<Entry> of(List<PlannedSession> plan, List<Session> sessions, ZoneId zone) {
        List<Session> unused = new ArrayList<>(sessions);
        List<Entry> entries = new ArrayList<>(plan.size());
        for (PlannedSession p : plan) {
            Optional<Session> match = unused.stream().filter(s -> fits(p, s, zone)).findFirst();
            match.ifPresent(unused::remove);
            entries.add(new Entry(p, match));
        }
        return entries;
    }

    /** The first entry after {@code day} still to do, walks left out: what comes next once today is done. */
    public static Optional<PlannedSession> nextAfter(List<Entry> entries, LocalDate day) {
        return entries.stream().filter(e -> !e.done() && e.planned().date().isAfter(day)
                && e.planned().kind() != PlannedSession.Kind.WALK).map(Entry::planned).findFirst();
    }

    private static boolean fits(PlannedSession p, Session s, ZoneId zone) {
        if (!s.start().withZoneSameInstant(zone).toLocalDate().equals(p.date())) {
            return false;
        }
        Activity logged = s.activity();
        return switch (p.kind()) {
            case SWAP -> logged.isLowImpactSwap();
            case WALK -> logged == Activity.WALK || logged == Activity.INCLINE_WALK || logged == Activity.HIKE;
            case SESSION, STRENGTH -> logged == p.activity();
        };
    }
}
