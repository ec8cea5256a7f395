package org.plimsoll.web.care;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background worker that recomputes the caseload attention of people whose data changed,
 * after their write was committed and off the request thread. People wait in a set, so a person who
 * writes ten times before the worker comes to them is computed once; a person who writes while
 * being computed is queued again, since that computation may have read the data before the write.
 * The queue is bounded: past {@link #MOST_QUEUED} people a change is not queued, and the caseload
 * queues it again when it next finds the person's row behind their data.
 */
final class AttentionRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttentionRefresh.class);
    static final int MOST_QUEUED = 20_000;
    /** People computed together and stored in one transaction. */
    static final int MOST_PER_BATCH = 64;

    /**
     * How the worker gives way to the requests it shares the machine with (issue 31): it gathers
     * the people queued within {@code gather} of the first into one batch, waits while
     * {@code requestsWaiting} says requests queue for a connection (at most {@code mostYield} a
     * batch, so it is never starved), and after each batch rests {@code restPerWork} times as long
     * as the batch took, so that it uses at most 1 / (1 + restPerWork) of one core.
     */
    record Pacing(Duration gather, Duration mostYield, double restPerWork, BooleanSupplier requestsWaiting) {
        /** No pauses at all: tests of the queue itself. */
        static final Pacing NONE = new Pacing(Duration.ZERO, Duration.ZERO, 0, () -> false);

        /**
         * The served app's: a quarter-second window, up to a quarter-second more while requests wait for
         * a connection, and at most half of one core, so that a person who wrote is computed within about
         * half a second plus twice the batch's own time while the queue is short.
         */
        static Pacing behind(BooleanSupplier requestsWaiting) {
            return new Pacing(Duration.ofMillis(250), Duration.ofMillis(250), 1, requestsWaiting);
        }
    }

    private final Consumer<List<Long>> refresh;
    private final Pacing pacing;
    /** Guarded by this, as are the fields below. */
    private final LinkedHashSet<Long> queued = new LinkedHashSet<>();
    private int running;
    private int holds;
    /** Threads in {@link #awaitSettled}: while any waits, the worker makes no pauses. */
    private int awaiting;
    private boolean closed;
    private Thread worker;

    /** {@code refresh} computes and stores the people of one batch. */
    AttentionRefresh(Consumer<List<Long>> refresh, Pacing pacing) {
        this.refresh = refresh;
        this.pacing = pacing;
    }

    /** Queues a person whose data changed; the worker starts with the first, not with the server. */
    synchronized void queue(long accountId) {
        if (closed || (queued.size() >= MOST_QUEUED && !queued.contains(accountId))) {
            return;
        }
        queued.add(accountId);
        if (worker == null) {
            worker = new Thread(this::work, "caseload-attention");
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            worker.start();
        }
        notifyAll();
    }

    synchronized int queued() {
        return queued.size();
    }

    private void work() {
        try {
            takeBatches();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // Whatever ended this thread (closing, or an Error a batch threw), the next queued person starts another.
            synchronized (this) {
                if (worker == Thread.currentThread()) {
                    worker = null;
                }
                running = 0;
                notifyAll();
            }
        }
    }

    private void takeBatches() throws InterruptedException {
        while (true) {
            List<Long> batch = new ArrayList<>(MOST_PER_BATCH);
            synchronized (this) {
                while (!closed && (queued.isEmpty() || holds > 0)) {
                    wait();
                }
                pause(pacing.gather(), () -> queued.size() >= MOST_PER_BATCH);
                long yieldUntil = System.nanoTime() + pacing.mostYield().toNanos();
                while (!closed && awaiting == 0 && pacing.requestsWaiting().getAsBoolean()
                        && System.nanoTime() < yieldUntil) {
                    wait(5);
                }
                if (closed) {
                    return;
                }
                if (holds > 0 || queued.isEmpty()) {
                    continue; // a test took a hold while the worker paused
                }
                for (Iterator<Long> i = queued.iterator(); i.hasNext() && batch.size() < MOST_PER_BATCH; ) {
                    batch.add(i.next());
                    i.remove();
                }
                running = batch.size();
            }
            long started = System.nanoTime();
            try {
                refresh.accept(batch);
            } catch (RuntimeException e) {
                // The caseload finds these rows behind their data and queues them again.
                LOG.warn("caseload attention of {} people not refreshed", batch.size(), e);
            }
            // An Error skips this: work() clears the worker and the batch together, so nobody waits on a dead thread.
            synchronized (this) {
                running = 0;
                notifyAll();
                pause(Duration.ofNanos((long) ((System.nanoTime() - started) * pacing.restPerWork())), () -> false);
            }
        }
    }

    /** Waits (holding this) for {@code length}, unless closed, a test awaits the refreshes, or {@code enough}. */
    private void pause(Duration length, BooleanSupplier enough) throws InterruptedException {
        long until = System.nanoTime() + length.toNanos();
        long left;
        while (!closed && awaiting == 0 && !enough.getAsBoolean() && (left = until - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /**
     * For tests: waits until every queued person is computed and stored, or the timeout passes; true
     * when settled. While the worker is held it returns at once, true: the test wants the rows behind.
     */
    synchronized boolean awaitSettled(Duration timeout) {
        awaiting++;
        notifyAll();
        try {
            return settledWithin(timeout);
        } finally {
            awaiting--;
        }
    }

    private boolean settledWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while ((!queued.isEmpty() || running > 0) && holds == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return holds > 0 || (queued.isEmpty() && running == 0);
    }

    /** For tests: the worker takes nobody until the hold is closed, so a test can see a row behind its data. */
    synchronized AutoCloseable hold() {
        holds++;
        return () -> {
            synchronized (this) {
                holds--;
                notifyAll();
            }
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
