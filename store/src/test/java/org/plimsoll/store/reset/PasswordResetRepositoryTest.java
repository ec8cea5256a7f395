package org.plimsoll.store.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class PasswordResetRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    /** Issue 26: 20 parallel "forgot password" requests for one account made 6 links against a limit of 3. */
    @OnBothDatabases
    void threeLinksAnHourPerAccountHoldUnderTwentyParallelRequests(Database db) throws Exception {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        PasswordResetRepository resets = new PasswordResetRepository(db);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> made = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String hash = "h" + i;
                made.add(pool.submit(() -> {
                    start.await();
                    return resets.createWithin(ana, hash, NOW, NOW.plus(Duration.ofMinutes(30)), 3,
                            NOW.minus(Duration.ofHours(1)));
                }));
            }
            start.countDown();
            int links = 0;
            for (Future<Boolean> f : made) {
                links += f.get() ? 1 : 0;
            }
            assertThat(links).isEqualTo(3);
            assertThat(resets.madeSince(ana, NOW.minus(Duration.ofHours(1)))).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
