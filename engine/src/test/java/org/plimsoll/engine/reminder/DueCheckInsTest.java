package org.plimsoll.engine.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.reminder.DueCheckIns.Due;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;

/** Section 1's three windows as reminders: what the check-in page offers first. */
class DueCheckInsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A 40-minute run from 18:00 to 18:40 on 2 March; morning check-in at 08:00. */
    private static final Session RUN = Session.of("s1", Activity.RUN, ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, ZONE), 40, 4);

    private static History history(List<CheckIn> checkIns) {
        return new History(Profile.defaultFor(ZONE), List.of(), List.of(RUN), checkIns, List.of(), List.of(), List.of(), Map.of());
    }

    private static List<CheckInWindow> windowsAt(History h, int day, int hour, int minute) {
        return DueCheckIns.at(h, ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ZONE)).stream()
                .filter(d -> d.sessionId().isPresent()).map(Due::window).toList();
    }

    @Test
    void beforeIsDueFromTheStartAndDuringFromTheEnd() {
        History h = history(List.of());
        assertThat(windowsAt(h, 2, 17, 59)).isEmpty();
        assertThat(windowsAt(h, 2, 18, 10)).containsExactly(CheckInWindow.BEFORE);
        assertThat(windowsAt(h, 2, 18, 40)).containsExactly(CheckInWindow.BEFORE, CheckInWindow.DURING);
    }

    @Test
    void theOneHourCheckInIsDueAnHourAfterTheEndUntilADayLater() {
        History h = history(List.of(CheckIn.forSession("c1", "s1", CheckInWindow.BEFORE, 1),
                CheckIn.forSession("c2", "s1", CheckInWindow.DURING, 2)));
        assertThat(windowsAt(h, 2, 19, 39)).isEmpty();
        assertThat(windowsAt(h, 2, 19, 40)).containsExactly(CheckInWindow.AFTER_1H);
        assertThat(windowsAt(h, 3, 18, 39)).contains(CheckInWindow.AFTER_1H);
        assertThat(windowsAt(h, 3, 18, 41)).doesNotContain(CheckInWindow.AFTER_1H);
    }

    @Test
    void onceTheNextMorningIsAnsweredTheEarlierWindowsAreNoLongerAskedFor() {
        History h = history(List.of(CheckIn.forSession("c1", "s1", CheckInWindow.BEFORE, 1)));
        assertThat(windowsAt(h, 3, 9, 0)).containsExactly(CheckInWindow.DURING, CheckInWindow.AFTER_1H,
                CheckInWindow.NEXT_MORNING);
        History answered = history(List.of(CheckIn.forSession("c1", "s1", CheckInWindow.BEFORE, 1),
                CheckIn.forSession("c4", "s1", CheckInWindow.NEXT_MORNING, 2)));
        assertThat(windowsAt(answered, 3, 9, 0)).isEmpty();
        History hourAfter = history(List.of(CheckIn.forSession("c3", "s1", CheckInWindow.AFTER_1H, 2)));
        assertThat(windowsAt(hourAfter, 2, 20, 0)).isEmpty();
    }

    @Test
    void theNextMorningCheckInIsDueFromTheChosenTimeToTheEndOfThatDay() {
        History h = history(List.of(CheckIn.forSession("c1", "s1", CheckInWindow.BEFORE, 1),
                CheckIn.forSession("c2", "s1", CheckInWindow.DURING, 2),
                CheckIn.forSession("c3", "s1", CheckInWindow.AFTER_1H, 2)));
        assertThat(windowsAt(h, 3, 7, 59)).isEmpty();
        assertThat(windowsAt(h, 3, 8, 0)).containsExactly(CheckInWindow.NEXT_MORNING);
        assertThat(windowsAt(h, 3, 23, 59)).containsExactly(CheckInWindow.NEXT_MORNING);
        assertThat(windowsAt(h, 4, 8, 0)).isEmpty();
    }

    @Test
    void aDailyCheckInIsDueEachMorningUnlessMorningPainIsRecordedOrANextMorningOneIsDue() {
        History quiet = new History(Profile.defaultFor(ZONE), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        ZonedDateTime nine = ZonedDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZONE);
        assertThat(DueCheckIns.at(quiet, nine)).extracting(Due::window).containsExactly(CheckInWindow.DAILY);
        assertThat(DueCheckIns.at(quiet, nine.withHour(7))).isEmpty();

        CheckIn daily = new CheckIn("d1", Optional.empty(), CheckInWindow.DAILY, Optional.of(LocalDate.of(2026, 3, 5)),
                Optional.empty(), new Pain(2), false, Optional.empty(), Optional.empty(), Set.of(), false);
        History answered = new History(Profile.defaultFor(ZONE), List.of(), List.of(), List.of(daily), List.of(), List.of(), List.of());
        assertThat(DueCheckIns.at(answered, nine)).isEmpty();

        History afterRun = history(List.of());
        assertThat(DueCheckIns.at(afterRun, ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZONE))).extracting(Due::window)
                .contains(CheckInWindow.NEXT_MORNING).doesNotContain(CheckInWindow.DAILY);
    }
}
