package org.plimsoll.store.reset;

import java.time.Instant;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;

/**
 * Single-use password-reset links, by the SHA-256 of their secret (the caller hashes). Using one is
 * one conditional update, so two requests racing with the same link cannot both succeed.
 */
public final class PasswordResetRepository {
    private final Database database;

    public PasswordResetRepository(Database database) {
        this.database = database;
    }

    public void create(long accountId, String tokenHash, Instant now, Instant expiresAt) {
        database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO password_resets (token_hash, account_id, created_at, expires_at)
                        VALUES (:hash, :account, :now, :expires)""")
                .bind("hash", tokenHash).bind("account", accountId).bind("now", now).bind("expires", expiresAt)
                .execute());
    }

    /**
     * Makes a link unless {@code limit} were made for the account since {@code since}; counted with
     * the account's row locked, so parallel requests cannot all pass the count (20 at once made 6).
     * True when a link was made.
     */
    public boolean createWithin(long accountId, String tokenHash, Instant now, Instant expiresAt, int limit,
                                Instant since) {
        return database.inTransaction(handle -> {
            handle.execute("UPDATE accounts SET revision = revision WHERE id = ?", accountId);
            int made = handle.createQuery(
                            "SELECT COUNT(*) FROM password_resets WHERE account_id = :account AND created_at > :since")
                    .bind("account", accountId).bind("since", since).mapTo(Integer.class).one();
            if (made >= limit) {
                return false;
            }
            handle.createUpdate("""
                            INSERT INTO password_resets (token_hash, account_id, created_at, expires_at)
                            VALUES (:hash, :account, :now, :expires)""")
                    .bind("hash", tokenHash).bind("account", accountId).bind("now", now).bind("expires", expiresAt)
                    .execute();
            return true;
        });
    }

    /** How many links were made for an account since a moment: the sender's limit. */
    public int madeSince(long accountId, Instant since) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM password_resets WHERE account_id = :account AND created_at > :since")
                .bind("account", accountId).bind("since", since).mapTo(Integer.class).one());
    }

    /** The account a link opens, if it is unused and unexpired now; nothing is changed. */
    public Optional<Long> openAccount(String tokenHash, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT account_id FROM password_resets
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", now).mapTo(Long.class).findOne());
    }

    /**
     * Uses a link: sets the new password hash, ends every web sign-in of the account and marks the
     * link used, all in one transaction. Empty when the link was used already or has expired.
     */
    public Optional<Long> use(String tokenHash, String passwordHash, Instant now) {
        return database.inTransaction(handle -> {
            Optional<Long> account = handle.createQuery("""
                            SELECT account_id FROM password_resets
                            WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                    .bind("hash", tokenHash).bind("now", now).mapTo(Long.class).findOne();
            if (account.isEmpty() || handle.createUpdate(
                            "UPDATE password_resets SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
                    .bind("now", now).bind("hash", tokenHash).execute() != 1) {
                return Optional.<Long>empty();
            }
            // Any other link sent before stops working too: the password it would replace is gone.
            AccountRepository.replacePassword(handle, account.get(), passwordHash, now);
            return account;
        });
    }
}
