package org.plimsoll.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;

/**
 * The shared commit's thread alone, without HTTP: 64 writers store check-ins under idempotency keys
 * through {@code HistoryRepository.write}, as the check-in route does, in turns of 5 s; it prints, per
 * turn, the committer thread's CPU per check-in and the group size. HTTP, JSON and the sign-in are
 * left out, so the figure is the part of a check-in that runs on the one thread every writer waits for.
 * <pre>java -cp bench/target/benchmarks.jar org.plimsoll.bench.CommitterCost 6</pre> (turns)
 */
public final class CommitterCost {
    private static final int WRITERS = 64;

    private CommitterCost() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path folder = Files.createTempDirectory("plimsoll-committer");
        try (Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db")),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            AccountRepository accounts = new AccountRepository(database);
            HistoryRepository histories = new HistoryRepository(database);
            Instant now = Instant.now();
            List<Long> people = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                people.add(accounts.create("person" + i + "@committer.example", "not-a-hash", now).orElseThrow().id());
            }
            LocalDate today = LocalDate.now();
            for (int turn = 1; turn <= turns; turn++) {
                Database.GroupCommits before = database.groupCommits();
                long committerBefore = CpuTime.committerNanos();
                AtomicLong written = new AtomicLong();
                long end = System.nanoTime() + 5_000_000_000L;
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    done.add(writers.submit(() -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        while (System.nanoTime() < end) {
                            int pain = random.nextInt(4);
                            histories.write(people.get(random.nextInt(people.size())), Instant.now(),
                                    Optional.of(new IdempotencyKey(UUID.randomUUID().toString(), "request " + pain)),
                                    writes -> new Answer(201, writes.addCheckIn(CheckIn.daily("new", today, pain)).id()));
                            written.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                writers.shutdown();
                long committer = CpuTime.committerNanos() - committerBefore;
                Database.GroupCommits after = database.groupCommits();
                long commits = after.commits() - before.commits();
                System.out.printf("turn %d: %d check-ins in %d commits (%.1f a commit), committer %.1f µs of CPU a check-in%n",
                        turn, written.get(), commits, written.get() / (double) Math.max(1, commits),
                        committer / 1e3 / written.get());
            }
        }
        System.exit(0);
    }
}
