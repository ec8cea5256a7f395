package org.plimsoll.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Writers that arrive together share one durable commit. A durable commit waits for the disk
 * (WAL with synchronous=FULL on SQLite, the WAL flush on PostgreSQL), and that wait, not the
 * writing, is what one commit per check-in spends its time on. One committer thread takes every
 * unit of work waiting, runs them in one transaction, commits, and only then answers the writers:
 * nothing is acknowledged before it is on disk. While it waits for the disk the next group gathers.
 * The units of one commit share its prepared statements ({@link ReusedStatements}).
 *
 * <p>A group runs first without a savepoint per unit, since nearly every group has no failing unit and
 * the savepoints were a ninth of a check-in's work on this one thread. If any unit throws, the whole
 * transaction is rolled back (nothing of it was answered or heard of) and the group runs again with a
 * savepoint around each unit, so that the failing one is undone alone, its writer gets its error and
 * the others land. A unit's work may therefore run twice: it must write only through the handle.
 */
final class GroupCommit implements AutoCloseable {
    /** Units in one transaction at most, so that one commit stays short for the readers it holds up. */
    static final int MOST_PER_COMMIT = 256;

    private record Unit<T>(HandleCallback<T, RuntimeException> work, CompletableFuture<T> done) {
        /** Without a savepoint: a failure is thrown, for the whole group to be rolled back and run again. */
        void runTogether(Handle handle) {
            done.complete(work.withHandle(handle));
        }

