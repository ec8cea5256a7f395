package org.plimsoll.store.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/**
 * The reminder outbox and the choices behind it. Every instance may plan (inserting a row that
 * exists already does nothing) and claim (a claimed row is leased to one instance until
 * {@code claimed_until}); on PostgreSQL the claim skips rows another instance has locked, so two
 * instances never take the same row, and a row whose lease ran out (its instance died) is taken again.
 */
public final class ReminderRepository {
    private static final RowMapper<Reminder> REMINDER = (rs, ctx) -> new Reminder(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("session_id"), rs.getString("check_in_window"),
            Reminder.Channel.valueOf(rs.getString("channel")), TimeColumns.instant(rs, "due_at", ctx),
            TimeColumns.instant(rs, "expires_at", ctx), rs.getInt("attempts"));

    private final Database database;

    public ReminderRepository(Database database) {
        this.database = database;
    }

    public ReminderChoices choices(long accountId) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM reminder_choices WHERE account_id = :a")
                .bind("a", accountId)
                .map((rs, ctx) -> new ReminderChoices(rs.getBoolean("by_email"), rs.getBoolean("by_push"),
                        LocalTime.parse(rs.getString("quiet_from")), LocalTime.parse(rs.getString("quiet_until"))))
                .findOne().orElse(ReminderChoices.NONE));
    }

    public void saveChoices(long accountId, ReminderChoices c) {
        database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO reminder_choices (account_id, by_email, by_push, quiet_from, quiet_until)
                        VALUES (:a, :email, :push, :from, :until)
                        ON CONFLICT (account_id) DO UPDATE SET by_email = :email, by_push = :push,
                            quiet_from = :from, quiet_until = :until""")
                .bind("a", accountId).bind("email", c.byEmail()).bind("push", c.byPush())
                .bind("from", c.quietFrom().toString()).bind("until", c.quietUntil().toString()).execute());
    }

    /** The accounts that want any reminder. */
    public List<Long> accountsWithReminders() {
        return database.withHandle(handle -> handle.createQuery(
                "SELECT account_id FROM reminder_choices WHERE by_email OR by_push ORDER BY account_id")
                .mapTo(Long.class).list());
    }

    /** Adds a reminder unless it exists (whatever its state); true when this call added it. */
    public boolean schedule(long accountId, long sessionId, String window, Reminder.Channel channel, Instant due,
                            Instant expires) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO reminders (account_id, session_id, check_in_window, channel, due_at, expires_at,
                                               state, next_attempt_at)
                        VALUES (:a, :s, :w, :c, :due, :expires, 'due', :due)
                        ON CONFLICT (session_id, check_in_window, channel) DO NOTHING""")
                .bind("a", accountId).bind("s", sessionId).bind("w", window).bind("c", channel.name())
                .bind("due", due).bind("expires", expires).execute() == 1);
    }

    /**
     * Takes up to {@code limit} reminders that are due now and not leased to a live instance, leasing
     * them until {@code leaseUntil} under {@code claim}: a fencing token new for every claim, which every
     * later step of this claim names, so that a claim that lost its rows to another changes nothing.
     */
    public List<Reminder> claim(String claim, Instant now, Instant leaseUntil, int limit) {
        String lock = database.kind() == Database.Kind.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
        return database.inTransaction(handle -> handle.createQuery("""
                        UPDATE reminders SET claimed_by = :me, claimed_until = :lease
                        WHERE id IN (SELECT id FROM reminders
                                     WHERE state = 'due' AND next_attempt_at <= :now
                                       AND (claimed_until IS NULL OR claimed_until < :now)
                                     ORDER BY next_attempt_at, id LIMIT :limit""" + lock + """
                        )
                        RETURNING *""")
                .bind("me", claim).bind("lease", leaseUntil).bind("now", now).bind("limit", limit)
                .map(REMINDER).list());
    }

    /**
     * Extends the lease of every reminder this claim still holds (its lease not run out) to
     * {@code leaseUntil}; how many it still holds. A lease that ran out is not revived: another
     * instance may have taken the reminder already.
     */
    public int renew(String claim, Instant now, Instant leaseUntil) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE reminders SET claimed_until = :lease
                        WHERE claimed_by = :me AND state = 'due' AND claimed_until >= :now""")
                .bind("lease", leaseUntil).bind("me", claim).bind("now", now).execute());
    }

    /** Whether this claim still holds the reminder, its lease extended to {@code leaseUntil}: ask right before sending. */
    public boolean hold(long id, String claim, Instant now, Instant leaseUntil) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE reminders SET claimed_until = :lease
                        WHERE id = :id AND claimed_by = :me AND state = 'due' AND claimed_until >= :now""")
                .bind("lease", leaseUntil).bind("id", id).bind("me", claim).bind("now", now).execute() == 1);
    }

    /** Marks a claimed reminder sent, failed for good, or dropped; only the claim holding it can. */
    public boolean finish(long id, String claim, String state, Instant now) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE reminders SET state = :state, finished_at = :now, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :me AND state = 'due'""")
                .bind("state", state).bind("now", now).bind("id", id).bind("me", claim).execute() == 1);
    }

    /** Gives a claimed reminder back, its try counted, to be tried again at {@code next}. */
    public void retryAt(long id, String claim, Instant next) {
        database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE reminders SET attempts = attempts + 1, next_attempt_at = :next, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :me AND state = 'due'""")
                .bind("next", next).bind("id", id).bind("me", claim).execute());
    }

    /** How many tries a reminder has had, for the tests and the operator. */
    public Optional<Integer> attemptsOf(long sessionId, String window, Reminder.Channel channel) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT attempts FROM reminders WHERE session_id = :s AND check_in_window = :w AND channel = :c""")
                .bind("s", sessionId).bind("w", window).bind("c", channel.name()).mapTo(Integer.class).findOne());
    }

    /** How many reminders are in a state, for the tests and the operator. */
    public int count(String state) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM reminders WHERE state = :s")
                .bind("s", state).mapTo(Integer.class).one());
    }

    public Optional<String> stateOf(long sessionId, String window, Reminder.Channel channel) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT state FROM reminders WHERE session_id = :s AND check_in_window = :w AND channel = :c""")
                .bind("s", sessionId).bind("w", window).bind("c", channel.name()).mapTo(String.class).findOne());
    }
}
