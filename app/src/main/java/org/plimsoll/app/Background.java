package org.plimsoll.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.plimsoll.web.reminder.Reminders;

/**
 * The server's background services (the reminders, and the Web Push key they sign with), started
 * once the server has answered its first {@code /healthz}: their first tick queries the database
 * and loads classes, which would otherwise compete with start-up and the first requests on a cold
 * JVM. A server nobody probes starts them anyway, {@link #FALLBACK} after it
 * was built, so reminders are never lost for want of a load balancer.
 */
final class Background implements AutoCloseable {
    /** How long the services wait for a first {@code /healthz} before they start regardless. */
    static final Duration FALLBACK = Duration.ofSeconds(10);

    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plimsoll-background-start");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<Reminders> make;
    private final Duration tick;
    private final AtomicBoolean asked = new AtomicBoolean();
    private final AtomicReference<Reminders> reminders = new AtomicReference<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closed;

    /** Starts the services built by {@code make} on {@link #begin()}, or {@code fallback} from now. */
    Background(Duration fallback, Supplier<Reminders> make, Duration tick) {
        this.make = make;
        this.tick = tick;
        starter.schedule(this::start, fallback.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The server has answered its first {@code /healthz}: start now, on the services' own thread. */
    void begin() {
        if (!asked.get() && !closed) {
            try {
                starter.execute(this::start);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // Closed meanwhile: nothing to start.
            }
        }
    }

    private void start() {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            Reminders r = make.get();
            r.start(tick);
            reminders.set(r);
            started.countDown();
        }
    }

    /** True once the services run. */
    boolean started() {
        return started.getCount() == 0;
    }

    /** Waits up to {@code limit} for the services to start; true if they did. */
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
