package org.plimsoll.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
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
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.reminder.Reminder;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.push.PushEndpoints;

/**
 * Duplicate reminders without any crash (issue 26): two instances and a mail server that takes its
 * time used to send 170 e-mails for 160 reminders, because a claim's lease ran out mid-batch and the
 * other instance took the same rows. Here the lease is 1 s and a message takes 0.3 s, every fifth
 * 1.5 s (longer than the whole lease): each reminder still arrives exactly once, because a claim
 * takes only what fits in its lease, renews it while sending, and checks its fencing token before
 * each send and at marking.
 */
class SlowMailTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern LINK = Pattern.compile("/checkin\\?session=(\\d+)&window=([A-Z_0-9]+)");
    private static final int PEOPLE = 24;

    @OnBothDatabases
    void twoInstancesAndASlowMailServerSendEachReminderExactlyOnce(Database db) throws Exception {
        ZonedDateTime noon = ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, LONDON);
        // Real time passes (leases run out by it), starting at noon on a fixed day.
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), noon.toInstant()));
        SessionRepository sessions = new SessionRepository(db);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            long id = new AccountRepository(db).create("p" + i + "@example.org", "x", clock.instant()).orElseThrow().id();
            new ProfileRepository(db).save(id, new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, LONDON,
                    LocalTime.of(7, 30), List.of()), clock.instant());
            new ReminderRepository(db).saveChoices(id, new ReminderChoices(true, false, LocalTime.of(22, 0), LocalTime.of(7, 0)));
            runs.add(Long.parseLong(sessions.add(id, Session.of("x", Activity.RUN, noon.minusHours(2), 30, 4),
                    Optional.empty(), clock.instant()).id()));
        }
        Reminders.Lease lease = new Reminders.Lease(Duration.ofSeconds(1), Duration.ofMillis(250));
        try (SlowSmtp smtp = new SlowSmtp(Duration.ofMillis(300), Duration.ofMillis(1500), 5);
             Mailer mail = new Mailer(new MailSettings("127.0.0.1", smtp.port(), Optional.empty(), Optional.empty(),
                     "plimsoll@example.org", true))) {
            Outbound outbound = Outbound.of(db, clock, Optional.of(mail), "https://plimsoll.example.org",
                    new PushEndpoints(false));
            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            try (Reminders a = new Reminders("instance-a", db, clock, outbound, metrics, lease);
                 Reminders b = new Reminders("instance-b", db, clock, outbound, metrics, lease)) {
                a.plan();
                ReminderRepository outbox = new ReminderRepository(db);
                java.util.function.IntSupplier dueNow = () -> (int) runs.stream().filter(run -> outbox.stateOf(run,
                        "AFTER_1H", Reminder.Channel.EMAIL).orElseThrow().equals("due")).count();
                assertThat(dueNow.getAsInt()).as("an hour-after reminder each, due since 11:30").isEqualTo(PEOPLE);
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                // Each instance ticks on its own, as two servers do, every 100 ms.
                List<CompletableFuture<Void>> running = new ArrayList<>();
                for (Reminders instance : List.of(a, b)) {
                    running.add(CompletableFuture.runAsync(() -> {
                        while (dueNow.getAsInt() > 0 && System.nanoTime() < until) {
                            instance.send();
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }));
                }
                for (CompletableFuture<Void> r : running) {
                    r.get();
                }
                assertThat(dueNow.getAsInt()).isZero();
            }

            Map<String, List<String>> sent = new TreeMap<>();
            for (String message : smtp.messages) {
                Matcher link = LINK.matcher(message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
                assertThat(link.find()).as(message).isTrue();
                sent.computeIfAbsent(link.group(1) + " " + link.group(2), k -> new ArrayList<>()).add(message);
            }
            assertThat(sent).as("every reminder").hasSize(PEOPLE);
            assertThat(sent.values()).as("each exactly once").allSatisfy(copies -> assertThat(copies).hasSize(1));
            assertThat(smtp.messages).hasSize(PEOPLE);
            assertThat(metrics.counter("plimsoll.reminders", "outcome", "sent").count()).isEqualTo(PEOPLE);
        }
    }
}
