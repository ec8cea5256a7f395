package org.plimsoll.formats.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.unit.Minutes;
import java.util.Optional;

/** The feed parsed back as a calendar app would, event by event and alarm by alarm. */
class CalendarFeedTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static PlannedSession planned(LocalDate day, Activity activity, Integer minutes) {
        return new PlannedSession(day, activity, minutes == null ? Optional.empty() : Optional.of(Minutes.of(minutes)), 4,
                PlannedSession.Kind.SESSION, java.util.Optional.empty(), List.of(), List.of(), day.plusDays(1).atTime(7, 30));
    }

    @Test
    void eachPlannedSessionIsAnEventAtTheUsualTimeWithItsThreeCheckInAlarms() throws Exception {
        List<CalendarFeed.Entry> entries = List.of(
                new CalendarFeed.Entry(planned(LocalDate.of(2026, 3, 3), Activity.RUN, 35), "Run, 35 min", "Easy, RPE up to 4"),
                new CalendarFeed.Entry(planned(LocalDate.of(2026, 3, 5), Activity.STRENGTH, null), "Strength", "Circuit"));
        Function<Activity, LocalTime> usual = a -> a == Activity.RUN ? LocalTime.of(18, 0) : LocalTime.of(7, 0);
        String ics = CalendarFeed.of(entries, BERLIN, usual, "k1", Instant.parse("2026-03-01T12:00:00Z"));
        // The same plan gives the same feed, so a calendar app polling it sees no change that is not one.
        Thread.sleep(1100);
        assertThat(CalendarFeed.of(entries, BERLIN, usual, "k1", Instant.parse("2026-03-01T12:00:00Z"))).isEqualTo(ics);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);

        VEvent run = events.get(0);
        assertThat(run.getSummary().getValue()).isEqualTo("Run, 35 min");
        assertThat(Instant.from(run.getStartDate().<Temporal>orElseThrow().getDate())).isEqualTo(Instant.parse("2026-03-03T17:00:00Z"));
        assertThat(Instant.from(run.getEndDate().<Temporal>orElseThrow().getDate())).isEqualTo(Instant.parse("2026-03-03T17:35:00Z"));
        assertThat(run.getUid().orElseThrow().getValue()).isEqualTo("plimsoll-k1-2026-03-03-run-session@plimsoll");
        assertThat(events).allSatisfy(e -> assertThat(e.<Property>getProperties("DTSTAMP").stream().map(Property::getValue))
                .as("RFC 5545: DTSTAMP exactly once").containsExactly("20260301T120000Z"));
        List<VAlarm> alarms = run.getAlarms();
        assertThat(alarms).hasSize(3);
        assertThat(trigger(alarms.get(0)).getDuration()).isEqualTo(Duration.ofMinutes(-10));
        assertThat(trigger(alarms.get(0)).getParameter(Parameter.RELATED)).isEmpty();
        assertThat(trigger(alarms.get(1)).getDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(trigger(alarms.get(1)).getParameter(Parameter.RELATED).orElseThrow().getValue()).isEqualTo("END");
        assertThat(trigger(alarms.get(2)).getDate()).isEqualTo(LocalDateTime.of(2026, 3, 4, 7, 30).atZone(BERLIN).toInstant());
        assertThat(alarms).allSatisfy(a -> {
            assertThat(a.getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
            assertThat(a.getDescription().getValue()).contains("Check in");
        });

        VEvent strength = events.get(1);
        assertThat(Instant.from(strength.getStartDate().<Temporal>orElseThrow().getDate())).isEqualTo(Instant.parse("2026-03-05T06:00:00Z"));
        assertThat(Instant.from(strength.getEndDate().<Temporal>orElseThrow().getDate())).isEqualTo(Instant.parse("2026-03-05T06:30:00Z"));
    }

    private static Trigger trigger(VAlarm alarm) {
        return alarm.getTrigger().orElseThrow();
    }
}
