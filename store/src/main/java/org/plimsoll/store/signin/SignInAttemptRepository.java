package org.plimsoll.store.signin;

import java.time.Duration;
import java.time.Instant;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.account.AccountRepository;

/**
 * Sign-in attempts, counted per e-mail address and per network address over a recent window, and
 * sign-up attempts per network address. Kept in the database so that several app instances count
 * together. Each attempt is recorded (and committed) before it is counted, so that of many parallel
 * attempts only as many as the limit can see a count within it: the k-th committed sees at least k.
 * The sign-in table keeps the name it was created with, {@code sign_in_failures}: a successful
 * sign-in still clears its rows, so what stays in it are the attempts that failed.
 */
public final class SignInAttemptRepository {
    /** Failures older than this are forgotten when a new one is recorded. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final Database database;

    public SignInAttemptRepository(Database database) {
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

    public void recordSignUp(String address, Instant now) {
        database.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM sign_up_attempts WHERE at < :old")
                    .bind("old", TimeColumns.storable(now.minus(KEPT))).execute();
            return handle.createUpdate("INSERT INTO sign_up_attempts (address, at) VALUES (:address, :now)")
                    .bind("address", address).bind("now", TimeColumns.storable(now)).execute();
        });
    }

    public int countSignUps(String address, Instant since) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM sign_up_attempts WHERE address = :address AND at >= :since")
                .bind("address", address).bind("since", TimeColumns.storable(since))
                .mapTo(Integer.class).one());
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

    /** Attempts of one kind (what they were recorded under) from one network address. */
    public int countFor(String email, String address, Instant since) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM sign_in_failures WHERE email = :email AND address = :address AND at >= :since""")
                .bind("email", AccountRepository.normalEmail(email)).bind("address", address)
                .bind("since", TimeColumns.storable(since)).mapTo(Integer.class).one());
    }

    /** A successful sign-in clears the account's count, so a typo last week does not lock anyone out. */
    public void clearForEmail(String email) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM sign_in_failures WHERE email = :email")
                .bind("email", AccountRepository.normalEmail(email)).execute());
    }
}
