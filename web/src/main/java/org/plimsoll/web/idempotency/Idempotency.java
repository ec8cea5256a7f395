package org.plimsoll.web.idempotency;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.plimsoll.store.Database;
import org.plimsoll.store.StoreException;
import org.plimsoll.store.idempotency.IdempotencyRepository;
import org.plimsoll.store.idempotency.StoredResponse;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.problem.Problem;

/**
 * Creating writes that honour an {@code Idempotency-Key} header: the first request with a key
 * writes and records its answer in the same transaction; a retry gets that answer again and
 * writes nothing. Offline phones retry, so a retry must never create a duplicate.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    /** What a creating write answers: status and JSON body, or 303 and the location to go to. */
    public record Answer(int status, String body) {
        public static Answer seeOther(String location) {
            return new Answer(303, location);
        }
    }

    private final Database database;
    private final IdempotencyRepository keys;
    private final Clock clock;

    public Idempotency(Database database, Clock clock) {
        this.database = database;
        this.keys = new IdempotencyRepository(database);
        this.clock = clock;
    }

    public void write(Context ctx, long accountId, Function<Handle, Answer> work) {
        write(ctx, accountId, ctx.header(HEADER), work);
    }

    /**
     * The same with the key given: a form carries it in a hidden field, so that a page queued
     * offline and sent twice, or a double tap, still stores one record.
     */
    public void write(Context ctx, long accountId, String key, Function<Handle, Answer> work) {
        if (key == null) {
            send(ctx, database.inTransaction(work::apply), false);
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw Problem.invalid(HEADER, "must be 1–200 characters");
        }
        String requestHash = Secrets.sha256(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body());
        Optional<StoredResponse> earlier = keys.find(accountId, key);
        if (earlier.isEmpty()) {
            try {
                Answer answer = database.inTransaction(handle -> {
                    Answer a = work.apply(handle);
                    IdempotencyRepository.save(handle, accountId, key,
                            new StoredResponse(requestHash, a.status(), a.body()), clock.instant());
                    return a;
                });
                send(ctx, answer, false);
                return;
            } catch (StoreException e) {
                // A concurrent retry with the same key may have won; then answer as it did.
                earlier = keys.find(accountId, key);
                if (earlier.isEmpty()) {
                    throw e;
                }
            }
        }
        StoredResponse stored = earlier.get();
        if (!stored.requestHash().equals(requestHash)) {
            throw new Problem(422, "Idempotency key reused",
                    "this " + HEADER + " was already used for a different request", java.util.List.of());
        }
        send(ctx, new Answer(stored.status(), stored.body()), true);
    }

    private static void send(Context ctx, Answer answer, boolean replayed) {
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        if (answer.status() == 303) {
            // A form's answer is where to go next; the body holds that location.
            ctx.redirect(answer.body(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }
}
