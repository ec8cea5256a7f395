package org.plimsoll.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.plimsoll.web.problem.Problem;

/** The bound on Argon2id hashes in flight (docs/security.md): sized from the heap, refusing with 429 when full. */
class PasswordsTest {

    @Test
    void hashesInFlightAreAQuarterOfTheHeapInNineteenMebibyteHashesAtMostTwoPerCore() {
        long mib = 1024L * 1024;
        assertThat(Passwords.inFlight(512 * mib, 2)).isEqualTo(4); // 128 MiB / 19 MiB = 6, two cores allow 4
        assertThat(Passwords.inFlight(256 * mib, 8)).isEqualTo(3); // 64 MiB / 19 MiB = 3
        assertThat(Passwords.inFlight(32 * mib, 8)).isEqualTo(1); // never none
    }

    @Test
    void aHashThatCannotStartInTimeIsRefusedWith429AndRetryAfter() throws Exception {
        Passwords.Gate gate = new Passwords.Gate(1, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        started.await();
        assertThatThrownBy(() -> gate.run(() -> "second")).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(429);
            assertThat(p.retryAfterSeconds()).isPresent();
        });
        release.countDown();
        assertThat(holder.get()).isEqualTo("first");
        assertThat(gate.run(() -> "third")).isEqualTo("third");
    }
}
