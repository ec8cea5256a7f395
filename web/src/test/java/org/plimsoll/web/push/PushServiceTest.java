package org.plimsoll.web.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.plimsoll.store.reminder.PushSubscription;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.MovingClock;
import org.plimsoll.web.reminder.Outbound;
import org.plimsoll.web.reminder.Reminders;

/**
 * Reminders through a push service started in the test on this machine: it checks each request's
 * VAPID token against the server's key and opens the body with the subscriber's keys, as a browser
 * would; a 410 forgets the device, a 429 or 500 is tried again later, and one device reached is enough.
 */
class PushServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A subscriber: its keys, and what its push service received and opened. */
    private record Device(String path, KeyPair keys, byte[] auth, List<String> opened) {
    }

    @OnBothDatabases
    void aReminderReachesTheDeviceEncryptedAndSignedAndGoneOrBusyDevicesAreHandled(Database db) throws Exception {
        MovingClock clock = new MovingClock(ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, LONDON).toInstant());
        Outbound outbound = Outbound.of(db, clock, Optional.empty(), "https://plimsoll.example.org", new PushEndpoints(true));
        ECPublicKey serverKey = WebPushCrypto.publicKey(WebPushCrypto.fromBase64Url(outbound.vapid().publicKey()));
        assertThat(Outbound.of(db, clock, Optional.empty(), "x", new PushEndpoints(true)).vapid().publicKey())
                .as("a second instance signs with the same stored key").isEqualTo(outbound.vapid().publicKey());

        Map<String, Device> devices = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            try {
                checkVapid(authorization, serverKey, "http://127.0.0.1:" + service.getAddress().getPort());
                assertThat(exchange.getRequestHeaders().getFirst("Content-Encoding")).isEqualTo("aes128gcm");
                assertThat(Integer.parseInt(exchange.getRequestHeaders().getFirst("TTL"))).isBetween(1, 86_400);
            } catch (Exception | AssertionError e) {
                problems.add(path + ": " + e.getMessage());
            }
            int status = switch (path) {
                case "/gone" -> 410;
                case "/busy" -> call == 1 ? 429 : 201;
                case "/broken" -> 500;
                default -> 201;
            };
            if (status == 201) {
                Device d = devices.get(path);
                d.opened().add(new String(WebPushCrypto.decrypt(body, d.keys(), d.auth()), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        service.start();
        try {
            String base = "http://127.0.0.1:" + service.getAddress().getPort();
            long ana = new AccountRepository(db).create("ana@example.org", "x", clock.instant()).orElseThrow().id();
            new ProfileRepository(db).save(ana, new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, LONDON,
                    LocalTime.of(7, 30), List.of()), clock.instant());
            PushRepository push = new PushRepository(db);
            for (String path : List.of("/phone", "/gone", "/busy")) {
                KeyPair keys = WebPushCrypto.newKeyPair();
                byte[] auth = new byte[16];
                auth[0] = (byte) path.length();
                devices.put(path, new Device(path, keys, auth, new CopyOnWriteArrayList<>()));
                push.subscribe(ana, base + path, WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) keys.getPublic())),
                        WebPushCrypto.base64Url(auth), path.substring(1), clock.instant());
            }
            new ReminderRepository(db).saveChoices(ana, new ReminderChoices(false, true, LocalTime.of(22, 0), LocalTime.of(7, 0)));
            String run = new SessionRepository(db).add(ana, Session.of("x", Activity.RUN,
                    ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, LONDON), 30, 4), Optional.empty(), clock.instant()).id();

            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            Reminders reminders = new Reminders("one", db, clock, outbound, metrics);
            clock.set(ZonedDateTime.of(2026, 3, 10, 19, 31, 0, 0, LONDON).toInstant());
            reminders.tick();

            assertThat(problems).isEmpty();
            assertThat(devices.get("/phone").opened()).singleElement().satisfies(text -> {
                JsonNode message = JSON.readTree(text);
                assertThat(message.get("title").asText()).isEqualTo("An hour on: how is your back?");
                assertThat(message.get("body").asText()).contains("your run on Tue 10 Mar");
                assertThat(message.get("url").asText()).isEqualTo("/checkin?session=" + run + "&window=AFTER_1H");
            });
            assertThat(push.subscriptions(ana)).extracting(PushSubscription::label).as("410: forgotten")
                    .containsExactlyInAnyOrder("phone", "busy");
            assertThat(devices.get("/busy").opened()).as("429 on the first try").isEmpty();
            assertThat(metrics.counter("plimsoll.reminders", "outcome", "sent").count())
                    .as("one device reached is the person reached").isEqualTo(1);

            PushSender sender = new PushSender(outbound.vapid(), push, clock, new PushEndpoints(true));
            KeyPair keys = WebPushCrypto.newKeyPair();
            PushSubscription broken = push.subscribe(ana, base + "/broken",
                    WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) keys.getPublic())),
                    WebPushCrypto.base64Url(new byte[16]), "broken", clock.instant());
            assertThat(sender.send(broken, "{}".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1)))
                    .isEqualTo(PushSender.Outcome.TRY_LATER);
            PushSubscription busy = push.subscriptions(ana).stream().filter(s -> s.label().equals("busy")).findFirst()
                    .orElseThrow();
            assertThat(sender.send(busy, "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1)))
                    .as("the second try after a 429").isEqualTo(PushSender.Outcome.DELIVERED);
        } finally {
            service.stop(0);
        }
    }

    /** What a push service checks (RFC 8292): the token's audience, expiry and ES256 signature, and its key. */
    private static void checkVapid(String authorization, ECPublicKey serverKey, String audience) throws Exception {
        assertThat(authorization).startsWith("vapid t=");
        String token = authorization.substring(8, authorization.indexOf(','));
        String key = authorization.substring(authorization.indexOf("k=") + 2);
        assertThat(key).isEqualTo(WebPushCrypto.base64Url(WebPushCrypto.raw(serverKey)));
        String[] parts = token.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("aud").asText()).isEqualTo(audience);
        assertThat(claims.get("sub").asText()).isEqualTo("https://plimsoll.example.org");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(serverKey);
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("the VAPID signature").isTrue();
    }
}
