package org.plimsoll.engine.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Plimsoll takes in from anywhere: the API, the pages, imports, restores and scenario
 * files. Nothing a person trained or felt falls outside them, and refusing the rest where they
 * enter keeps every later step (the engine, the database, the charts) away from years such as
 * −100000 or +999999999 (docs/security.md).
 */
public final class PlausibleDates {
    /** Before this, a date is a device whose clock was never set (GPS week roll-overs, 1901 …). */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** An instant whose date in UTC lies in the range. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A date and time whose own date and whose instant (in UTC) both lie in the range. */
    public static boolean contains(java.time.OffsetDateTime at) {
        return contains(at.toLocalDate()) && contains(at.toInstant());
    }

    /** For messages: "between 1990-01-01 and 2100-12-31". */
    public static String describe() {
        return "between " + EARLIEST + " and " + LATEST;
    }
}
