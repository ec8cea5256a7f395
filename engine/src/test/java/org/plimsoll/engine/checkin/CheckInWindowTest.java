package org.plimsoll.engine.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day a check-in is about when the person gave none. */
class CheckInWindowTest {
    private static final LocalDate SESSION_DAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void aNextMorningCheckInIsForTheMorningAfterItsSession() {
        assertThat(CheckInWindow.NEXT_MORNING.defaultDate(Optional.of(SESSION_DAY), TODAY))
                .contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aDailyCheckInIsForToday() {
        assertThat(CheckInWindow.DAILY.defaultDate(Optional.empty(), TODAY)).contains(TODAY);
    }

    @Test
    void aGivenDateWinsAndOtherwiseTheSessionsOwnDayCountsNotTodaysZone() {
        // A run at 23:30 in New York on 1 March is 2 March in UTC; its next morning is still 2 March.
        var lateRun = org.plimsoll.engine.session.Session.of("s1", org.plimsoll.engine.activity.Activity.RUN,
                java.time.ZonedDateTime.of(2026, 3, 1, 23, 30, 0, 0, java.time.ZoneId.of("America/New_York")), 30, 3);
        assertThat(CheckInWindow.NEXT_MORNING.dateFor(Optional.empty(), Optional.of(lateRun), TODAY))
                .contains(LocalDate.of(2026, 3, 2));
        assertThat(CheckInWindow.NEXT_MORNING.dateFor(Optional.of(LocalDate.of(2026, 3, 4)), Optional.of(lateRun), TODAY))
                .contains(LocalDate.of(2026, 3, 4));
        assertThat(CheckInWindow.DAILY.dateFor(Optional.empty(), Optional.empty(), TODAY)).contains(TODAY);
    }

    @Test
    void theSessionWindowsDuringTheSessionNeedNoDate() {
        assertThat(CheckInWindow.BEFORE.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
        assertThat(CheckInWindow.DURING.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
        assertThat(CheckInWindow.AFTER_1H.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
    }
}
