package org.plimsoll.bench.load;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A line every few seconds while people are stored (how many, how fast, how long still to go): a
 * silent step of minutes looks hung.
 */
final class StoringProgress implements AutoCloseable {
    private static final long EVERY_SECONDS = 5;
    private final int people;
    private final java.io.PrintStream out;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storing-progress");
        t.setDaemon(true);
        return t;
    });

    private StoringProgress(int people, java.io.PrintStream out) {
        this.people = people;
        this.out = out;
    }

    static StoringProgress start(int people, java.io.PrintStream out) {
        StoringProgress progress = new StoringProgress(people, out);
        progress.clock.scheduleAtFixedRate(() -> out.println(progress.line()), EVERY_SECONDS, EVERY_SECONDS,
                TimeUnit.SECONDS);
        return progress;
    }

    void stored(int more) {
        done.addAndGet(more);
    }

    String line() {
        long n = done.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = n / seconds;
        String left = n == 0 ? "time left not known yet"
                : String.format("about %.0f s left", (people - n) / rate);
        return String.format("  %,d of %,d people stored (%.0f%%) in %.0f s, %.0f people/s, %s",
                n, people, 100.0 * n / people, seconds, rate, left);
    }

    /** People per second over the whole step. */
    double rate() {
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        out.println(line().replace(", about 0 s left", ""));
    }
}
