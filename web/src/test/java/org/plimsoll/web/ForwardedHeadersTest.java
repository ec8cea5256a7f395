package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.proxy.TrustedProxies;

/**
 * Issue 26: X-Forwarded-Proto was believed from any client. X-Forwarded-Proto, -Host and -For are
 * believed only from a configured proxy; the test client on loopback is one or is not.
 */
class ForwardedHeadersTest {
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    /** A mailer that could not send anything; "forgot password" only needs one to exist. Nothing is sent: no account is asked for. */
    private static Mailer nowhere() {
        return new Mailer(new MailSettings("127.0.0.1", 9, Optional.empty(), Optional.empty(), "plimsoll@example.org", true));
    }

    private static TestServer server(Database db, Mailer mail, TrustedProxies proxies) {
        return new TestServer(db, Clock.fixed(TestServer.NOW, ZoneOffset.UTC), Optional.of(mail), "http://127.0.0.1",
                new WebApp.Edge(proxies, Optional.empty()));
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String signInCookieHeader(TestServer server, String origin, Map<String, String> forwarded) {
        TestServer.Answer signedIn = server.send("POST", "/signin", "email=ana%40example.org&password=correct+horse+battery",
                with(with(FORM, Map.of("Origin", origin)), forwarded));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
        return signedIn.header("Set-Cookie");
    }

    private static int forgot(TestServer server, int i, String origin, Map<String, String> forwarded) {
        return server.send("POST", "/forgot", "email=nobody" + i + "%40example.org",
                with(with(FORM, Map.of("Origin", origin)), forwarded)).status();
    }

    @OnBothDatabases
    void forwardedHeadersFromAClientThatIsNoConfiguredProxyAreIgnored(Database db) {
        try (Mailer mail = nowhere(); TestServer server = server(db, mail, TrustedProxies.none())) {
            server.signUp("ana@example.org");
            Map<String, String> lies = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
            assertThat(signInCookieHeader(server, server.base, lies)).as("no Secure flag from a header anyone can send")
                    .doesNotContainIgnoringCase("secure");

            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            TestServer.Answer feed = server.send("POST", "/export/calendar", "_csrf=" + ana.csrf(),
                    with(with(FORM, Map.of("Cookie", ana.cookie(), "Origin", server.base)), lies));
            assertThat(feed.body()).contains("value=\"" + server.base + "/calendar/").doesNotContain("evil.example")
                    .doesNotContain("https://");

            // Every request from one address counts as that address, whatever X-Forwarded-For it makes up.
            int refused = 0;
            for (int i = 0; i < 11; i++) {
                refused += forgot(server, i, server.base, Map.of("X-Forwarded-For", "203.0.113." + i)) == 429 ? 1 : 0;
            }
            assertThat(refused).as("the 11th ask from loopback, each with another X-Forwarded-For").isEqualTo(1);
        }
    }

    @OnBothDatabases
    void forwardedHeadersFromAConfiguredProxyDecideSchemeHostAndClient(Database db) {
        try (Mailer mail = nowhere();
             TestServer server = server(db, mail, TrustedProxies.parse("127.0.0.1/32, ::1"))) {
            server.signUp("ana@example.org");
            String publicOrigin = "https://plimsoll.example.org";
            Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "plimsoll.example.org");
            assertThat(signInCookieHeader(server, publicOrigin, proxied)).containsIgnoringCase("; secure");

            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            TestServer.Answer feed = server.send("POST", "/export/calendar", "_csrf=" + ana.csrf(),
                    with(with(FORM, Map.of("Cookie", ana.cookie(), "Origin", publicOrigin)), proxied));
            assertThat(feed.body()).contains("value=\"https://plimsoll.example.org/calendar/");

            // Each client the proxy names is counted on its own: 10 each from two, none refused.
            for (int i = 0; i < 10; i++) {
                assertThat(forgot(server, i, server.base, Map.of("X-Forwarded-For", "203.0.113.7"))).isEqualTo(200);
                assertThat(forgot(server, 100 + i, server.base, Map.of("X-Forwarded-For", "203.0.113.8"))).isEqualTo(200);
            }
            assertThat(forgot(server, 200, server.base, Map.of("X-Forwarded-For", "203.0.113.7"))).isEqualTo(429);
            // What the client wrote left of the address the proxy appended is not believed.
            assertThat(forgot(server, 201, server.base, Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.7")))
                    .isEqualTo(429);
        }
    }
}
