package org.plimsoll.web.care;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background worker that recomputes the caseload attention of people whose data changed,
 * after their write was committed and off the request thread. People wait in a set, so a person who
 * writes ten times before the worker comes to them is computed once; a person who writes while
 * being computed is queued again, since that computation may have read the data before the write.
 * The queue is bounded: past {@link #MOST_QUEUED} people a change is not queued, and the caseload
 * queues it again when it next finds the person's row behind their data.
 *
 * <p>The red-flag lane (docs/care.md): before each batch the worker asks which of the people who wrote
 * since it last looked now have a red flag in their latest check-in, and takes them ahead of the line,
 * even past the cap, since their row may have become urgent. At most {@link #MOST_URGENT_PER_BATCH} of a
 * batch's places go to them while others wait, so a flood of red flags halves the line's pace at worst.
 */
final class AttentionRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttentionRefresh.class);
    static final int MOST_QUEUED = 20_000;
    /** People computed together and stored in one transaction. */
    static final int MOST_PER_BATCH = 64;
    /** The places of a batch the red-flag lane may take while others wait in line. */
    static final int MOST_URGENT_PER_BATCH = MOST_PER_BATCH / 2;
    /** Writes waiting for the worker to look for red flags; past this the oldest goes unexamined (it keeps its place). */
    static final int MOST_UNEXAMINED = 20_000;
    /** People in the red-flag lane. */
    static final int MOST_URGENT = 20_000;

    /**
     * How the worker gives way to the requests it shares the machine with (issue 31): it gathers
     * the people queued within {@code gather} of the first into one batch, waits while
     * {@code requestsWaiting} says requests queue for a connection (at most {@code mostYield} a
     * batch, so it is never starved), and after each batch rests {@code restPerWork} times the CPU time
     * the batch used, read from {@code workerCpu} (the worker thread's own, in nanoseconds), so that it
     * uses at most 1 / (1 + restPerWork) of one core. CPU time, not the batch's wall-clock time: on a
     * saturated machine a batch spends much of its time waiting for a core, and resting for that too
     * slowed the worker to a few people a second while it used far less than its share.
     */
    record Pacing(Duration gather, Duration mostYield, double restPerWork, BooleanSupplier requestsWaiting,
                  LongSupplier workerCpu) {
        /** No pauses at all: tests of the queue itself. */
        static final Pacing NONE = new Pacing(Duration.ZERO, Duration.ZERO, 0, () -> false, () -> 0);

        /**
         * The served app's: a quarter-second window, up to a quarter-second more while requests wait for
         * a connection, and at most half of one core, so that a person who wrote is computed within about
         * half a second plus twice the batch's own time while the queue is short.
         */
        static Pacing behind(BooleanSupplier requestsWaiting) {
            return new Pacing(Duration.ofMillis(250), Duration.ofMillis(250), 1, requestsWaiting, ThreadCpu::read);
        }

        /** The rest after a batch that used {@code cpuNanos} of the worker's CPU time. */
        Duration restAfter(long cpuNanos) {
            return Duration.ofNanos((long) (Math.max(0, cpuNanos) * restPerWork));
        }

    }

    /**
     * The calling thread's CPU time; where the JVM cannot tell it, the wall clock (the pace of old).
     * Its bean is looked up at the worker's first batch, not while the server is built: the JVM's
     * management beans are some 50 classes that a start does not need before its first answer.
     */
    private static final class ThreadCpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported();

        private ThreadCpu() {
        }

        static long read() {
            return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    private final Consumer<List<Long>> refresh;
    /** Of the people given, those whose latest write carries a red flag. */
    private final Function<List<Long>, Set<Long>> redFlagged;
    private final Pacing pacing;
    /** The line, in order of arrival. Guarded by this, as are the fields below. */
    private final LinkedHashSet<Long> queued = new LinkedHashSet<>();
    /** The red-flag lane, taken first; nobody is in both. */
    private final LinkedHashSet<Long> urgent = new LinkedHashSet<>();
    /** Who wrote since the worker last looked for red flags, whether or not the line had room. */
    private final LinkedHashSet<Long> unexamined = new LinkedHashSet<>();
    private int running;
    private int holds;
    /** Threads in {@link #awaitSettled}: while any waits, the worker makes no pauses. */
    private int awaiting;
    private boolean closed;
    private Thread worker;

    /** {@code refresh} computes and stores the people of one batch; nobody is ever red-flagged. */
    AttentionRefresh(Consumer<List<Long>> refresh, Pacing pacing) {
        this(refresh, people -> Set.of(), pacing);
    }

    /** {@code redFlagged} tells which of the people given wrote a red flag last: their lane is first. */
    AttentionRefresh(Consumer<List<Long>> refresh, Function<List<Long>, Set<Long>> redFlagged, Pacing pacing) {
        this.refresh = refresh;
        this.redFlagged = redFlagged;
        this.pacing = pacing;
    }

    /** Queues a person whose data changed; the worker starts with the first, not with the server. */
    synchronized void queue(long accountId) {
        if (closed) {
            return;
        }
        if (unexamined.size() >= MOST_UNEXAMINED && !unexamined.contains(accountId)) {
            Iterator<Long> oldest = unexamined.iterator();
            oldest.next();
            oldest.remove();
        }
        unexamined.add(accountId);
        if (!urgent.contains(accountId) && (queued.size() < MOST_QUEUED || queued.contains(accountId))) {
            queued.add(accountId);
        }
        if (worker == null) {
            worker = new Thread(this::work, "caseload-attention");
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            worker.start();
        }
        notifyAll();
    }

    /** People waiting, in the line and in the red-flag lane. */
    synchronized int queued() {
        return queued.size() + urgent.size();
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
            List<Long> toExamine;
            synchronized (this) {
                while (!closed && (nobodyWaits() || holds > 0)) {
                    wait();
                }
                pause(pacing.gather(), () -> queued.size() + urgent.size() >= MOST_PER_BATCH);
                long yieldUntil = System.nanoTime() + pacing.mostYield().toNanos();
                while (!closed && awaiting == 0 && pacing.requestsWaiting().getAsBoolean()
                        && System.nanoTime() < yieldUntil) {
                    wait(5);
                }
                if (closed) {
                    return;
                }
                if (holds > 0 || nobodyWaits()) {
                    continue; // a test took a hold while the worker paused
                }
                toExamine = new ArrayList<>(unexamined);
                unexamined.clear();
                running = 1; // looking for red flags is part of the batch: settled only after it
            }
            long cpuBefore = pacing.workerCpu().getAsLong();
            Set<Long> flagged = examined(toExamine);
            synchronized (this) {
                for (Long person : toExamine) { // in the order they wrote
                    if (flagged.contains(person) && urgent.size() < MOST_URGENT) {
                        queued.remove(person);
                        urgent.add(person);
                    }
                }
                int others = Math.min(queued.size(), MOST_PER_BATCH - Math.min(urgent.size(), MOST_URGENT_PER_BATCH));
                take(urgent, batch, MOST_PER_BATCH - others);
                take(queued, batch, MOST_PER_BATCH);
                running = batch.size();
            }
            try {
                if (!batch.isEmpty()) {
                    refresh.accept(batch);
                }
            } catch (RuntimeException e) {
                // The caseload finds these rows behind their data and queues them again.
                LOG.warn("caseload attention of {} people not refreshed", batch.size(), e);
            }
            // An Error skips this: work() clears the worker and the batch together, so nobody waits on a dead thread.
            Duration rest = pacing.restAfter(pacing.workerCpu().getAsLong() - cpuBefore);
            synchronized (this) {
                running = 0;
                notifyAll();
                pause(rest, () -> false);
            }
        }
    }

    private boolean nobodyWaits() {
        return queued.isEmpty() && urgent.isEmpty() && unexamined.isEmpty();
    }

    /** Those of the people who wrote a red flag last; none when the look fails (they keep their place in line). */
    private Set<Long> examined(List<Long> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        try {
            return redFlagged.apply(people);
        } catch (RuntimeException e) {
            LOG.warn("red flags of {} people not read: they wait in line", people.size(), e);
            return Set.of();
        }
    }

    /** Moves people from the front of {@code from} to {@code batch} until it holds {@code upTo}. */
    private static void take(LinkedHashSet<Long> from, List<Long> batch, int upTo) {
        for (Iterator<Long> i = from.iterator(); i.hasNext() && batch.size() < upTo; ) {
            batch.add(i.next());
            i.remove();
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
        while ((!nobodyWaits() || running > 0) && holds == 0) {
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
        return holds > 0 || (nobodyWaits() && running == 0);
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
