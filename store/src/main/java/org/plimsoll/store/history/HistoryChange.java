package org.plimsoll.store.history;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.TimeColumns;

/**
 * One record a committed write added to a person's history, as a reload would read it back: the
 * two writes of a person's day (a check-in, a session), which a cache may add to the history it
 * holds instead of reading the whole history again ({@link CommittedWrite}).
 */
public sealed interface HistoryChange {

    /** The history with this record where a reload would list it. */
    History onto(History history);

    /** A new check-in; a reload lists check-ins by the moment they were recorded, then by id. */
    record CheckInAdded(CheckIn checkIn) implements HistoryChange {
        private static final Comparator<CheckIn> LISTED = Comparator
                .comparing((CheckIn c) -> c.recordedAt().orElseThrow())
                .thenComparingLong(c -> Long.parseLong(c.id()));

        /** The check-in as the store keeps it: microseconds, and a session id written as the row's number. */
        public CheckInAdded {
            checkIn = new CheckIn(checkIn.id(), checkIn.sessionId().map(id -> String.valueOf(Long.parseLong(id))),
                    checkIn.window(), checkIn.date(), checkIn.recordedAt().map(TimeColumns::storable), checkIn.pain(),
                    checkIn.sharp(), checkIn.region(), checkIn.stiffnessMinutes(), checkIn.symptoms(),
                    checkIn.clearedByClinician());
        }

        @Override
        public History onto(History h) {
            return new History(h.profile(), h.levels(), h.sessions(), inserted(h.checkIns(), checkIn, LISTED),
                    h.context(), h.baselineTests(), h.declaredFlares(), h.demands(), h.settings(), h.care(),
                    h.checkUps(), h.experiments());
        }
    }

    /** A new session; a reload lists sessions by their start, then by id. */
    record SessionAdded(Session session) implements HistoryChange {
        private static final Comparator<Session> LISTED = Comparator
                .comparing((Session s) -> s.start().toInstant())
                .thenComparingLong(s -> Long.parseLong(s.id()));

        /** The session as the store keeps it: its start in microseconds, in the zone its id names. */
        public SessionAdded {
            session = new Session(session.id(), session.activity(),
                    TimeColumns.storable(session.start().toInstant()).atZone(ZoneId.of(session.start().getZone().getId())),
                    session.minutes(), session.distance(), session.rpe(), session.rpeEstimated(), session.runType(),
                    session.hills(), session.rotationOverride(), session.armLoadOverride(), session.strengthSets(),
                    session.source(), session.condition());
        }

        @Override
        public History onto(History h) {
            return new History(h.profile(), h.levels(), inserted(h.sessions(), session, LISTED), h.checkIns(),
                    h.context(), h.baselineTests(), h.declaredFlares(), h.demands(), h.settings(), h.care(),
                    h.checkUps(), h.experiments());
        }
    }

    /** The list with {@code added} after every record a reload would list before it. */
    private static <T> List<T> inserted(List<T> listed, T added, Comparator<T> order) {
        int at = listed.size();
        // Usually the newest: look from the end.
        while (at > 0 && order.compare(listed.get(at - 1), added) > 0) {
            at--;
        }
        List<T> result = new ArrayList<>(listed.size() + 1);
        result.addAll(listed.subList(0, at));
        result.add(added);
        result.addAll(listed.subList(at, listed.size()));
        return result;
    }
}
