package org.plimsoll.formats.wearable;

import java.util.List;

/** Times as databases store them, in epoch milliseconds: only 2000–2100 can be a person's record. */
final class Epoch {
    private static final long FROM = 946_684_800_000L;
    private static final long TO = 4_102_444_800_000L;

    private Epoch() {
    }

    static boolean plausible(Long millis) {
        return millis != null && millis >= FROM && millis < TO;
    }

    static void noteUnreadable(MeasureDays days, List<String> notes) {
        int n = days.unreadableCount();
        if (n > 0) {
            notes.add(n + (n == 1 ? " entry was" : " entries were")
                    + " left out: a date or value that cannot be read or cannot be right");
        }
    }
}
