package org.plimsoll.store.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.store.Database;
import org.plimsoll.store.ReusedStatements;
import org.plimsoll.store.StoreException;

public final class IdempotencyRepository {
    private final Database database;

    public IdempotencyRepository(Database database) {
        this.database = database;
    }

    public Optional<StoredResponse> find(long accountId, String key) {
        return database.withHandle(handle -> find(handle, accountId, key));
    }

    public static Optional<StoredResponse> find(Handle handle, long accountId, String key) {
        // Plain JDBC: every check-in under a key runs it on the shared commit's one thread (ReusedStatements.plain).
        try (ReusedStatements.Plain find = ReusedStatements.plain(handle,
                "SELECT request_hash, status, body FROM idempotency_keys WHERE account_id = ? AND idem_key = ?")) {
            find.statement().setLong(1, accountId);
            find.statement().setString(2, key);
            try (ResultSet rows = find.statement().executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredResponse(rows.getString(1), rows.getInt(2), rows.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * A write outside a person's history (a clinician's note) under an idempotency key of the account that
     * makes it, with the guarantee {@code HistoryRepository.write} gives: the first request writes and keeps
     * its answer in the same transaction, the same request again gets that answer and writes nothing, a
     * different one under the key writes nothing; of two at once, one writes.
     */
    public static Outcome once(Database database, long accountId, Instant now, Optional<IdempotencyKey> key,
                               java.util.function.Function<Handle, Answer> work) {
        if (key.isEmpty()) {
            return new Outcome.Written(database.inTransaction(work::apply));
        }
        IdempotencyKey k = key.get();
        Optional<StoredResponse> earlier = database.withHandle(handle -> find(handle, accountId, k.value()));
        if (earlier.isEmpty()) {
            try {
                return new Outcome.Written(database.inTransaction(handle -> {
                    Answer answer = work.apply(handle);
                    save(handle, accountId, k.value(), new StoredResponse(k.requestHash(), answer.status(), answer.body()), now);
                    return answer;
                }));
            } catch (StoreException e) {
                earlier = database.withHandle(handle -> find(handle, accountId, k.value()));
                if (earlier.isEmpty()) {
                    throw e;
                }
            }
        }
        return earlier.get().requestHash().equals(k.requestHash())
                ? new Outcome.Replayed(new Answer(earlier.get().status(), earlier.get().body()))
                : new Outcome.KeyReused();
    }

    /**
     * The same for work written with the repositories: their transactions join the one this opens on the
     * thread (a nested Jdbi transaction runs on the open handle), so the work and the key land together.
     */
    public static Outcome onceJoining(Database database, long accountId, Instant now, Optional<IdempotencyKey> key,
                                      java.util.function.Supplier<Answer> work) {
        return once(database, accountId, now, key, handle -> work.get());
    }

    /** Must run in the same transaction as the write it answers for, so both land or neither. */
    public static void save(Handle handle, long accountId, String key, StoredResponse response, Instant now) {
        handle.createUpdate("""
                        INSERT INTO idempotency_keys (account_id, idem_key, request_hash, status, body, created_at)
                        VALUES (:account, :key, :hash, :status, :body, :now)""")
                .bind("account", accountId).bind("key", key).bind("hash", response.requestHash())
                .bind("status", response.status()).bind("body", response.body()).bind("now", now)
                .execute();
    }
}
