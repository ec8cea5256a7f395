package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;

/**
 * Issue 18's e-mailed invitation, against a real SMTP server started in the test (GreenMail): the
 * clinician receives the code and where to type it, the code works once, and the person cannot use
 * the server to send more than 5 a day, nor to a string that is not an address.
 */
class CareInvitationMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern CODE = Pattern.compile("type this code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

    private static Mailer mailer() {
        return new Mailer(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "plimsoll@example.org", true));
    }

    @OnBothDatabases
    void anInvitationMailedToTheClinicianCarriesACodeThatWorksOnce(Database db) throws Exception {
        try (Mailer mail = mailer(); TestServer server = new TestServer(db, new MovingClock(TestServer.NOW), Optional.of(mail))) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer sent = server.post("/api/v1/care/invitations", "{\"email\":\"physio@example.org\"}", ana);
            assertThat(sent.status()).isEqualTo(201);
            assertThat(sent.json().get("emailedTo").asText()).isEqualTo("physio@example.org");
            assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage received = SMTP.getReceivedMessages()[0];
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("physio@example.org");
            assertThat(received.getSubject()).isEqualTo("ana@example.org invites you to follow their back training on Plimsoll");
            String body = GreenMailUtil.getBody(received).replace("=\r\n", "");
            Matcher code = CODE.matcher(body);
            assertThat(code.find()).as(body).isTrue();
            assertThat(code.group(1)).isEqualTo(sent.json().get("code").asText());
            assertThat(body).contains("/care");

            String physio = server.signUpClinician("physio@example.org");
            assertThat(server.post("/api/v1/care/accept", "{\"code\":\"" + code.group(1) + "\"}", physio).status())
                    .isEqualTo(201);
            assertThat(server.get("/api/v1/care/access", ana).json().toString())
                    .contains("\"action\":\"mailed\"", "an invitation code to physio@example.org, valid for 7 days");

            assertThat(server.post("/api/v1/care/invitations", "{\"email\":\"not an address\"}", ana).body())
                    .contains("/email", "is not an e-mail address");
            assertThat(server.post("/api/v1/care/invitations", "{\"mail\":\"x@example.org\"}", ana).status())
                    .as("a field that is not part of an invitation").isEqualTo(400);
            for (int i = 2; i <= 5; i++) {
                assertThat(server.post("/api/v1/care/invitations", "{\"email\":\"p" + i + "@example.org\"}", ana).status())
                        .isEqualTo(201);
            }
            TestServer.Answer sixth = server.post("/api/v1/care/invitations", "{\"email\":\"p6@example.org\"}", ana);
            assertThat(sixth.status()).isEqualTo(429);
            assertThat(sixth.body()).contains("At most 5 e-mailed invitations a day");
            assertThat(server.post("/api/v1/care/invitations", null, ana).status()).as("a code without e-mail still")
                    .isEqualTo(201);

            // Eight at once from another person: counted one after another, so exactly five go out.
            String bea = server.signUp("bea@example.org");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String invitation = "{\"email\":\"q" + i + "@example.org\"}";
                    answers.add(pool.submit(() -> server.post("/api/v1/care/invitations", invitation, bea).status()));
                }
                java.util.List<Integer> statuses = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                assertThat(statuses).filteredOn(st -> st == 201).hasSize(5);
                assertThat(statuses).filteredOn(st -> st == 429).hasSize(3);
            } finally {
                pool.shutdownNow();
            }

            TestServer.Browser phone = server.signInBrowser("ana@example.org");
            assertThat(phone.get("/care/access").body()).contains("Your clinician's e-mail (optional)");
            assertThat(phone.form("/care/invitations", "email", "nope").body())
                    .contains("Your clinician's e-mail is not an e-mail address.");
        }
    }

    @OnBothDatabases
    void withoutMailTheInvitationIsACodeToGiveByHand(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            assertThat(server.post("/api/v1/care/invitations", "{\"email\":\"physio@example.org\"}", ana).body())
                    .contains("/email", "this server does not send e-mail");
            assertThat(server.signInBrowser("ana@example.org").get("/care/access").body())
                    .doesNotContain("Your clinician's e-mail");
        }
    }
}
