package org.plimsoll.web.reminder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.PushSubscription;
import org.plimsoll.store.reminder.Reminder;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.push.PushSender;
import org.plimsoll.words.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reminder on its way to the person, by e-mail or to each of their push devices, and what came of
 * it; whether it should still go is {@link Reminders}' question, asked before.
 */
final class ReminderDelivery {
    // Under the reminders' name, as these lines were before the delivery had a class of its own.
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    /** Built by the first push sent, not when the reminders start: most ticks send none, and a mapper is ~600 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    enum Result { SENT, TRY_LATER, GIVE_UP }

    /** What a push device shows: the service worker opens {@code url}; {@code tag} replaces an earlier one. */
    record PushMessage(String title, String body, String url, String tag) {
    }

    private final Clock clock;
    private final Optional<Mailer> mail;
    private final PushSender push;
    private final String publicUrl;
    private final PushRepository subscriptions;
    private final ProfileRepository profiles;

    ReminderDelivery(Clock clock, Outbound outbound, PushRepository subscriptions, ProfileRepository profiles) {
        this.clock = clock;
        this.mail = outbound.mail();
        this.publicUrl = outbound.publicUrl();
        this.subscriptions = subscriptions;
        this.push = new PushSender(outbound.vapid(), subscriptions, clock, outbound.endpoints());
        this.profiles = profiles;
    }

    Result deliver(Account account, Reminder r, CheckInWindow window, Session s) {
        return r.channel() == Reminder.Channel.EMAIL ? email(account, r, window, s) : push(r, window, s);
    }

    private String link(Reminder r, CheckInWindow window) {
        return "/checkin?session=" + r.sessionId() + "&window=" + window.name();
    }

    private Result email(Account account, Reminder r, CheckInWindow window, Session s) {
        ZoneId zone = profiles.zoneOf(account.id());
        String text = Wording.reminderBody(window, s.activity(), s.start().withZoneSameInstant(zone).toLocalDate())
                + "\n\nCheck in: " + publicUrl + link(r, window)
                + "\n\nYou get these because reminders by e-mail are on in your settings: " + publicUrl + "/settings\n";
        try {
            if (mail.isEmpty()) {
                return Result.TRY_LATER;
            }
            mail.get().send(account.email(), Wording.reminderTitle(window), text);
            return Result.SENT;
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("reminder {} by e-mail: {}", r.id(), e.getMessage());
            return Result.TRY_LATER;
        }
    }

    private Result push(Reminder r, CheckInWindow window, Session s) {
        List<PushSubscription> devices = subscriptions.subscriptions(r.accountId());
        ZoneId zone = profiles.zoneOf(r.accountId());
        PushMessage message = new PushMessage(Wording.reminderTitle(window),
                Wording.reminderBody(window, s.activity(), s.start().withZoneSameInstant(zone).toLocalDate()),
                link(r, window), "reminder-" + r.id());
        byte[] payload;
        try {
            payload = Json.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Duration ttl = Duration.between(clock.instant(), r.expires());
        boolean delivered = false;
        boolean retry = false;
        for (PushSubscription device : devices) {
            PushSender.Outcome outcome;
            try {
                outcome = push.send(device, payload, ttl);
            } catch (RuntimeException e) {
                // One device's fault is that device's: the person's other devices are still tried.
                LOG.warn("reminder {} to push device {}: {}", r.id(), device.id(), e.toString());
                outcome = PushSender.Outcome.TRY_LATER;
            }
            switch (outcome) {
                case DELIVERED -> delivered = true;
                case TRY_LATER -> retry = true;
                case GONE, REFUSED -> { }
            }
        }
        // One device reached is the person reached; a device that answers later is not asked twice.
        return delivered ? Result.SENT : retry ? Result.TRY_LATER : Result.GIVE_UP;
    }
}
