package org.plimsoll.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.plimsoll.web.reminder.Reminders;

/**
 * The server's schedulers (reminders), started a little after the server first answers: their
 * first tick queries the database and loads its classes, which would otherwise compete with the
 * first requests on a cold JVM. A reminder is at most this much later on the first tick only.
 */
final class Background implements AutoCloseable {
    /** How long after the server answers the schedulers start. */
    static final Duration AFTER_SERVING = Duration.ofSeconds(2);

    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plimsoll-background-start");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Reminders> reminders = new AtomicReference<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closed;

    /** Builds and starts the reminders {@code delay} from now, on a thread of its own. */
    Background(Duration delay, java.util.function.Supplier<Reminders> make, Duration tick) {
        starter.schedule(() -> {
            synchronized (this) {
                if (closed) {
                    return;
                }
                Reminders r = make.get();
                r.start(tick);
                reminders.set(r);
                started.countDown();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once the schedulers run. */
    boolean started() {
        return started.getCount() == 0;
    }

    /** Waits up to {@code limit} for the schedulers to start; true if they did. */
    boolean awaitStarted(Duration limit) throws InterruptedException {
        return started.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        closed = true;
        starter.shutdownNow();
        Reminders r = reminders.get();
        if (r != null) {
            r.close();
        }
    }
}
