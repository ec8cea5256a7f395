package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** Instances started at once with --demo on one empty database (docs/security.md): one creates it, none dies. */
class DemoRaceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @OnBothDatabases
    void fourInstancesCreatingTheDemoAtOnceMakeItExactlyOnce(Database db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> created = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                created.add(pool.submit(() -> {
                    go.await();
                    return Demo.ensure(db, CLOCK, 2);
                }));
            }
            go.countDown();
            int made = 0;
            for (Future<Boolean> f : created) {
                made += f.get() ? 1 : 0; // a failure would throw here
            }
            assertThat(made).isEqualTo(1);
            var account = new AccountRepository(db).findByEmail(Demo.EMAIL).orElseThrow();
            assertThat(new SessionRepository(db).list(account.id())).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