        /**
         * The connection's own savepoint, not Jdbi's: Jdbi forgets a savepoint as it asks to release it, so when
         * the release fails (on PostgreSQL, after a unit went on past its own failed statement, the transaction
         * refuses everything but a rollback) it could no longer roll back to it, and the whole group would fail.
         */
        void runIn(Handle handle, int index) {
            Connection connection = handle.getConnection();
            Savepoint savepoint = savepoint(connection, "unit" + index);
            try {
                T result = work.withHandle(handle);
                connection.releaseSavepoint(savepoint);
                done.complete(result);
            } catch (RuntimeException | SQLException e) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                    throw new StoreException("database error: cannot undo a failed write alone: " + rollback.getMessage(), e);
                }
                done.completeExceptionally(e instanceof SQLException
                        ? new StoreException("database error: " + e.getMessage(), e) : e);
            }
        }

        private static Savepoint savepoint(Connection connection, String name) {
            try {
                return connection.setSavepoint(name);
            } catch (SQLException e) {
                throw new StoreException("database error: " + e.getMessage(), e);
            }
        }
    }

    private final Jdbi jdbi;
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private final AtomicLong groupsRunAgain = new AtomicLong();
    private final Thread committer;
    private final java.util.function.BooleanSupplier inTransactionHere;
    private volatile boolean open = true;

    GroupCommit(Jdbi jdbi, String name, java.util.function.BooleanSupplier inTransactionHere) {
        this.jdbi = jdbi;
        this.inTransactionHere = inTransactionHere;
        this.committer = new Thread(this::commitGroups, "group-commit " + name);
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /** Runs the work in the next group's transaction and returns once that transaction is committed. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        if (Thread.currentThread() == committer || inTransactionHere.getAsBoolean()) {
            // A unit of work that writes through another repository is already inside the group's transaction;
            // a write inside another transaction joins it (waiting for the committer would wait for the lock
            // this thread holds on SQLite).
            return jdbi.withHandle(work);
        }
        if (!open) {
            throw new StoreException("database error: the database is closed", null);
        }
        Unit<T> unit = new Unit<>(work, new CompletableFuture<>());
        waiting.add(unit);
        try {
            return unit.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreException("database error: " + e.getCause(), e.getCause());
        }
    }

    /** Commits made so far, and the units of work they carried: units / commits is the group size. */
    long commits() {
        return commits.get();
    }

    long units() {
        return units.get();
    }

    /** How many writers wait for the next commit now. */
    int waiting() {
        return waiting.size();
    }

    private void commitGroups() {
        List<Unit<?>> group = new ArrayList<>();
        while (open || !waiting.isEmpty()) {
            try {
                Unit<?> first = waiting.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, MOST_PER_COMMIT - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                group.clear();
            }
        }
        StoreException closed = new StoreException("database error: the database is closed", null);
        for (Unit<?> left = waiting.poll(); left != null; left = waiting.poll()) {
            left.done().completeExceptionally(closed);
        }
    }

    /** Thrown out of a group's transaction without savepoints when one of its units failed: roll back, run again. */
    private static final class UnitFailed extends RuntimeException {
        UnitFailed(RuntimeException cause) {
            super(null, cause, false, false);
        }
    }

    private void commit(List<Unit<?>> group) {
        try {
            List<CompletableFuture<Object>> results;
            try {
                results = runAndCommit(group, false);
            } catch (UnitFailed e) {
                // Rolled back whole, its after-commit callbacks dropped and nobody answered: each unit alone now.
                groupsRunAgain.incrementAndGet();
                results = runAndCommit(group, true);
            }
            commits.incrementAndGet();
            units.addAndGet(group.size());
            for (int i = 0; i < group.size(); i++) {
                hand(results.get(i), group.get(i));
            }
        } catch (JdbiException e) {
            StoreException failed = new StoreException("database error: " + e.getMessage(), e);
            group.forEach(unit -> unit.done().completeExceptionally(failed));
        } catch (RuntimeException e) {
            group.forEach(unit -> unit.done().completeExceptionally(e));
        }
    }

    /**
     * Runs the group's units in one transaction and commits it. A unit's result is held in the list returned
     * and handed to its writer only after the commit returned.
     */
    private List<CompletableFuture<Object>> runAndCommit(List<Unit<?>> group, boolean savepoints) {
        List<CompletableFuture<Object>> results = new ArrayList<>(group.size());
        jdbi.useTransaction(handle -> {
            org.jdbi.v3.core.statement.StatementBuilder own = handle.getStatementBuilder();
            ReusedStatements shared = new ReusedStatements(own);
            handle.setStatementBuilder(shared);
            try {
                for (int i = 0; i < group.size(); i++) {
                    CompletableFuture<Object> result = new CompletableFuture<>();
                    results.add(result);
                    if (savepoints) {
                        attempt(group.get(i), result).runIn(handle, i);
                    } else {
                        try {
                            attempt(group.get(i), result).runTogether(handle);
                        } catch (RuntimeException e) {
                            throw new UnitFailed(e);
                        }
                    }
                }
                if (!savepoints) {
                    try {
                        // On PostgreSQL a statement that failed inside a unit which went on regardless leaves the
                        // transaction aborted, and its commit would be a silent rollback: any statement now fails.
                        handle.createQuery("SELECT 1").mapTo(Integer.class).one();
                    } catch (RuntimeException e) {
                        throw new UnitFailed(e);
                    }
                }
            } finally {
                handle.setStatementBuilder(own);
                shared.closeAll();
            }
        });
        return results;
    }

    /** Groups rolled back because a unit failed, and run again with a savepoint per unit. */
    long groupsRunAgain() {
        return groupsRunAgain.get();
    }

    /** The unit's work, completing this attempt's {@code result} instead of its writer's answer. */
    @SuppressWarnings("unchecked")
    private static <T> Unit<T> attempt(Unit<T> unit, CompletableFuture<Object> result) {
        return new Unit<>(unit.work(), (CompletableFuture<T>) (CompletableFuture<?>) result);
    }

    @SuppressWarnings("unchecked")
    private static <T> void hand(CompletableFuture<Object> result, Unit<T> unit) {
        result.whenComplete((value, error) -> {
            if (error != null) {
                unit.done().completeExceptionally(translated(error));
            } else {
                unit.done().complete((T) value);
            }
        });
    }

    private static Throwable translated(Throwable error) {
        return error instanceof JdbiException e ? new StoreException("database error: " + e.getMessage(), e) : error;
    }

    @Override
    public void close() {
        open = false;
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
