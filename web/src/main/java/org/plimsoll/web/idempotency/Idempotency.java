package org.plimsoll.web.idempotency;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.history.HistoryWrites;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.problem.Problem;

/**
 * Creating writes that honour an {@code Idempotency-Key} header: the first request with a key
 * writes and records its answer in the same transaction; a retry gets that answer again and
 * writes nothing. Offline phones retry, so a retry must never create a duplicate. The store keeps
 * the key and the answer ({@link HistoryRepository#write}); this class reads the key and answers.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    private final HistoryRepository histories;
    private final Clock clock;

    public Idempotency(HistoryRepository histories, Clock clock) {
        this.histories = histories;
        this.clock = clock;
    }

    /** A created record: 201 and its JSON. */
    public static Answer created(String json) {
        return new Answer(201, json);
    }

    /** A form's answer is where to go next: 303, the body holding that location. */
    public static Answer seeOther(String location) {
        return new Answer(303, location);
    }

    public void write(Context ctx, long accountId, Function<HistoryWrites, Answer> work) {
        write(ctx, accountId, ctx.header(HEADER), work);
    }

    /**
     * The same with the key given: a form carries it in a hidden field, so that a page queued
     * offline and sent twice, or a double tap, still stores one record.
     */
    public void write(Context ctx, long accountId, String key, Function<HistoryWrites, Answer> work) {
        answer(ctx, key, idempotency -> histories.write(accountId, clock.instant(), idempotency, work));
    }

    /**
     * Any write under the key given (a clinician's note): {@code work} writes once under it and tells what
     * came of it; this answers, a repeat as the first was.
     */
    public void answer(Context ctx, String key, Function<Optional<IdempotencyKey>, Outcome> work) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw Problem.invalid(HEADER, "must be 1–200 characters");
        }
        Optional<IdempotencyKey> idempotency = Optional.ofNullable(key).map(k -> new IdempotencyKey(k,
                Secrets.sha256(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body())));
        Outcome outcome = work.apply(idempotency);
        if (outcome instanceof Outcome.Written written) {
            send(ctx, written.answer(), false);
        } else if (outcome instanceof Outcome.Replayed replayed) {
            send(ctx, replayed.answer(), true);
        } else {
            throw new Problem(422, "Idempotency key reused",
                    "this " + HEADER + " was already used for a different request", java.util.List.of());
        }
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
