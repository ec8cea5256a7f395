package org.plimsoll.web.care;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
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

    private final Consumer<List<Long>> refresh;
    /** Guarded by this, as are the fields below. */
    private final LinkedHashSet<Long> queued = new LinkedHashSet<>();
    private int running;
    private int holds;
    private boolean closed;
    private Thread worker;

    /** {@code refresh} computes and stores the people of one batch. */
    AttentionRefresh(Consumer<List<Long>> refresh) {
        this.refresh = refresh;
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
            worker.start();
        }
        notifyAll();
    }

    synchronized int queued() {
        return queued.size();
    }

    private void work() {
        while (true) {
            List<Long> batch = new ArrayList<>(MOST_PER_BATCH);
            synchronized (this) {
                while (!closed && (queued.isEmpty() || holds > 0)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                for (Iterator<Long> i = queued.iterator(); i.hasNext() && batch.size() < MOST_PER_BATCH; ) {
                    batch.add(i.next());
                    i.remove();
                }
                running = batch.size();
            }
            try {
                refresh.accept(batch);
            } catch (RuntimeException e) {
                // The caseload finds these rows behind their data and queues them again.
                LOG.warn("caseload attention of {} people not refreshed", batch.size(), e);
            } finally {
                synchronized (this) {
                    running = 0;
                    notifyAll();
                }
            }
        }
    }

    /**
     * For tests: waits until every queued person is computed and stored, or the timeout passes; true
     * when settled. While the worker is held it returns at once, true: the test wants the rows behind.
     */
    synchronized boolean awaitSettled(Duration timeout) {
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
