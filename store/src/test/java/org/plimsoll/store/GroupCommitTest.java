package org.plimsoll.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.store.testing.TestDatabases;

/** Check-ins and sessions that arrive together share one durable commit, and none is answered before it. */
class GroupCommitTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static long account(Database db, String email) {
        return new AccountRepository(db).create(email, "hash", NOW).orElseThrow().id();
    }

    @OnBothDatabases
    void checkInsThatArriveTogetherShareOneCommit(Database db) throws Exception {
        long ana = account(db, "ana@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(9);
        try {
            Database.GroupCommits before = db.groupCommits();
            List<Future<?>> answers = new ArrayList<>();
            // The first writer holds its commit open until eight more wait behind it; those eight then share one.
            answers.add(writers.submit(() -> histories.write(ana, NOW, writes -> {
                firstRunning.countDown();
                awaitQuietly(othersWaiting);
                return writes.addCheckIn(CheckIn.daily("new", DAY, 1));
            })));
            awaitQuietly(firstRunning);
            for (int pain = 2; pain <= 9; pain++) {
                int p = pain;
                answers.add(writers.submit(() -> histories.write(ana, NOW,
                        writes -> writes.addCheckIn(CheckIn.daily("new", DAY, p)))));
            }
            awaitWaiting(db, 8);
            othersWaiting.countDown();
            for (Future<?> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
            Database.GroupCommits after = db.groupCommits();

            assertThat(new CheckInRepository(db).list(ana)).hasSize(9);
            assertThat(after.writes() - before.writes()).isEqualTo(9);
            assertThat(after.commits() - before.commits()).isEqualTo(2);
        } finally {
            writers.shutdownNow();
        }
    }

    @OnBothDatabases
    void aGroupCommittedCheckInIsOnDiskBeforeItsAnswer(Database db) {
        long ana = account(db, "ana@example.org");
        new HistoryRepository(db).write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 4)));

        // Another pool on the same database, as a process started after a crash would open it.
        try (Database reopened = TestDatabases.open(db.settings())) {
            assertThat(new CheckInRepository(reopened).list(ana)).extracting(c -> c.pain().value()).containsExactly(4);
        }
    }

    @OnBothDatabases
    void aWriteThatFailsInAGroupIsUndoneAloneAndItsNeighboursLand(Database db) throws Exception {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = writers.submit(() -> histories.write(ana, NOW, writes -> {
                awaitQuietly(othersWaiting);
                return writes.addCheckIn(CheckIn.daily("new", DAY, 1));
            }));
            Future<?> failing = writers.submit(() -> histories.write(ben, NOW, writes -> {
                writes.addCheckIn(CheckIn.daily("new", DAY, 7));
                throw new IllegalArgumentException("refused after its first write");
            }));
            Future<?> neighbour = writers.submit(() -> histories.write(ana, NOW,
                    writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 2))));
            awaitWaiting(db, 2);
            othersWaiting.countDown();
            first.get(30, TimeUnit.SECONDS);
            neighbour.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalArgumentException.class);

            assertThat(new CheckInRepository(db).list(ana)).hasSize(2);
            assertThat(new CheckInRepository(db).list(ben)).isEmpty();
        } finally {
            writers.shutdownNow();
        }
    }

    @OnBothDatabases
    void theHistoryIsReadWithTheRevisionOfExactlyThatData(Database db) {
        long ana = account(db, "ana@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        histories.write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 3)));

        HistoryRepository.Loaded loaded = histories.loadWithRevision(ana);

        assertThat(loaded.revision()).isEqualTo(new AccountRepository(db).findById(ana).orElseThrow().revision());
        assertThat(loaded.history().checkIns()).hasSize(1);
    }

    /**
     * A shared-commit write made inside another transaction (an answer built before its key is kept) joins
     * that transaction and goes if it does: waiting for the committer would wait on the lock it holds.
     */
    @OnBothDatabases
    void aSharedCommitWriteInsideATransactionJoinsItAndIsUndoneWithIt(Database db) {
        long ana = account(db, "ana@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        long sharedBefore = db.groupCommits().writes();

        assertThatThrownBy(() -> db.inTransaction(handle -> {
            histories.write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 5)));
            assertThat(new CheckInRepository(db).list(ana)).as("seen inside the transaction").hasSize(1);
            throw new IllegalStateException("the answer failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(new CheckInRepository(db).list(ana)).isEmpty();
        assertThat(db.groupCommits().writes()).isEqualTo(sharedBefore);
        db.inTransaction(handle -> histories.write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 6))));
        assertThat(new CheckInRepository(db).list(ana)).extracting(c -> c.pain().value()).containsExactly(6);
    }

    /** The key is looked up in the shared commit: a repeat writes nothing and gets the first answer. */
    @OnBothDatabases
    void aCheckInRepeatedUnderItsKeyIsAnsweredAsTheFirstAndStoredOnce(Database db) {
        long ana = account(db, "ana@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        IdempotencyKey key = new IdempotencyKey("phone-1", "hash-of-the-request");
        java.util.function.Function<org.plimsoll.store.history.HistoryWrites, Answer> checkIn = writes ->
                new Answer(201, "{\"id\":\"" + writes.addCheckIn(CheckIn.daily("new", DAY, 3)).id() + "\"}");

        Outcome first = histories.write(ana, NOW, java.util.Optional.of(key), checkIn);
        Outcome again = histories.write(ana, NOW, java.util.Optional.of(key), checkIn);
        Outcome other = histories.write(ana, NOW,
                java.util.Optional.of(new IdempotencyKey("phone-1", "another request")), checkIn);

        assertThat(first).isInstanceOf(Outcome.Written.class);
        assertThat(again).isEqualTo(new Outcome.Replayed(((Outcome.Written) first).answer()));
        assertThat(other).isInstanceOf(Outcome.KeyReused.class);
        assertThat(new CheckInRepository(db).list(ana)).hasSize(1);
    }

    /**
     * A listener hears of a person's write once it is on disk. A write undone inside a shared commit may
     * still be heard (its savepoint is rolled back, the commit is not): listeners recompute from what is
     * stored, so that costs one needless refresh and never shows what was undone.
     */
    @OnBothDatabases
    void listenersHearOfAWriteOnceItIsOnDisk(Database db) {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        java.util.Map<Long, Integer> onDiskWhenHeard = new java.util.concurrent.ConcurrentHashMap<>();
        db.afterChanges(account -> {
            try (Database other = TestDatabases.open(db.settings())) {
                onDiskWhenHeard.put(account, new CheckInRepository(other).list(account).size());
            }
        });

        histories.write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 2)));
        assertThatThrownBy(() -> histories.write(ben, NOW, writes -> {
            writes.addCheckIn(CheckIn.daily("new", DAY, 8));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(onDiskWhenHeard).containsEntry(ana, 1);
        assertThat(onDiskWhenHeard.getOrDefault(ben, 0)).isZero();
    }

    /**
     * The units of one commit share its prepared statements (each SQL text is prepared once a commit):
     * each still stores its own row and keeps its own key, and is answered with its own id.
     */
    @OnBothDatabases
    void unitsOfOneCommitRunTheSameStatementsAndEachKeepsItsOwnRowAndKey(Database db) throws Exception {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(7);
        try {
            Database.GroupCommits before = db.groupCommits();
            writers.submit(() -> histories.write(ana, NOW, writes -> {
                firstRunning.countDown();
                awaitQuietly(othersWaiting);
                return writes.addCheckIn(CheckIn.daily("new", DAY, 0));
            }));
            awaitQuietly(firstRunning);
            List<Future<Outcome>> answers = new ArrayList<>();
            for (int pain = 1; pain <= 6; pain++) {
                int p = pain;
                long person = pain % 2 == 0 ? ana : ben;
                answers.add(writers.submit(() -> histories.write(person, NOW,
                        java.util.Optional.of(new IdempotencyKey("phone-" + p, "request " + p)),
                        writes -> new Answer(201, writes.addCheckIn(CheckIn.daily("new", DAY, p)).id()))));
            }
            awaitWaiting(db, 6);
            othersWaiting.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Outcome> answer : answers) {
                ids.add(((Outcome.Written) answer.get(30, TimeUnit.SECONDS)).answer().body());
            }

            assertThat(db.groupCommits().commits() - before.commits()).isEqualTo(2);
            assertThat(ids).doesNotHaveDuplicates();
            List<CheckIn> stored = new ArrayList<>(new CheckInRepository(db).list(ana));
            stored.addAll(new CheckInRepository(db).list(ben));
            assertThat(stored).extracting(c -> c.pain().value()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
            for (int pain = 1; pain <= 6; pain++) {
                String id = ids.get(pain - 1);
                assertThat(stored).filteredOn(c -> c.id().equals(id)).extracting(c -> c.pain().value())
                        .containsExactly(pain);
            }
            Outcome again = histories.write(ben, NOW, java.util.Optional.of(new IdempotencyKey("phone-3", "request 3")),
                    writes -> new Answer(201, writes.addCheckIn(CheckIn.daily("new", DAY, 9)).id()));
            assertThat(again).isEqualTo(new Outcome.Replayed(new Answer(201, ids.get(2))));
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * A group runs without a savepoint per unit; when one unit fails on the database (here a key stored twice,
     * which also aborts the transaction on PostgreSQL) the group is rolled back whole and run again with one:
     * the failing writer gets its error, every other writer its own true answer, a repeat under a key in the
     * same group or a later one is answered as the first and stored once, and each stored check-in is heard
     * of once, none of the first run's.
     */
    @OnBothDatabases
    void aUnitFailingOnTheDatabaseIsUndoneAloneAndTheGroupsOtherWritesLandOnce(Database db) throws Exception {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        List<org.plimsoll.store.history.CommittedWrite> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        histories.afterWrites(heard::add);
        java.util.function.Function<org.plimsoll.store.history.HistoryWrites, Answer> checkIn = writes ->
                new Answer(201, writes.addCheckIn(CheckIn.daily("new", DAY, 4)).id());
        CountDownLatch othersWaiting = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            Database.GroupCommits before = db.groupCommits();
            Future<Outcome> first = writers.submit(() -> histories.write(ana, NOW,
                    java.util.Optional.of(new IdempotencyKey("tap-1", "request 1")), writes -> {
                        firstRunning.countDown();
                        awaitQuietly(othersWaiting);
                        return checkIn.apply(writes);
                    }));
            awaitQuietly(firstRunning);
            Future<?> failing = writers.submit(() -> db.inGroupCommit(handle -> {
                for (int twice = 0; twice < 2; twice++) {
                    org.plimsoll.store.idempotency.IdempotencyRepository.save(handle, ben, "kept twice",
                            new org.plimsoll.store.idempotency.StoredResponse("hash", 201, "{}"), NOW);
                }
                return null;
            }));
            Future<Outcome> neighbour = writers.submit(() -> histories.write(ben, NOW,
                    java.util.Optional.of(new IdempotencyKey("tap-2", "request 2")), checkIn));
            Future<Outcome> tapOnce = writers.submit(() -> histories.write(ana, NOW,
                    java.util.Optional.of(new IdempotencyKey("tap-3", "request 3")), checkIn));
            Future<Outcome> tapTwice = writers.submit(() -> histories.write(ana, NOW,
                    java.util.Optional.of(new IdempotencyKey("tap-3", "request 3")), checkIn));
            Future<Outcome> firstAgain = writers.submit(() -> histories.write(ana, NOW,
                    java.util.Optional.of(new IdempotencyKey("tap-1", "request 1")), checkIn));
            awaitWaiting(db, 5);
            othersWaiting.countDown();

            Outcome firstAnswer = first.get(30, TimeUnit.SECONDS);
            assertThat(firstAnswer).isInstanceOf(Outcome.Written.class);
            assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreException.class);
            assertThat(neighbour.get(30, TimeUnit.SECONDS)).isInstanceOf(Outcome.Written.class);
            List<Outcome> taps = List.of(tapOnce.get(30, TimeUnit.SECONDS), tapTwice.get(30, TimeUnit.SECONDS));
            assertThat(taps).filteredOn(Outcome.Written.class::isInstance).hasSize(1);
            Answer tapped = taps.stream().filter(Outcome.Written.class::isInstance)
                    .map(o -> ((Outcome.Written) o).answer()).findFirst().orElseThrow();
            assertThat(taps).contains(new Outcome.Replayed(tapped));
            assertThat(firstAgain.get(30, TimeUnit.SECONDS))
                    .isEqualTo(new Outcome.Replayed(((Outcome.Written) firstAnswer).answer()));

            Database.GroupCommits after = db.groupCommits();
            assertThat(after.commits() - before.commits()).isEqualTo(2);
            assertThat(after.runAgain() - before.runAgain()).isEqualTo(1);
            assertThat(new CheckInRepository(db).list(ana)).hasSize(2);
            assertThat(new CheckInRepository(db).list(ben)).hasSize(1);
            assertThat(new org.plimsoll.store.idempotency.IdempotencyRepository(db).find(ben, "kept twice")).isEmpty();
            assertThat(heard).flatExtracting(org.plimsoll.store.history.CommittedWrite::changes).hasSize(3);
        } finally {
            writers.shutdownNow();
        }
    }

    /** A group whose units all succeed is committed as it ran; only a group with a failing unit runs again. */
    @OnBothDatabases
    void aGroupRunsAgainOnlyWhenOneOfItsUnitsFailed(Database db) {
        long ana = account(db, "ana@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        Database.GroupCommits before = db.groupCommits();

        histories.write(ana, NOW, writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 1)));
        assertThat(db.groupCommits().runAgain()).isEqualTo(before.runAgain());
        assertThatThrownBy(() -> histories.write(ana, NOW, writes -> {
            writes.addCheckIn(CheckIn.daily("new", DAY, 2));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);

        Database.GroupCommits after = db.groupCommits();
        assertThat(after.commits() - before.commits()).isEqualTo(2);
        assertThat(after.runAgain() - before.runAgain()).isEqualTo(1);
        assertThat(new CheckInRepository(db).list(ana)).extracting(c -> c.pain().value()).containsExactly(1);
    }

    /**
     * A unit that catches its own statement's failure and goes on: SQLite undid only that statement, so the unit
     * stands; on PostgreSQL the transaction is aborted and a commit would silently roll back every unit of the
     * group, so the group is run again with a savepoint per unit and this one alone fails. Either way nobody is
     * answered for a write that is not on disk, and the neighbour lands.
     */
    @OnBothDatabases
    void aUnitThatSwallowsItsStatementsFailureIsNeverAnsweredForWhatDidNotLand(Database db) throws Exception {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        HistoryRepository histories = new HistoryRepository(db);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = writers.submit(() -> histories.write(ana, NOW, writes -> {
                firstRunning.countDown();
                awaitQuietly(othersWaiting);
                return writes.addCheckIn(CheckIn.daily("new", DAY, 1));
            }));
            awaitQuietly(firstRunning);
            Future<?> neighbour = writers.submit(() -> histories.write(ana, NOW,
                    writes -> writes.addCheckIn(CheckIn.daily("new", DAY, 2))));
            Future<?> swallowing = writers.submit(() -> db.inGroupCommit(handle -> {
                org.plimsoll.store.idempotency.StoredResponse kept =
                        new org.plimsoll.store.idempotency.StoredResponse("hash", 201, "{}");
                org.plimsoll.store.idempotency.IdempotencyRepository.save(handle, ben, "swallowed", kept, NOW);
                try {
                    org.plimsoll.store.idempotency.IdempotencyRepository.save(handle, ben, "swallowed", kept, NOW);
                } catch (RuntimeException e) {
                    // Gone on regardless: the case the group's last check guards against.
                }
                return null;
            }));
            awaitWaiting(db, 2);
            othersWaiting.countDown();
            first.get(30, TimeUnit.SECONDS);
            neighbour.get(30, TimeUnit.SECONDS);
            boolean answered;
            try {
                swallowing.get(30, TimeUnit.SECONDS);
                answered = true;
            } catch (java.util.concurrent.ExecutionException e) {
                answered = false;
            }

            assertThat(new CheckInRepository(db).list(ana)).hasSize(2);
            assertThat(new org.plimsoll.store.idempotency.IdempotencyRepository(db).find(ben, "swallowed").isPresent())
                    .as("stored exactly when answered").isEqualTo(answered);
        } finally {
            writers.shutdownNow();
        }
    }

    /** A statement still open is never handed out again: the same query inside the loop over its rows. */
    @OnBothDatabases
    void aQueryRunInsideTheLoopOverTheSameQuerysRowsGetsItsOwnStatement(Database db) {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        String everyone = "SELECT id FROM accounts WHERE id >= :from ORDER BY id";

        List<String> pairs = db.inGroupCommit(handle -> {
            List<String> seen = new ArrayList<>();
            try (var outer = handle.createQuery(everyone).bind("from", 0).mapTo(Long.class).stream()) {
                outer.forEach(id -> seen.add(id + ":" + handle.createQuery(everyone).bind("from", id)
                        .mapTo(Long.class).list()));
            }
            return seen;
        });

        assertThat(pairs).containsExactly(ana + ":[" + ana + ", " + ben + "]", ben + ":[" + ben + "]");
    }

    /** Until this many writers wait for the next shared commit (at most 20 s), so that they share it. */
    private static void awaitWaiting(Database db, int writers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (db.waitingForCommit() < writers && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
