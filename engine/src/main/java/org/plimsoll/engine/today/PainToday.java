package org.plimsoll.engine.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Pain;

/**
 * The pain of a day as it stands now (ENGINE.md section 8): the latest check-in of that day by
 * the moment it describes, in any window, not the order in which check-ins arrived. A check-in
 * entered offline at 07:00 and sent at noon is still the morning's pain; an 8/10 at 19:00 stays
 * the day's pain when it is the latest.
 */
public final class PainToday {
    private PainToday() {
    }

    /** The latest pain of {@code day} (0–10), if any check-in describes that day. */
    public static Optional<Pain> latest(AsOf asOf, LocalDate day) {
        List<Dated> ofDay = new ArrayList<>();
        List<CheckIn> described = asOf.checkInsDescribing(day);
        for (int i = 0; i < described.size(); i++) {
            CheckIn c = described.get(i);
            ofDay.add(new Dated(moment(asOf, c), i, c.pain()));
        }
        // Equal moments keep the order of entry: a later entry corrects an earlier one.
        return ofDay.stream().max(Comparator.comparing(Dated::moment).thenComparingInt(Dated::order))
                .map(Dated::pain);
    }

    /**
     * When the pain was felt: when it was entered if the device said so, else the moment its window
     * describes (before: the start; during: the end; an hour after: the end plus an hour; a morning
     * or a day's check-in: the person's morning check-in time).
     */
    static Instant moment(AsOf asOf, CheckIn c) {
        if (c.recordedAt().isPresent()) {
            return c.recordedAt().get();
        }
        Session s = c.sessionId().flatMap(asOf::session).orElse(null);
        if (s != null && c.window() != CheckInWindow.NEXT_MORNING) {
            Instant start = s.start().toInstant();
            Instant end = start.plus(Duration.ofMinutes(s.minutes().value()));
            return switch (c.window()) {
                case BEFORE -> start;
                case DURING -> end;
                default -> end.plus(Duration.ofHours(1));
            };
        }
        return asOf.dayDescribed(c).atTime(asOf.history().profile().morningCheckIn()).atZone(asOf.zone()).toInstant();
    }

    private record Dated(Instant moment, int order, Pain pain) {
    }
}
