package org.plimsoll.formats.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.unit.Minutes;

/**
 * The week plan as an iCalendar feed for a phone's calendar. Each planned session is an event at
 * the person's usual time, with three alarms for its check-ins: just before it starts, an hour after
 * it ends, and the next morning at the person's chosen time. Times are written in UTC, so the
 * feed needs no time-zone definitions and every calendar shows them in its own zone.
 */
public final class CalendarFeed {
    /** How long before the start the "before" alarm rings. */
    public static final Duration BEFORE = Duration.ofMinutes(10);
    /** A planned session without minutes (a strength circuit, a walk) still takes this long in the calendar. */
    static final int DEFAULT_MINUTES = 30;

    private CalendarFeed() {
    }

    /** One planned session as the feed describes it; {@code summary} and {@code details} are in the person's words. */
    public record Entry(PlannedSession planned, String summary, String details) {
    }

    public static String of(List<Entry> entries, ZoneId zone, Function<Activity, LocalTime> usualStart,
                            String feedKey, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Plimsoll//Week plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (Entry entry : entries) {
            PlannedSession p = entry.planned();
            ZonedDateTime start = p.date().atTime(usualStart.apply(p.activity())).atZone(zone);
            int minutes = p.minutes().map(Minutes::value).orElse(DEFAULT_MINUTES);
            VEvent event = new VEvent(start.toInstant(), start.plusMinutes(minutes).toInstant(), entry.summary());
            event.add(new Uid("plimsoll-" + feedKey + "-" + p.date() + "-" + p.activity().code() + "-" + p.kind().name().toLowerCase()
                    + "@plimsoll"));
            // The constructor stamps the event with the wall clock: RFC 5545 allows one DTSTAMP, and the
            // one from the caller's clock keeps the feed a function of what it is given.
            event.replace(new DtStamp(stamp));
            event.add(new Description(entry.details()));
            String name = p.activity().code().replace('_', ' ');
            if (!p.asksForCheckIns()) {
                calendar.add(event);
                continue;
            }
            event.add(alarm(new Trigger(BEFORE.negated()),
                    "Plimsoll: how is your back before your " + name + "? Check in (0 to 10)."));
            event.add(alarm(new Trigger(new ParameterList(List.of(Related.END)), Duration.ofHours(1)),
                    "Plimsoll: an hour after your " + name + ", how is your back? Check in."));
            event.add(alarm(new Trigger(p.nextMorningCheckIn().atZone(zone).toInstant()),
                    "Plimsoll: the morning after your " + name + ", how is your back? Check in."));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VAlarm alarm(Trigger trigger, String text) {
        VAlarm alarm = new VAlarm();
        alarm.add(trigger);
        alarm.add(new Action("DISPLAY"));
        alarm.add(new Description(text));
        return alarm;
    }
}
