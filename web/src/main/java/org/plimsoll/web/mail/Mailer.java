package org.plimsoll.web.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain-text e-mail through one SMTP server (Eclipse Angus, the Jakarta Mail implementation). Mail a
 * page asks for is sent after the answer, on a thread of its own: the page then answers as fast
 * whether or not it sent anything, which is what keeps "forgot password" from telling who has an account.
 */
public final class Mailer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final String TIMEOUT_MS = "10000";

    private final MailSettings settings;
    private final Session session;
    private final ExecutorService later = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plimsoll-mail");
        t.setDaemon(true);
        return t;
    });

    public Mailer(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", String.valueOf(!settings.tlsOptional()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        p.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        Authenticator login = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        this.session = Session.getInstance(p, login);
    }

    public MailSettings settings() {
        return settings;
    }

    /** Sends now; a refusal or an unreachable server is an exception the caller decides about. */
    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    /** Sends after the caller has answered; a failure is logged (without the address), never shown. */
    public void sendLater(String to, String subject, String text) {
        later.execute(() -> {
            try {
                send(to, subject, text);
            } catch (MessagingException | RuntimeException e) {
                LOG.warn("an e-mail ({}) could not be sent: {}", subject, e.getMessage());
            }
        });
    }

    /**
     * Runs {@code work} (which may look accounts up and send mail) after the caller has answered, on
     * the mail thread: the answer then takes the same time whatever the work finds.
     */
    public void later(Runnable work) {
        later.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("work after an answer failed: {}", e.toString());
            }
        });
    }

    /**
     * Waits until every mail queued before this call has been handed to the server or given up:
     * the one thread sends in order, so a marker queued now runs after them. What lets a test say
     * "no more mail was sent" without sleeping on a wall clock.
     */
    public void awaitQueued(java.time.Duration atMost) throws InterruptedException {
        try {
            later.submit(() -> { }).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("mail still queued after " + atMost, e);
        }
    }

    @Override
    public void close() {
        later.shutdown();
        try {
            later.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
