package org.plimsoll.web.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.TestDatabases;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.PushSubscription;

/**
 * Server-side request forgery through a push endpoint: a public-looking name that resolves into the
 * server's own network. The name is resolved by a resolver the test controls, and connections go
 * through a dialer that only ever reaches a listener on loopback, which counts them: an address in a
 * special-purpose range is refused before any connection is tried, and the connection goes to the
 * address that was checked, with no second lookup.
 */
class PushAddressTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T18:00:00Z"), ZoneOffset.UTC);
    private static final Vapid VAPID = new Vapid(WebPushCrypto.newKeyPair(), "https://plimsoll.example.org");

    private static Database database;
    private static PushRepository devices;

    @BeforeAll
    static void open() {
        database = TestDatabases.open(TestDatabases.sqliteSettings());
        devices = new PushRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static PushSubscription device(String endpoint) {
        String key = WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) WebPushCrypto.newKeyPair().getPublic()));
        return new PushSubscription(1, 1, endpoint, key, WebPushCrypto.base64Url(new byte[16]), "phone", CLOCK.instant());
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNameThatResolvesToAnySpecialPurposeAddressIsRefusedBeforeAnyConnectionIsTried() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            Thread counter = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        accepted.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();
            List<InetSocketAddress> dialed = new CopyOnWriteArrayList<>();
            Dialer toLoopback = address -> {
                dialed.add(address);
                return new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            };
            Map<String, List<String>> answers = Map.ofEntries(
                    Map.entry("hosts-file", List.of("127.0.0.1")),
                    Map.entry("cgnat", List.of("100.64.0.1")),
                    Map.entry("private", List.of("10.1.2.3")),
                    Map.entry("cloud-metadata", List.of("169.254.169.254")),
                    Map.entry("this-network", List.of("0.0.0.0")),
                    Map.entry("benchmarking", List.of("198.18.0.1")),
                    Map.entry("documentation", List.of("203.0.113.9")),
                    Map.entry("ipv6-loopback", List.of("::1")),
                    Map.entry("ipv6-link-local", List.of("fe80::1")),
                    Map.entry("ipv6-unique-local", List.of("fd12:3456::1")),
                    Map.entry("mapped-loopback", List.of("::ffff:127.0.0.1")),
                    Map.entry("nat64-private", List.of("64:ff9b::a00:1")),
                    Map.entry("six-to-four", List.of("2002:7f00:1::")),
                    Map.entry("one-of-two-inward", List.of("93.184.216.34", "127.0.0.1")));
            for (Map.Entry<String, List<String>> answer : answers.entrySet()) {
                Resolver resolver = host -> answer.getValue().stream().map(PushAddressTest::literal).toList();
                PushSender sender = new PushSender(VAPID, devices, CLOCK, new PushEndpoints(false),
                        resolver, toLoopback);
                assertThat(sender.send(device("https://push." + answer.getKey() + ".example.net/x"), "{}".getBytes(),
                        Duration.ofHours(1))).as(answer.getKey()).isEqualTo(PushSender.Outcome.REFUSED);
            }
            Thread.sleep(200);
            assertThat(dialed).as("no connection was even tried").isEmpty();
            assertThat(accepted).hasValue(0);
        }
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedWithNoSecondLookup() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(() -> {
                try (Socket s = listener.accept()) {
                    s.getInputStream().read();
                } catch (java.io.IOException e) {
                    // the handshake fails here, as it should: this listener is no TLS server
                }
            });
            closer.setDaemon(true);
            closer.start();
            AtomicInteger lookups = new AtomicInteger();
            // DNS rebinding: a public answer first, then loopback to whoever asks again.
            Resolver rebinding = host -> List.of(literal(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1"));
            List<InetSocketAddress> dialed = new CopyOnWriteArrayList<>();
            Dialer toLoopback = address -> {
                dialed.add(address);
                return new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            };
            PushSender sender = new PushSender(VAPID, devices, CLOCK, new PushEndpoints(false),
                    rebinding, toLoopback);
            assertThat(sender.send(device("https://push.example.net/send/abc"), "{}".getBytes(), Duration.ofHours(1)))
                    .as("no TLS server behind the test's listener").isEqualTo(PushSender.Outcome.TRY_LATER);
            assertThat(lookups).as("resolved once").hasValue(1);
            assertThat(dialed).containsExactly(new InetSocketAddress(literal("93.184.216.34"), 443));
        }
    }

    @Test
    void onlyFullySpelledPublicNamesAreTakenAsEndpoints() {
        PushEndpoints endpoints = new PushEndpoints(false);
        for (String hostile : List.of("https://localhost.:443/x", "https://push.example.net./x", "https://0177.0.0.1/x",
                "https://100.64.0.1/x", "https://0x7f.0.0.1/x", "https://2130706433/x", "https://127.1/x",
                "https://[::ffff:127.0.0.1]/x", "https://metadata.google.internal/x", "https://printer.local/x",
                "https://a.localhost/x", "https://router.home.arpa/x", "https://push.example.net:8443/x",
                "https://push_service.example.net/x")) {
            assertThat(endpoints.problem(hostile)).as(hostile).isPresent();
        }
        for (String push : List.of("https://fcm.googleapis.com/fcm/send/abc:def",
                "https://updates.push.services.mozilla.com/wpush/v2/gAAA", "https://web.push.apple.com/QGx",
                "https://wns2-par02p.notify.windows.com/w/?token=AwYAAAB", "https://push.example.net:443/x")) {
            assertThat(endpoints.problem(push)).as(push).isEmpty();
        }
    }

    @Test
    void everySpecialPurposeBlockIsKnownAndAnOrdinaryAddressIsNot() {
        for (String special : List.of("0.1.2.3", "10.0.0.1", "100.127.255.255", "127.8.8.8", "169.254.0.1", "172.31.0.1",
                "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.0.1", "198.19.255.255", "198.51.100.1", "224.0.0.1",
                "255.255.255.255", "::", "::1", "100::1", "2001:db8::1", "2001:2::1", "fc00::1", "fe80::1", "ff02::1",
                "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1")) {
            assertThat(SpecialAddresses.blockOf(literal(special))).as(special).isPresent();
        }
        for (String ordinary : List.of("8.8.8.8", "93.184.216.34", "100.128.0.1", "172.32.0.1", "2a00:1450:4001::200e",
                "2606:4700::1111", "::ffff:8.8.8.8")) {
            assertThat(SpecialAddresses.blockOf(literal(ordinary))).as(ordinary).isEmpty();
        }
    }
}
