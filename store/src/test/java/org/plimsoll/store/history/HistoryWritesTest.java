package org.plimsoll.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** The store's units of work: one call, one transaction, and a retried request stored once. */
class HistoryWritesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Session WALK = Session.of("new", Activity.WALK,
            ZonedDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneId.of("Europe/London")), 20, 2);

    private static long account(Database db) {
        return new AccountRepository(db).create("ana@example.org", "hash", NOW).orElseThrow().id();
    }

    private static Answer created(HistoryWrites writes) {
        return new Answer(201, "{\"id\":\"" + writes.addSession(WALK).id() + "\"}");
    }

    @OnBothDatabases
    void aUnitOfWorkThatFailsPartWayStoresNothing(Database db) {
        long ana = account(db);
        HistoryRepository histories = new HistoryRepository(db);

        assertThatThrownBy(() -> histories.write(ana, NOW, writes -> {
            writes.addSession(WALK);
            throw new IllegalStateException("the request fails after its first write");
        })).hasMessageContaining("first write");

        assertThat(new SessionRepository(db).list(ana)).isEmpty();
    }

    @OnBothDatabases
    void aRetryGetsTheFirstAnswerAndAnotherRequestUnderTheKeyIsRefused(Database db) {
        long ana = account(db);
        HistoryRepository histories = new HistoryRepository(db);
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("queued-1", "hash of the walk"));

        Outcome first = histories.write(ana, NOW, key, HistoryWritesTest::created);
        Outcome retry = histories.write(ana, NOW, key, HistoryWritesTest::created);
        Outcome other = histories.write(ana, NOW, Optional.of(new IdempotencyKey("queued-1", "hash of a run")),
                HistoryWritesTest::created);

        assertThat(first).isInstanceOf(Outcome.Written.class);
        assertThat(retry).isEqualTo(new Outcome.Replayed(((Outcome.Written) first).answer()));
        assertThat(other).isInstanceOf(Outcome.KeyReused.class);
        assertThat(new SessionRepository(db).list(ana)).hasSize(1);
    }

    @OnBothDatabases
    void eightConcurrentRetriesStoreOneSessionAndAllGetItsAnswer(Database db) throws Exception {
        long ana = account(db);
        HistoryRepository histories = new HistoryRepository(db);
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("double-tap", "hash"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> histories.write(ana, NOW, key, HistoryWritesTest::created)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Outcome> f : outcomes) {
                Outcome o = f.get();
                answers.add(o instanceof Outcome.Written w ? w.answer() : ((Outcome.Replayed) o).answer());
            }
            assertThat(new SessionRepository(db).list(ana)).hasSize(1);
            assertThat(answers).containsOnly(answers.get(0));
        } finally {
            pool.shutdownNow();
        }
    }
}
