package org.plimsoll.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;
import org.plimsoll.store.Database;
import org.plimsoll.store.ReusedStatements;
import org.plimsoll.store.StoreException;
import org.plimsoll.store.TimeColumns;

public final class AccountRepository {
    /** An account from a row of {@code accounts} (also used where a query joins it). */
    public static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(
            rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
            TimeColumns.instant(rs, "created_at", ctx), rs.getLong("revision"));

    private final Database database;

    public AccountRepository(Database database) {
        this.database = database;
    }

    /** E-mail addresses are compared without regard to case; we keep them lower-cased. */
    public static String normalEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the account, or answers empty when the address is taken, also when another instance
     * or request took it between this one's check and its insert (the unique key refuses the second).
     */
    public Optional<Account> create(String email, String passwordHash, Instant now) {
        return create(email, passwordHash, now, account -> { });
    }

    /**
     * The same, with {@code alongside} written in the account's own transaction (its profile, the key of
     * the sign-up form that made it), the repositories it uses joining it: whoever finds the account finds
     * all of that too.
     */
    public Optional<Account> create(String email, String passwordHash, Instant now, Consumer<Account> alongside) {
        String normal = normalEmail(email);
        try {
            return insert(normal, passwordHash, now, alongside);
        } catch (StoreException e) {
            if (findByEmail(normal).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Account> insert(String normal, String passwordHash, Instant now, Consumer<Account> alongside) {
        return database.inTransaction(handle -> {
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM accounts WHERE email = :email")
                    .bind("email", normal).mapTo(Integer.class).one() > 0;
            if (taken) {
                return Optional.empty();
            }
            long id = handle.createUpdate("""
                            INSERT INTO accounts (email, password_hash, created_at)
                            VALUES (:email, :hash, :now)""")
                    .bind("email", normal).bind("hash", passwordHash).bind("now", TimeColumns.storable(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Account account = new Account(id, normal, passwordHash, TimeColumns.storable(now), 0);
            alongside.accept(account);
            return Optional.of(account);
        });
    }

    public Optional<Account> findByEmail(String email) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM accounts WHERE email = :email")
                .bind("email", normalEmail(email)).map(ACCOUNT).findOne());
    }

    public Optional<Account> findById(long id) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", id).map(ACCOUNT).findOne());
    }

    public List<Account> listAll() {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM accounts ORDER BY id")
                .map(ACCOUNT).list());
    }

    /**
     * Marks that the account's data changed, so that whatever was derived from an older revision is
     * stale. Every history write of the store calls it in its own transaction, so no caller can forget;
     * once that transaction is committed, {@link CommittedChanges} hears of it. Returns the revision it
     * moved the account to (at least 1), or 0 when there is no such account: the bump itself says it, so a
     * caller that follows the revision reads no row for it (SQLite has {@code RETURNING} since 3.35).
     */
    public static long touch(org.jdbi.v3.core.Handle handle, long id) {
        long revision;
        // Plain JDBC: every check-in runs it on the shared commit's one thread (ReusedStatements.plain).
        try (ReusedStatements.Plain bump = ReusedStatements.plain(handle,
                "UPDATE accounts SET revision = revision + 1 WHERE id = ? RETURNING revision")) {
            bump.statement().setLong(1, id);
            try (ResultSet rows = bump.statement().executeQuery()) {
                revision = rows.next() ? rows.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
        // Outside a transaction the update is committed already and the callback runs at once.
        java.util.function.LongConsumer listener = handle.getConfig(CommittedChanges.class).listener();
        handle.afterCommit(() -> listener.accept(id));
        return revision;
    }

    /** A new password: every web sign-in ends and every reset link not yet used stops working. */
    public boolean changePassword(long id, String passwordHash, Instant now) {
        return database.inTransaction(handle -> replacePassword(handle, id, passwordHash, now));
    }

    /** {@link #changePassword}, inside a caller's transaction. */
    public static boolean replacePassword(org.jdbi.v3.core.Handle handle, long id, String passwordHash, Instant now) {
        boolean changed = handle.createUpdate(
                        "UPDATE accounts SET password_hash = :hash, revision = revision + 1 WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id).execute() > 0;
        handle.createUpdate("DELETE FROM web_sessions WHERE account_id = :id").bind("id", id).execute();
        handle.createUpdate("UPDATE password_resets SET used_at = :now WHERE account_id = :id AND used_at IS NULL")
                .bind("now", now).bind("id", id).execute();
        return changed;
    }

    /** Deletes the account and, through the foreign keys, everything recorded for it. */
    public boolean delete(long id) {
        return database.inTransaction(handle -> handle.createUpdate("DELETE FROM accounts WHERE id = :id")
                .bind("id", id).execute() > 0);
    }
}
