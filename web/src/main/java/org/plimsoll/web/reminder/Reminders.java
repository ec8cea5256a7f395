package org.plimsoll.web.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.reminder.QuietHours;
import org.plimsoll.engine.reminder.ReminderTimes;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.Reminder;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.web.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminders of open check-ins, sent from the outbox in the database. Each tick plans (a row per
 * reminder that should exist; one that exists already is left as it is) and then sends what is due
 * and claimed by this instance. Before sending, a reminder is checked again: one whose check-in is in,
 * or whose window has passed (say every server was down), is dropped, never sent late.
 */
public final class Reminders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    /** How long a claim holds before another instance may take the reminder (its holder died). */
    static final Duration LEASE = Duration.ofMinutes(2);
    /**
     * What one send may take: the mail server's and a push service's time limits (10 s to connect,
     * 10 to 20 s to answer). A claim takes only as many reminders as fit in its lease at this pace.
     */
    static final Duration SEND_TIME = Duration.ofSeconds(10);
    /** Sessions further back than this have no reminder left to send. */
    static final Duration LOOK_BACK = Duration.ofDays(2);
    static final int BATCH = 100;
    /** After this many failed tries a reminder is given up. */
    static final int MAX_ATTEMPTS = 8;

    /**
     * The lease a claim holds and the time one send may take, which together size a claim. While a
     * claim is being sent its lease is renewed every third of its length, so a slow mail server does
     * not hand its reminders to another instance; a holder that stops renewing (it died, or lost the
     * database) loses them when the lease runs out.
     */
    record Lease(Duration length, Duration perSend) {
        int claimSize() {
            return (int) Math.max(1, Math.min(BATCH, length.toMillis() / Math.max(1, perSend.toMillis())));
        }
    }

    private final String instance;
    private final Lease lease;
    private final java.util.concurrent.atomic.AtomicLong claims = new java.util.concurrent.atomic.AtomicLong();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plimsoll-reminder-lease");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final Optional<Mailer> mail;
    private final ReminderDelivery delivery;
    private final ReminderRepository outbox;
    private final PushRepository subscriptions;
    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final SessionRepository sessions;
    private final CheckInRepository checkIns;
    private final Counter due;
    private final Counter sent;
    private final Counter failed;
    private final Counter dropped;
    private ScheduledExecutorService timer;

    /** Sends through what {@code outbound} has: its mail, when configured, its VAPID key, and its links. */
    public Reminders(String instance, Database database, Clock clock, Outbound outbound, MeterRegistry metrics) {
        this(instance, database, clock, outbound, metrics, new Lease(LEASE, SEND_TIME));
    }

    Reminders(String instance, Database database, Clock clock, Outbound outbound, MeterRegistry metrics, Lease lease) {
        this.instance = instance.length() > 32 ? instance.substring(0, 32) : instance;
        this.lease = lease;
        this.clock = clock;
        this.mail = outbound.mail();
        this.outbox = new ReminderRepository(database);
        this.subscriptions = new PushRepository(database);
        this.accounts = new AccountRepository(database);
        this.profiles = new ProfileRepository(database);
        this.delivery = new ReminderDelivery(clock, outbound, subscriptions, profiles);
        this.sessions = new SessionRepository(database);
        this.checkIns = new CheckInRepository(database);
        this.due = counter(metrics, "due");
        this.sent = counter(metrics, "sent");
        this.failed = counter(metrics, "failed");
        this.dropped = counter(metrics, "dropped");
    }

    private static Counter counter(MeterRegistry metrics, String outcome) {
        return Counter.builder("plimsoll.reminders").tag("outcome", outcome)
                .description("Check-in reminders: planned (due), sent, failed for good, or dropped").register(metrics);
    }

    /** Runs a tick every {@code every}, on a thread of its own, until closed. */
    public void start(Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plimsoll-reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warn("reminders: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Plans, then sends what is due. */
    public void tick() {
        plan();
        send();
    }

    void plan() {
        Instant now = clock.instant();
        for (long accountId : outbox.accountsWithReminders()) {
            ReminderChoices choices = outbox.choices(accountId);
            boolean byEmail = choices.byEmail() && mail.isPresent();
            boolean byPush = choices.byPush() && !subscriptions.subscriptions(accountId).isEmpty();
            if (!byEmail && !byPush) {
                continue;
            }
            Profile profile = profiles.find(accountId).orElse(null);
            if (profile == null) {
                continue;
            }
            QuietHours quiet = new QuietHours(choices.quietFrom(), choices.quietUntil());
            for (Session s : sessions.startedAfter(accountId, now.minus(LOOK_BACK))) {
                Set<CheckInWindow> answered = answered(accountId, s);
                for (ReminderTimes.Planned p : ReminderTimes.forSession(s, profile.zone(), profile.morningCheckIn(),
                        quiet, answered)) {
                    if (!p.expires().isAfter(now)) {
                        continue;
                    }
                    if (byEmail && outbox.schedule(accountId, Long.parseLong(s.id()), p.window().name(),
                            Reminder.Channel.EMAIL, p.due(), p.expires())) {
                        due.increment();
                    }
                    if (byPush && outbox.schedule(accountId, Long.parseLong(s.id()), p.window().name(),
                            Reminder.Channel.PUSH, p.due(), p.expires())) {
                        due.increment();
                    }
                }
            }
        }
    }

    private Set<CheckInWindow> answered(long accountId, Session s) {
        Set<CheckInWindow> answered = EnumSet.noneOf(CheckInWindow.class);
        checkIns.listForSession(accountId, Long.parseLong(s.id())).stream().map(CheckIn::window).forEach(answered::add);
        return answered;
    }

    /**
     * Sends what is due, a claim at a time (each sized to its lease), until nothing due is left or
     * {@link #BATCH} reminders were taken in this tick.
     */
    void send() {
        int taken = 0;
        while (taken < BATCH) {
            Instant now = clock.instant();
            // A fencing token new for every claim: every later write of this claim names it.
            String claim = instance + "#" + Long.toString(claims.incrementAndGet(), 36) + "-"
                    + Long.toString(now.toEpochMilli(), 36);
            List<Reminder> batch = outbox.claim(claim, now, now.plus(lease.length()), lease.claimSize());
            if (batch.isEmpty()) {
                return;
            }
            taken += batch.size();
            long every = Math.max(1, lease.length().toMillis() / 3);
            java.util.concurrent.ScheduledFuture<?> renewing = renewals.scheduleWithFixedDelay(() -> {
                try {
                    Instant at = clock.instant();
                    outbox.renew(claim, at, at.plus(lease.length()));
                } catch (RuntimeException e) {
                    LOG.warn("reminders: renewing a lease: {}", e.toString());
                }
            }, every, every, TimeUnit.MILLISECONDS);
            try {
                for (Reminder r : batch) {
                    sendOne(r, claim);
                }
            } finally {
                renewing.cancel(false);
            }
        }
    }

    /**
     * One reminder, whatever happens to it: a failure of this row (a device, a message, the database
     * for this row) is this row's failure only, counted as a try and tried again later, never the
     * claim's (one poisoned device once stopped everyone's reminders).
     */
    private void sendOne(Reminder r, String claim) {
        Instant now = clock.instant();
        try {
            // Still this claim's, right before sending: a claim that lost its lease sends nothing.
            if (!outbox.hold(r.id(), claim, now, now.plus(lease.length()))) {
                return;
            }
            CheckInWindow window = CheckInWindow.valueOf(r.window());
            Optional<Session> session = sessions.find(r.accountId(), r.sessionId());
            boolean stillOpen = session.isPresent() && now.isBefore(r.expires())
                    && answered(r.accountId(), session.get()).stream()
                    .noneMatch(a -> a.belongsToSession() && a.ordinal() >= window.ordinal());
            // A person who turned a channel off since the reminder was planned gets nothing by it.
            ReminderChoices wanted = outbox.choices(r.accountId());
            boolean stillWanted = r.channel() == Reminder.Channel.EMAIL ? wanted.byEmail() : wanted.byPush();
            Optional<Account> account = accounts.findById(r.accountId());
            if (!stillOpen || !stillWanted || account.isEmpty()) {
                finish(r, claim, "dropped", dropped);
                return;
            }
            ReminderDelivery.Result result = delivery.deliver(account.get(), r, window, session.get());
            switch (result) {
                case SENT -> finish(r, claim, "sent", sent);
                case GIVE_UP -> finish(r, claim, "failed", failed);
                case TRY_LATER -> tryLater(r, claim);
            }
        } catch (RuntimeException e) {
            LOG.warn("reminder {}: {}", r.id(), e.toString());
            try {
                tryLater(r, claim);
            } catch (RuntimeException again) {
                // The database itself is failing: the lease runs out and the reminder is claimed again.
                LOG.warn("reminder {} not given back: {}", r.id(), again.toString());
            }
        }
    }

    private void tryLater(Reminder r, String claim) {
        if (r.attempts() + 1 >= MAX_ATTEMPTS) {
            finish(r, claim, "failed", failed);
        } else {
            outbox.retryAt(r.id(), claim, clock.instant().plus(ReminderTimes.backoff(r.attempts() + 1)));
        }
    }

    private void finish(Reminder r, String claim, String state, Counter counter) {
        if (outbox.finish(r.id(), claim, state, clock.instant())) {
            counter.increment();
        }
    }

    @Override
    public void close() {
        renewals.shutdownNow();
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
