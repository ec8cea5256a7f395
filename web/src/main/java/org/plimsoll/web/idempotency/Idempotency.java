package org.plimsoll.web.idempotency;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plimsoll.store.Database;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.history.HistoryWrites;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.IdempotencyRepository;
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

    /** The hidden field every creating form carries its key in. */
    public static final String FIELD = "idempotencyKey";

    private final HistoryRepository histories;
    private final Database database;
    private final Clock clock;

    public Idempotency(HistoryRepository histories, Database database, Clock clock) {
        this.histories = histories;
        this.database = database;
        this.clock = clock;
    }

    /** The key a form carries (null when the form has none: an old page, a hand-made request). */
    public static String formKey(Context ctx) {
        return Optional.ofNullable(ctx.formParam(FIELD)).filter(k -> !k.isBlank()).orElse(null);
    }

    /**
     * Any write outside a person's history (a share link, an invitation, a clinician's decision) stored
     * once under {@code key} by {@code accountId}: {@code work} runs inside the transaction that keeps the
     * key, since the repositories' own transactions join the one open on this thread; a repeat is
     * answered as the first was and writes nothing. Work that finds a problem throws, and nothing is kept.
     */
    public void once(Context ctx, long accountId, String key, Supplier<Answer> work) {
        answer(ctx, key, k -> IdempotencyRepository.onceJoining(database, accountId, clock.instant(), k, work));
    }

    /**
     * Whether this request repeats one already stored under its key, and if so answers it as the first
     * was (or 422 for another request under the key). Asked before the request is checked, so that a
     * second tap is not refused for what the first one changed ("nothing changed", "already in force").
     */
    public boolean repeated(Context ctx, long accountId, String key) {
        Optional<IdempotencyKey> k = idempotencyKey(ctx, key);
        if (k.isEmpty()) {
            return false;
        }
        Optional<org.plimsoll.store.idempotency.StoredResponse> earlier = new IdempotencyRepository(database).find(accountId, k.get().value());
        if (earlier.isEmpty()) {
            return false;
        }
        answer(ctx, key, ignored -> earlier.get().requestHash().equals(k.get().requestHash())
                ? new Outcome.Replayed(new Answer(earlier.get().status(), earlier.get().body()))
                : new Outcome.KeyReused());
        return true;
    }

    /** What {@link #once} does, answering on its own: for a write whose repeat is shown from the record. */
    public Outcome outcome(Context ctx, long accountId, String key, Supplier<Answer> work) {
        Outcome outcome = IdempotencyRepository.onceJoining(database, accountId, clock.instant(),
                idempotencyKey(ctx, key), work);
        if (outcome instanceof Outcome.Replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        return outcome;
    }

    /** A created record: 201 and its JSON. */
    public static Answer created(String json) {
        return new Answer(201, json);
    }

    /**
     * The stored answer of a write that showed a secret once (a share address, an invitation code): not
     * the secret, only which process can make it again from the key ({@link Secrets#repeatable}).
     */
    public static Answer shown(int status) {
        return new Answer(status, Secrets.INSTANCE);
    }

    /** Whether this process made the secret behind a {@link #shown} answer, and can show it again. */
    public static boolean shownHere(Answer answer) {
        return answer.body().equals(Secrets.INSTANCE);
    }

    /** A key used before for another request: 422, never a second record. */
    public static Problem reused() {
        return new Problem(422, "Idempotency key reused",
                "this " + HEADER + " was already used for a different request", java.util.List.of());
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
        Outcome outcome = work.apply(idempotencyKey(ctx, key));
        if (outcome instanceof Outcome.Written written) {
            send(ctx, written.answer(), false);
        } else if (outcome instanceof Outcome.Replayed replayed) {
            send(ctx, replayed.answer(), true);
        } else {
            throw reused();
        }
    }

    private static Optional<IdempotencyKey> idempotencyKey(Context ctx, String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw Problem.invalid(HEADER, "must be 1–200 characters");
        }
        return Optional.ofNullable(key).map(k -> new IdempotencyKey(k,
                Secrets.sha256(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body())));
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
