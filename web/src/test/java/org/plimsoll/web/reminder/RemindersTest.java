package org.plimsoll.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.MovingClock;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.push.PushEndpoints;

/**
 * Two app instances on one database and a clock moved through a day and a half of sessions: every
 * open check-in is reminded exactly once, a check-in given in time cancels its reminder, and when one
 * instance dies holding reminders the other sends them once its claim runs out.
 */
class RemindersTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern LINK = Pattern.compile("/checkin\\?session=(\\d+)&window=([A-Z_0-9]+)");

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, LONDON);
    }

    /** Ana, in London, checks in at 07:30 and wants reminders by e-mail, quiet from 22:00 until 07:00. */
    private static long anaWithEmailReminders(Database db, MovingClock clock) {
        long ana = new AccountRepository(db).create("ana@example.org", "x", clock.instant()).orElseThrow().id();
        new ProfileRepository(db).save(ana, new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, LONDON,
                LocalTime.of(7, 30), List.of()), clock.instant());
        new ReminderRepository(db).saveChoices(ana, new ReminderChoices(true, false, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        return ana;
    }

    private static Outbound outbound(Database db, MovingClock clock, Mailer mail) {
        return Outbound.of(db, clock, Optional.of(mail), "https://plimsoll.example.org", new PushEndpoints(false));
    }

    private static Mailer mailer() {
        return new Mailer(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "plimsoll@example.org", true));
    }

    @OnBothDatabases
    void twoInstancesSendEveryOpenCheckInsReminderExactlyOnceEvenWhenOneDies(Database db) throws Exception {
        MovingClock clock = new MovingClock(at(10, 6, 0).toInstant());
        long ana = anaWithEmailReminders(db, clock);
        SessionRepository sessions = new SessionRepository(db);
        String morningRun = sessions.add(ana, Session.of("x", Activity.RUN, at(10, 7, 0), 30, 4), Optional.empty(),
                clock.instant()).id();
        String lunchRide = sessions.add(ana, Session.of("x", Activity.CYCLE, at(10, 12, 0), 45, 3), Optional.empty(),
                clock.instant()).id();
        String lateSwim = sessions.add(ana, Session.of("x", Activity.SWIM, at(10, 21, 0), 40, 3), Optional.empty(),
                clock.instant()).id();

        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (Mailer mail = mailer()) {
            Reminders a = new Reminders("instance-a", db, clock, outbound(db, clock, mail), metrics);
            Reminders b = new Reminders("instance-b", db, clock, outbound(db, clock, mail), metrics);
            boolean bAlive = true;
            CheckInRepository checkIns = new CheckInRepository(db);
            while (clock.instant().isBefore(at(11, 23, 0).toInstant())) {
                ZonedDateTime local = clock.instant().atZone(LONDON);
                if (local.equals(at(10, 13, 0))) {
                    // The ride's hour-after check-in comes in early: its reminder is never sent.
                    checkIns.add(ana, CheckIn.forSession("c", lunchRide, CheckInWindow.AFTER_1H, 2), clock.instant());
                }
                if (local.equals(at(10, 8, 25))) {
                    // Instance b takes what is due in five minutes' time and dies before sending it.
                    b.plan();
                    new ReminderRepository(db).claim("instance-b", clock.instant().plus(Duration.ofMinutes(6)),
                            clock.instant().plus(Duration.ofMinutes(6)).plus(Reminders.LEASE), 100);
                    bAlive = false;
                }
                if (bAlive) {
                    CompletableFuture<Void> other = CompletableFuture.runAsync(b::tick);
                    a.tick();
                    other.get();
                } else {
                    a.tick();
                }
                clock.pass(Duration.ofMinutes(5));
            }
        }

        Map<String, List<String>> remindedAt = new TreeMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
            assertThat(link.find()).as(GreenMailUtil.getBody(m)).isTrue();
            remindedAt.computeIfAbsent(link.group(1) + " " + link.group(2), k -> new ArrayList<>())
                    .add(m.getSentDate().toInstant().toString());
        }
        assertThat(remindedAt.keySet()).as(remindedAt.toString()).containsExactlyInAnyOrder(
                morningRun + " AFTER_1H", morningRun + " NEXT_MORNING",
                lunchRide + " NEXT_MORNING",
                // 22:40 is in quiet hours: the swim gets its morning reminder only.
                lateSwim + " NEXT_MORNING");
        assertThat(remindedAt.values()).as("each exactly once").allSatisfy(times -> assertThat(times).hasSize(1));
        assertThat(metrics.counter("plimsoll.reminders", "outcome", "sent").count()).isEqualTo(4);
        assertThat(metrics.counter("plimsoll.reminders", "outcome", "dropped").count())
                .as("the ride's hour-after, planned before it came in").isEqualTo(1);
        assertThat(new ReminderRepository(db).count("due")).isZero();
    }

    @OnBothDatabases
    void whatFellDueWhileEveryServerWasDownIsSentOnceIfStillOpenAndDroppedIfNotAndMorningsKeepLocalTime(Database db)
            throws Exception {
        // 28 March 2026, an evening run; the clocks go forward that night (London, 01:00 UTC).
        MovingClock clock = new MovingClock(at(28, 18, 0).toInstant());
        long ana = anaWithEmailReminders(db, clock);
        SessionRepository sessions = new SessionRepository(db);
        String run = sessions.add(ana, Session.of("x", Activity.RUN, at(28, 18, 0), 30, 4), Optional.empty(),
                clock.instant()).id();
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (Mailer mail = mailer()) {
            Reminders restarted = new Reminders("after-restart", db, clock, outbound(db, clock, mail), metrics);
            // Every server was down from 18:00 until 06:29 UTC the next day (07:29 summer time): the hour-after
            // check-in's window (until 18:30 the next day) is still open, so its reminder goes out once now.
            clock.set(Instant.parse("2026-03-29T06:29:00Z"));
            restarted.tick();
            restarted.tick();
            assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0])).contains("window=AFTER_1H");
            // The morning reminder waits for 07:30 local, which is 06:30 UTC on the day the clocks change.
            clock.set(Instant.parse("2026-03-29T06:30:00Z"));
            restarted.tick();
            assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
            assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[1])).contains("window=NEXT_MORNING");

            // Reminders turned off after one was planned: it is not sent.
            String evening = sessions.add(ana, Session.of("x", Activity.RUN, at(29, 18, 0), 30, 4), Optional.empty(),
                    clock.instant()).id();
            clock.set(at(29, 18, 35).toInstant());
            restarted.tick();
            assertThat(new ReminderRepository(db).stateOf(Long.parseLong(evening), "AFTER_1H",
                    org.plimsoll.store.reminder.Reminder.Channel.EMAIL)).contains("due");
            new ReminderRepository(db).saveChoices(ana, new ReminderChoices(false, false, LocalTime.of(22, 0), LocalTime.of(7, 0)));
            clock.set(at(29, 19, 31).toInstant());
            restarted.tick();
            assertThat(new ReminderRepository(db).stateOf(Long.parseLong(evening), "AFTER_1H",
                    org.plimsoll.store.reminder.Reminder.Channel.EMAIL)).contains("dropped");
            new ReminderRepository(db).saveChoices(ana, new ReminderChoices(true, false, LocalTime.of(22, 0), LocalTime.of(7, 0)));

            // A second run whose whole window passed while the servers were down: planned late, never sent.
            String old = sessions.add(ana, Session.of("x", Activity.RUN, at(29, 7, 0), 30, 4), Optional.empty(),
                    clock.instant()).id();
            new ReminderRepository(db).schedule(ana, Long.parseLong(old), "AFTER_1H",
                    org.plimsoll.store.reminder.Reminder.Channel.EMAIL, at(29, 8, 30).toInstant(), at(30, 7, 30).toInstant());
            clock.set(at(31, 9, 0).toInstant());
            restarted.tick();
            assertThat(new ReminderRepository(db).stateOf(Long.parseLong(old), "AFTER_1H",
                    org.plimsoll.store.reminder.Reminder.Channel.EMAIL)).contains("dropped");
            assertThat(SMTP.getReceivedMessages()).as("nothing late").hasSize(2);
            assertThat(run).isNotEqualTo(old);
        }
    }
}
