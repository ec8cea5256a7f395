package org.plimsoll.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.Reminder;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.MovingClock;
import org.plimsoll.web.push.PushEndpoints;
import org.plimsoll.web.push.WebPushCrypto;

/**
 * One person's devices cannot stop everyone's reminders. Mallory's devices were stored before the
 * checks at subscription (a host ending in a dot, a key that is not a point on P-256) and one of her
 * reminders cannot even be read; four other people's reminders in the same claim still arrive, her
 * broken devices are forgotten, and her unreadable reminder is counted as a try, backed off, and
 * given up after eight.
 */
class PoisonDeviceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static long person(Database db, MovingClock clock, String email) {
        long id = new AccountRepository(db).create(email, "x", clock.instant()).orElseThrow().id();
        new ProfileRepository(db).save(id, new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, LONDON,
                LocalTime.of(7, 30), List.of()), clock.instant());
        new ReminderRepository(db).saveChoices(id, new ReminderChoices(false, true, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        return id;
    }

    private static String run(Database db, MovingClock clock, long person) {
        return new SessionRepository(db).add(person, Session.of("x", Activity.RUN,
                ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, LONDON), 30, 4), Optional.empty(), clock.instant()).id();
    }

    @OnBothDatabases
    void aPoisonedDeviceFailsOnlyItsOwnReminderAndEveryoneElseIsReminded(Database db) throws Exception {
        MovingClock clock = new MovingClock(ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, LONDON).toInstant());
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        service.start();
        try {
            String base = "http://127.0.0.1:" + service.getAddress().getPort();
            PushRepository push = new PushRepository(db);
            String auth = WebPushCrypto.base64Url(new byte[16]);
            String goodKey = WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) WebPushCrypto.newKeyPair().getPublic()));
            byte[] offCurve = new byte[65];
            Arrays.fill(offCurve, (byte) 1);
            offCurve[0] = 4;

            // Mallory comes first in the outbox, as an attacker would arrange.
            long mallory = person(db, clock, "mallory@example.org");
            push.subscribe(mallory, "https://localhost.:443/x", goodKey, auth, "dot", clock.instant());
            push.subscribe(mallory, base + "/mallory", WebPushCrypto.base64Url(offCurve), auth, "curve", clock.instant());
            String malloryRun = run(db, clock, mallory);
            new ReminderRepository(db).schedule(mallory, Long.parseLong(malloryRun), "NOT_A_WINDOW", Reminder.Channel.PUSH,
                    clock.instant(), clock.instant().plus(Duration.ofDays(3)));
            List<String> others = List.of("ana", "ben", "cleo", "dev");
            for (String name : others) {
                long id = person(db, clock, name + "@example.org");
                KeyPair keys = WebPushCrypto.newKeyPair();
                push.subscribe(id, base + "/" + name, WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) keys.getPublic())),
                        auth, name, clock.instant());
                run(db, clock, id);
            }

            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            Reminders reminders = new Reminders("one", db, clock,
                    Outbound.of(db, clock, Optional.empty(), "https://plimsoll.example.org", new PushEndpoints(true)), metrics);
            clock.set(ZonedDateTime.of(2026, 3, 10, 19, 31, 0, 0, LONDON).toInstant());
            reminders.tick();

            for (String name : others) {
                assertThat(received.get("/" + name)).as(name + " reminded in the same tick").hasValue(1);
            }
            assertThat(received).doesNotContainKey("/mallory");
            assertThat(push.subscriptions(mallory)).as("devices that can never be sent to are forgotten").isEmpty();
            ReminderRepository outbox = new ReminderRepository(db);
            assertThat(outbox.stateOf(Long.parseLong(malloryRun), "AFTER_1H", Reminder.Channel.PUSH)).contains("failed");
            assertThat(outbox.stateOf(Long.parseLong(malloryRun), "NOT_A_WINDOW", Reminder.Channel.PUSH)).contains("due");
            assertThat(outbox.attemptsOf(Long.parseLong(malloryRun), "NOT_A_WINDOW", Reminder.Channel.PUSH))
                    .as("her unreadable reminder's failure is counted as its own try").contains(1);

            for (int hour = 0; hour < 10; hour++) {
                clock.pass(Duration.ofHours(1));
                reminders.tick();
            }
            assertThat(outbox.stateOf(Long.parseLong(malloryRun), "NOT_A_WINDOW", Reminder.Channel.PUSH))
                    .as("backed off, then given up after " + Reminders.MAX_ATTEMPTS + " tries").contains("failed");
            assertThat(outbox.attemptsOf(Long.parseLong(malloryRun), "NOT_A_WINDOW", Reminder.Channel.PUSH))
                    .contains(Reminders.MAX_ATTEMPTS - 1);
            assertThat(metrics.counter("plimsoll.reminders", "outcome", "sent").count()).isEqualTo(4);
            assertThat(metrics.counter("plimsoll.reminders", "outcome", "failed").count()).isEqualTo(2);
        } finally {
            service.stop(0);
        }
    }
}
