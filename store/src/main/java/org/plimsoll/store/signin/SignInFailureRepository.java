package org.plimsoll.store.signin;

import java.time.Duration;
import java.time.Instant;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.account.AccountRepository;

/**
 * Failed sign-ins, counted per e-mail address and per network address over a recent window. Kept
 * in the database so that several app instances count together.
 */
public final class SignInFailureRepository {
    /** Failures older than this are forgotten when a new one is recorded. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final Database database;

    public SignInFailureRepository(Database database) {
        this.database = database;
    }

    public void record(String email, String address, Instant now) {
        database.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM sign_in_failures WHERE at < :old")
                    .bind("old", TimeColumns.storable(now.minus(KEPT))).execute();
            return handle.createUpdate("INSERT INTO sign_in_failures (email, address, at) VALUES (:email, :address, :now)")
                    .bind("email", AccountRepository.normalEmail(email)).bind("address", address)
                    .bind("now", TimeColumns.storable(now)).execute();
        });
    }

    public int countForEmail(String email, Instant since) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM sign_in_failures WHERE email = :email AND at >= :since")
                .bind("email", AccountRepository.normalEmail(email)).bind("since", TimeColumns.storable(since))
                .mapTo(Integer.class).one());
    }

    public int countForAddress(String address, Instant since) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM sign_in_failures WHERE address = :address AND at >= :since")
                .bind("address", address).bind("since", TimeColumns.storable(since))
                .mapTo(Integer.class).one());
    }

    /** A successful sign-in clears the account's count, so a typo last week does not lock anyone out. */
    public void clearForEmail(String email) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM sign_in_failures WHERE email = :email")
                .bind("email", AccountRepository.normalEmail(email)).execute());
    }
}
