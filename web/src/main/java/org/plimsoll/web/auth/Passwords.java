package org.plimsoll.web.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.plimsoll.web.problem.Problem;

/**
 * Argon2id password hashing with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). The
 * parameters travel inside each hash, so raising them later still verifies old hashes.
 *
 * <p>Each hash holds 19 MiB while it runs, so the hashes in flight are bounded for the whole
 * process (memory is the process's, which is why the bound is too): a quarter of the heap's
 * room, at most two per core. A hash that cannot start within {@link #WAIT} is refused with 429
 * and Retry-After, instead of an OutOfMemoryError for everyone (64 parallel sign-ups once gave 86
 * of 128 answers 500 on a 512 MB heap).
 */
public final class Passwords {
    public static final int MINIMUM_LENGTH = 10;
    static final int MEMORY_KIB = 19 * 1024;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(MEMORY_KIB, 2, 1, 32, Argon2.ID);
    public static final Duration WAIT = Duration.ofSeconds(2);
    public static final int IN_FLIGHT = inFlight(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    private static final Gate GATE = new Gate(IN_FLIGHT, WAIT);
    private static final java.util.concurrent.atomic.AtomicLong HASHES = new java.util.concurrent.atomic.AtomicLong();

    private Passwords() {
    }

    /** Hashes in flight for a heap of {@code maxHeapBytes}: a quarter of it in 19 MiB hashes, 1 to 2 per core. */
    static int inFlight(long maxHeapBytes, int cores) {
        long byMemory = maxHeapBytes / 4 / (MEMORY_KIB * 1024L);
        return (int) Math.max(1, Math.min(2L * cores, byMemory));
    }

    /** Hashes made since the process started: the operator's and the tests' view of Argon2 work done. */
    public static long hashesMade() {
        return HASHES.get();
    }

    public static String hash(String password) {
        HASHES.incrementAndGet();
        return GATE.run(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public static boolean matches(String password, String hash) {
        return GATE.run(() -> {
            try {
                return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** At most so many pieces of work at once; a caller that cannot start within the wait gets 429. */
    static final class Gate {
        private final Semaphore slots;
        private final Duration wait;

        Gate(int slots, Duration wait) {
            this.slots = new Semaphore(slots, true);
            this.wait = wait;
        }

        <T> T run(Supplier<T> work) {
            boolean acquired;
            try {
                acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                acquired = false;
            }
            if (!acquired) {
                throw new Problem(429, "Busy", "many people are signing in right now; try again in a few seconds",
                        java.util.List.of()).retryAfter(wait);
            }
            try {
                return work.get();
            } finally {
                slots.release();
            }
        }
    }

    /** Why a password is not acceptable, or empty when it is. */
    public static java.util.Optional<String> weakness(String password) {
        if (password.length() < MINIMUM_LENGTH) {
            return java.util.Optional.of("must be at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > 1000) {
            return java.util.Optional.of("must be at most 1000 characters");
        }
        return java.util.Optional.empty();
    }
}
