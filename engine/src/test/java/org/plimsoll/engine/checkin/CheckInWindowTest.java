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
    void theSessionWindowsDuringTheSessionNeedNoDate() {
        assertThat(CheckInWindow.BEFORE.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
        assertThat(CheckInWindow.DURING.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
        assertThat(CheckInWindow.AFTER_1H.defaultDate(Optional.of(SESSION_DAY), TODAY)).isEmpty();
    }
}
