package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;

/**
 * "Forgot your password?" against a real SMTP server started in the test (GreenMail): the link
 * arrives, works once, expires after 30 minutes, signs out every other sign-in, and the page never
 * tells whether an address has an account.
 */
class PasswordResetTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("(/reset/plr_[A-Za-z0-9_-]+)");

    private static Mailer mailer() {
        return new Mailer(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "plimsoll@example.org", true));
    }

    private static TestServer.Answer ask(TestServer server, String email) {
        return server.send("POST", "/forgot", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
    }

    private static TestServer.Answer choose(TestServer server, String link, String password) {
        return server.send("POST", link, "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base));
    }

    private static String linkIn(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(m.find()).as(GreenMailUtil.getBody(mail)).isTrue();
        return m.group(1);
    }

    @OnBothDatabases
    void aResetLinkArrivesWorksOnceSignsOutElsewhereAndSaysNothingAboutWhoHasAnAccount(Database db) throws Exception {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, clock, Optional.of(mail))) {
            server.signUp("ana@example.org");
            TestServer.Browser elsewhere = server.signInBrowser("ana@example.org");
            assertThat(server.send("GET", "/signin", null, Map.of()).body()).contains("href=\"/forgot\"");

            TestServer.Answer known = ask(server, "ana@example.org");
            TestServer.Answer unknown = ask(server, "nobody@example.org");
            assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
            assertThat(known.body()).as("the same page for both").isEqualTo(unknown.body())
                    .contains("If an account has this address");
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            mail.awaitQueued(java.time.Duration.ofSeconds(10));
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).as("mail only to the address with an account").hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
            String link = linkIn(received[0]);

            assertThat(server.send("GET", link, null, Map.of()).body()).contains("Choose a new password");
            assertThat(choose(server, link, "short").status()).as("a weak password is refused").isEqualTo(400);
            TestServer.Answer done = choose(server, link, "a much longer new phrase");
            assertThat(done.status()).isEqualTo(303);
            assertThat(done.header("Location")).isEqualTo("/signin?reset=1");
            assertThat(elsewhere.get("/account").status()).as("the other sign-in has ended").isEqualTo(303);
            assertThat(server.send("POST", "/signin", "email=ana%40example.org&password=a+much+longer+new+phrase",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base)).status())
                    .isEqualTo(303);
            assertThat(choose(server, link, "yet another new phrase").status()).as("used once only").isEqualTo(410);

            ask(server, "ana@example.org");
            assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
            String late = linkIn(SMTP.getReceivedMessages()[1]);
            clock.pass(PasswordResetTestTimes.JUST_PAST_VALID);
            assertThat(server.send("GET", late, null, Map.of()).status()).as("expired after 30 minutes").isEqualTo(410);
            assertThat(choose(server, late, "yet another new phrase").status()).isEqualTo(410);

            // Three links an hour per account: more asks get the same page and no mail, so an inbox cannot be flooded.
            for (int i = 0; i < 5; i++) {
                assertThat(ask(server, "ana@example.org").body()).isEqualTo(unknown.body());
            }
            mail.awaitQueued(java.time.Duration.ofSeconds(10));
            assertThat(SMTP.getReceivedMessages()).as("1 + 1 earlier this hour, then 1 more").hasSize(3);
        }
    }

    /**
     * Unlimited Argon2 from anyone (issue 26): made-up reset links with a strong password used to be
     * hashed before the link was looked at, and nothing counted them. Now the link is checked first
     * (no hash at all for a made-up one) and attempts are counted with the address's sign-ins: 30 in
     * 15 minutes, then 429.
     */
    @OnBothDatabases
    void aMadeUpResetLinkCostsNoHashAndAttemptsAreCountedLikeSignIns(Database db) throws Exception {
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, new MovingClock(TestServer.NOW), Optional.of(mail))) {
            long hashesBefore = org.plimsoll.web.auth.Passwords.hashesMade();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(choose(server, "/reset/plr_madeup" + i, "a much longer new phrase").status());
            }
            assertThat(statuses.subList(0, 30)).as("a link that does not exist").containsOnly(410);
            assertThat(statuses.subList(30, 40)).as("past 30 attempts from one address in 15 minutes").containsOnly(429);
            assertThat(org.plimsoll.web.auth.Passwords.hashesMade() - hashesBefore).as("no password hashed").isZero();
        }
    }

    /**
     * Issue 26: "forgot password" answered in 24 ms for an account and 11 ms for none, and one address
     * could have the server mail 20 of 20 accounts. Now both answers do the same work: the account is
     * looked up on the mail thread, after the answer. Shown without a stopwatch: with the mail thread
     * held, both asks are answered alike and nothing about the account has happened yet. And one address
     * gets at most 10 an hour, then 429.
     */
    @OnBothDatabases
    void forgotAnswersAsFastForAnAccountAsForNoneAndOneAddressCannotMailEveryone(Database db) throws Exception {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, clock, Optional.of(mail))) {
            server.signUp("ana@example.org");
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            mail.later(() -> {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            TestServer.Answer known = ask(server, "ana@example.org");
            TestServer.Answer unknown = ask(server, "nobody@example.org");
            assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
            assertThat(known.body()).isEqualTo(unknown.body());
            assertThat(SMTP.getReceivedMessages()).as("answered before the account was even looked up").isEmpty();
            int links = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM password_resets").mapTo(Integer.class).one());
            assertThat(links)
                    .as("no link made for the account before the answer").isZero();
            held.countDown();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            mail.awaitQueued(Duration.ofSeconds(10));
            assertThat(SMTP.getReceivedMessages()).as("then the link goes to the account only").hasSize(1);

            clock.pass(Duration.ofHours(2));
            int refused = 0;
            for (int i = 0; i < 20; i++) {
                server.signUp("person" + i + "@example.org");
            }
            int before = SMTP.getReceivedMessages().length;
            for (int i = 0; i < 20; i++) {
                TestServer.Answer answer = ask(server, "person" + i + "@example.org");
                assertThat(answer.status()).isIn(200, 429);
                refused += answer.status() == 429 ? 1 : 0;
            }
            assertThat(refused).as("past 10 an hour from one address").isEqualTo(10);
            mail.awaitQueued(java.time.Duration.ofSeconds(10));
            assertThat(SMTP.getReceivedMessages().length - before).isEqualTo(10);
        }
    }


    /** The link's lifetime, as a person would count it. */
    private static final class PasswordResetTestTimes {
        static final Duration JUST_PAST_VALID = Duration.ofMinutes(30).plusSeconds(1);
    }

    @OnBothDatabases
    void theForgotFormSentTwiceWithItsRenderedKeySendsOneLinkAndAnswersBothAlike(Database db) throws Exception {
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, new MovingClock(TestServer.NOW), Optional.of(mail))) {
            server.signUp("ana@example.org");
            Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"")
                    .matcher(server.send("GET", "/forgot", null, Map.of()).body());
            assertThat(key.find()).as("the form carries its key").isTrue();
            String form = "idempotencyKey=" + key.group(1) + "&email=ana%40example.org";
            Map<String, String> page = Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", server.base);
            TestServer.Answer first = server.send("POST", "/forgot", form, page);
            TestServer.Answer second = server.send("POST", "/forgot", form, page);
            assertThat(second.status()).isEqualTo(first.status()).isEqualTo(200);
            assertThat(second.body()).as("answered alike").isEqualTo(first.body()).contains("If an account has this address");
            mail.awaitQueued(Duration.ofSeconds(10));
            assertThat(SMTP.getReceivedMessages()).as("one link").hasSize(1);

            assertThat(server.send("POST", "/forgot", "email=ana%40example.org", page).status()).isEqualTo(200);
            mail.awaitQueued(Duration.ofSeconds(10));
            assertThat(SMTP.getReceivedMessages()).as("asked again from a new page: a second link").hasSize(2);
        }
    }

    /**
     * Reset-link poisoning: a stranger asks for Ana's link with their own site in the Host header.
     * The link is built from the configured address, never from the request.
     */
    @OnBothDatabases
    void theLinkInTheMailIsTheServersOwnAddressWhateverHostTheRequestNamed(Database db) throws Exception {
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, new MovingClock(TestServer.NOW), Optional.of(mail))) {
            server.signUp("ana@example.org");
            String form = "email=ana%40example.org";
            int port = java.net.URI.create(server.base).getPort();
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("POST /forgot HTTP/1.1\r\nHost: evil.example\r\n"
                        + "Origin: http://evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form)
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 200").contains("If an account has this address");
            }
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            String body = GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]).replace("=\r\n", "");
            assertThat(body).contains("http://127.0.0.1/reset/plr_").doesNotContain("evil.example");
        }
    }
}
