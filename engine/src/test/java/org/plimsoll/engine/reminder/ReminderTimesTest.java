package org.plimsoll.engine.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.reminder.ReminderTimes.Planned;
import org.plimsoll.engine.session.Session;

/** ENGINE.md section 1's check-in windows, as reminder times in the person's own zone. */
class ReminderTimesTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime MORNING = LocalTime.of(7, 30);
    private static final Set<CheckInWindow> NOTHING = EnumSet.noneOf(CheckInWindow.class);

    private static Session run(int year, int month, int day, int hour, int minute, int minutes) {
        return Session.of("s1", Activity.RUN, ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON), minutes, 4);
    }

    private static List<Planned> plan(Session s, QuietHours quiet, Set<CheckInWindow> answered) {
        return ReminderTimes.forSession(s, LONDON, MORNING, quiet, answered);
    }

    @Test
    void anEveningRunIsRemindedAnHourAfterItEndsAndAt0730TheNextMorning() {
        List<Planned> p = plan(run(2026, 3, 10, 18, 0, 40), QuietHours.DEFAULT, NOTHING);
        assertThat(p).extracting(Planned::window).containsExactly(CheckInWindow.AFTER_1H, CheckInWindow.NEXT_MORNING);
        assertThat(p.get(0).due()).isEqualTo(Instant.parse("2026-03-10T19:40:00Z"));
        assertThat(p.get(0).expires()).as("a day after the session ended").isEqualTo(Instant.parse("2026-03-11T18:40:00Z"));
        assertThat(p.get(1).due()).isEqualTo(Instant.parse("2026-03-11T07:30:00Z"));
        assertThat(p.get(1).expires()).as("the end of that morning's day").isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
    }

    @Test
    void theMorningReminderIsAt0730LocalOnTheDaysTheClocksChange() {
        // 29 March 2026: British Summer Time starts at 01:00 UTC, so 07:30 is 06:30 UTC.
        Planned spring = plan(run(2026, 3, 28, 18, 0, 30), QuietHours.DEFAULT, NOTHING).get(1);
        assertThat(spring.due()).isEqualTo(Instant.parse("2026-03-29T06:30:00Z"));
        assertThat(spring.expires()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        // 25 October 2026: back to GMT at 01:00 UTC, so 07:30 is 07:30 UTC, and that day lasts 25 hours.
        Planned autumn = plan(run(2026, 10, 24, 18, 0, 30), QuietHours.DEFAULT, NOTHING).get(1);
        assertThat(autumn.due()).isEqualTo(Instant.parse("2026-10-25T07:30:00Z"));
        assertThat(Duration.between(autumn.due(), autumn.expires())).isEqualTo(Duration.ofHours(16).plusMinutes(30));
    }

    @Test
    void anHourAfterInQuietHoursIsNotSentAndTheMorningWaitsForTheQuietToEnd() {
        List<Planned> late = plan(run(2026, 3, 10, 20, 45, 45), QuietHours.DEFAULT, NOTHING);
        assertThat(late).extracting(Planned::window).as("22:30 is quiet").containsExactly(CheckInWindow.NEXT_MORNING);

        QuietHours untilEight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));
        Planned morning = plan(run(2026, 3, 10, 18, 0, 40), untilEight, NOTHING).get(1);
        assertThat(morning.due()).as("07:30 is inside quiet hours until 08:00").isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
    }

    @Test
    void nothingIsSentForAWindowAnsweredOrPassedByALaterOne() {
        Session s = run(2026, 3, 10, 18, 0, 40);
        assertThat(plan(s, QuietHours.DEFAULT, EnumSet.of(CheckInWindow.AFTER_1H))).extracting(Planned::window)
                .containsExactly(CheckInWindow.NEXT_MORNING);
        assertThat(plan(s, QuietHours.DEFAULT, EnumSet.of(CheckInWindow.NEXT_MORNING))).isEmpty();
        assertThat(plan(s, QuietHours.DEFAULT, EnumSet.of(CheckInWindow.BEFORE, CheckInWindow.DURING)))
                .hasSize(2);
    }

    @Test
    void quietHoursThatDoNotSpanMidnightAndNoQuietAtAll() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).as("none").isFalse();
        assertThat(ReminderTimes.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(ReminderTimes.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(ReminderTimes.backoff(30)).isEqualTo(Duration.ofHours(1));
    }
}
