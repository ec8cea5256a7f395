package org.plimsoll.words;

import java.time.LocalDate;
import java.util.Optional;

/** The rows of a session's check-ins, as its page lists them beside its response. */
public final class CheckInRows {
    private CheckInRows() {
    }

    /**
     * A next-morning answer with the morning it is for, so that one entered ahead of time, or for a
     * later day, is not read as the morning the response waits for: "3/10, Mon 2 Mar".
     */
    public static String nextMorning(int pain, Optional<LocalDate> morning) {
        return pain + "/10" + morning.map(d -> ", " + Wording.day(d)).orElse("");
    }

    /**
     * No next-morning check-in for the session, but the response read the pain of that morning from
     * another check-in (a daily one): said, so that the response's "next morning" has its number here.
     */
    public static String morningFromElsewhere(int pain) {
        return pain + "/10, from your check-in that morning";
    }
}
