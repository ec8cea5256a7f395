package org.plimsoll.bench;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.WebApp;
import org.plimsoll.web.auth.Secrets;

/**
 * The web app under a day's use, on SQLite, loopback only: many people, each with a generated
 * history, 64 clients. For each read endpoint, a run where one request in ten is a durable check-in
 * by a random person (so cached assessments go stale as in real use), the plan read-only for
 * comparison, check-ins alone, and raw SQLite single-row commits on the same disk, all in one run so
 * that their ratios hold on a busy machine.
 *
 * <pre>java -Xmx2g -cp bench/target/benchmarks.jar org.plimsoll.bench.DailyMixLoad [people] [weeks] [seconds]</pre>
 *
 * <p>{@code DailyMixLoad checkins [people] [seconds]} measures only durable check-ins (each with an
 * idempotency key, as phones send them) against raw SQLite single-row commits, taken in turns in one
 * run, and prints the ratio with its target.
 */
public final class DailyMixLoad {
    private static final int CLIENTS = 64;
    private static final double WRITE_SHARE = 0.1;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Turns of check-ins and raw commits in the check-in comparison. */
    private static final int ROUNDS = 4;
    /** Warm-up turns at most before the check-in comparison ({@link #warmUp}). */
    private static final int WARM_UP_TURNS = 8;

    /** A run's figures; {@code cpuNanos} is the CPU the whole process spent in it, {@code clientCpuNanos} the clients'. */
    private record Result(String name, long requests, long errors, double seconds, long[] nanos, long cpuNanos,
                          long clientCpuNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.round(p * (nanos.length - 1)))] / 1e6;
        }

        /**
         * The server's CPU (the process's less the clients' threads) per timed request, the writes' among the
         * reads included: unlike the rate, it does not depend on what else the machine runs.
         */
        double serverCpuMicros() {
            return requests == 0 ? 0 : (cpuNanos - clientCpuNanos) / 1e3 / requests;
        }

        String line() {
            return String.format("%-44s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  server CPU %.0f µs a request",
                    name, perSecond(), percentile(0.5), percentile(0.99), errors, serverCpuMicros());
        }
    }

    private DailyMixLoad() {
    }

    public static void main(String[] args) throws Exception {
        // Jetty and the pool log every request at DEBUG without a configuration: that would be measured.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        if (args.length > 0 && args[0].equals("checkins")) {
            checkIns(args.length > 1 ? Integer.parseInt(args[1]) : 200, args.length > 2 ? Integer.parseInt(args[2]) : 40);
            // The HTTP clients' threads would keep the JVM alive after the figures are printed.
            System.exit(0);
        }
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path folder = Files.createTempDirectory("plimsoll-load");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db")), metrics)) {
            long started = System.nanoTime();
            List<String> tokens = populate(database, people, weeks);
            System.out.printf("%d people with %d weeks of history each, stored in %.1f s%n", people, weeks,
                    (System.nanoTime() - started) / 1e9);
            Javalin app = serve(database, metrics);
            String base = "http://127.0.0.1:" + app.port();
            try {
                run(base, tokens, seconds);
                System.out.println(cacheLines(base));
            } finally {
                app.stop();
            }
        }
        System.out.println(rawCommits(folder.resolve("raw.db"), seconds).line());
        System.exit(0);
    }

    private static Javalin serve(Database database, PrometheusMeterRegistry metrics) {
        Javalin app = WebApp.create(database, metrics, Clock.systemUTC(), "load",
                new WebApp.Listen("127.0.0.1", 0), Optional.empty(),
                org.plimsoll.web.reminder.Outbound.of(database, Clock.systemUTC(), Optional.empty(),
                        "http://127.0.0.1", new org.plimsoll.web.push.PushEndpoints(false)),
                new WebApp.Edge(org.plimsoll.web.proxy.TrustedProxies.none(), Optional.of("load-metrics")));
        return app.start();
    }

    /**
     * Durable check-ins by 64 clients against raw single-row commits on the same disk, in turns (an
     * eighth of the time each, four times), so that a change in the machine's load falls on both alike.
     */
    private static void checkIns(int people, int seconds) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path folder = Files.createTempDirectory("plimsoll-checkins");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        int turn = Math.max(1, seconds / (2 * ROUNDS));
        long checkIns = 0;
        long raw = 0;
        long checkInCpu = 0;
        long clientCpu = 0;
        long rawCpu = 0;
        long committerCpu = 0;
        try (Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db")), metrics)) {
            List<String> tokens = populate(database, people, 1);
            Javalin app = serve(database, metrics);
            String base = "http://127.0.0.1:" + app.port();
            try {
                warmUp(base, tokens, folder.resolve("raw.db"));
                long compiling = CpuTime.compilingMillis();
                for (int round = 0; round < ROUNDS; round++) {
                    long committerBefore = CpuTime.committerNanos();
                    Result served = load("check-ins", base, tokens, turn, null, 1);
                    committerCpu += CpuTime.committerNanos() - committerBefore;
                    checkIns += served.requests();
                    checkInCpu += served.cpuNanos();
                    clientCpu += served.clientCpuNanos();
                    Result written = rawCommits(folder.resolve("raw.db"), turn);
                    raw += written.requests();
                    rawCpu += written.cpuNanos();
                }
                System.out.printf("JIT compilation during the measured turns: %d ms%n", CpuTime.compilingMillis() - compiling);
                Database.GroupCommits groups = database.groupCommits();
                System.out.printf("group commit: %d writes in %d commits (%.1f a commit)%n", groups.writes(),
                        groups.commits(), groups.writes() / (double) Math.max(1, groups.commits()));
            } finally {
                app.stop();
            }
        }
        double ours = checkIns / ((double) ROUNDS * turn);
        double theirs = raw / ((double) ROUNDS * turn);
        System.out.printf("check-ins/s %.0f, raw commits/s %.0f, ratio %.2f (target 0.5)%n", ours, theirs,
                ours / theirs);
        // CPU per operation holds still on a busy machine where the rates swing with the others' load.
        System.out.printf("CPU per check-in %.0f µs (server %.0f, clients %.0f), per raw commit %.0f µs%n",
                checkInCpu / 1e3 / checkIns, (checkInCpu - clientCpu) / 1e3 / checkIns, clientCpu / 1e3 / checkIns,
                rawCpu / 1e3 / raw);
        // The one thread every check-in passes through: while it runs a group's units the disk waits.
        System.out.printf("committer thread: %.0f µs of CPU a check-in, busy %.0f%% of the check-in turns%n",
                committerCpu / 1e3 / checkIns, 100 * committerCpu / 1e9 / (ROUNDS * turn));
    }

    /**
     * Both sides in turns until the JIT compiler has settled: while it compiles, its threads' CPU counts as
     * the check-ins' (after the 3 s this used to take it still compiled thousands of methods, seconds of
     * compiler time in each turn, for another half minute). A turn of 5 s each until the compiler took under
     * 50 ms of the check-ins' turn (half a percent of two cores), at most eight.
     */
    private static void warmUp(String base, List<String> tokens, Path raw) throws Exception {
        for (int turn = 1; turn <= WARM_UP_TURNS; turn++) {
            long compiling = CpuTime.compilingMillis();
            Result served = load("warm-up", base, tokens, 5, null, 1);
            long compiled = CpuTime.compilingMillis() - compiling;
            rawCommits(raw, 5);
            System.out.printf("warm-up %d: %d check-ins, JIT compilation %d ms in the check-ins' 5 s%n", turn,
                    served.requests(), compiled);
            if (compiled < 50) {
                return;
            }
        }
    }

    private static void run(String base, List<String> tokens, int seconds) throws Exception {
        load("warm-up: every endpoint, writes 10%", base, tokens, 5, "/api/v1/plan", WRITE_SHARE);
        load("warm-up", base, tokens, 3, "/api/v1/today", WRITE_SHARE);
        List<Result> results = new ArrayList<>();
        results.add(load("GET /api/v1/me, writes 10%", base, tokens, seconds, "/api/v1/me", WRITE_SHARE));
        results.add(load("GET /api/v1/today, writes 10%", base, tokens, seconds, "/api/v1/today", WRITE_SHARE));
        results.add(load("GET /api/v1/plan, writes 10%", base, tokens, seconds, "/api/v1/plan", WRITE_SHARE));
        results.add(load("GET /api/v1/plan, read-only", base, tokens, seconds, "/api/v1/plan", 0));
        results.add(load("POST /api/v1/checkins (durable), alone", base, tokens, seconds, null, 1));
        results.forEach(r -> System.out.println(r.line()));
        System.out.printf("/plan under writes: %.1f%% of read-only (target 50%%)%n",
                100 * results.get(2).perSecond() / results.get(3).perSecond());
        System.out.printf("/plan server CPU a read: %.0f µs under writes (the writes' included), %.0f read-only%n",
                results.get(2).serverCpuMicros(), results.get(3).serverCpuMicros());
    }

    private static List<String> populate(Database database, int people, int weeks) {
        AccountRepository accounts = new AccountRepository(database);
        HistoryRepository histories = new HistoryRepository(database);
        TokenRepository tokenStore = new TokenRepository(database);
        Instant now = Instant.now();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long id = accounts.create("person" + i + "@load.example", "not-a-hash", now).orElseThrow().id();
            histories.append(id, DemoHistory.generate(yesterday, weeks, ZONE), now);
            String token = "pls_load_" + i;
            tokenStore.createApiToken(id, "load", Secrets.sha256(token), now);
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * 64 clients for {@code seconds}: each request is a check-in by a random person with the given
     * share, else a GET of {@code path} (timed) by a random person.
     */
    private static Result load(String name, String base, List<String> tokens, int seconds, String path,
                               double writeShare) throws Exception {
        URI server = URI.create(base);
        long cpuBefore = CpuTime.processNanos();
        java.util.concurrent.atomic.AtomicLong clientCpu = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<long[]>> timings = new ArrayList<>();
        long[] errors = new long[1];
        for (int c = 0; c < CLIENTS; c++) {
            timings.add(clients.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long ownCpuBefore = CpuTime.currentThreadNanos();
                LoopbackClient client = new LoopbackClient(server.getHost(), server.getPort());
                while (System.nanoTime() < end) {
                    String token = tokens.get(random.nextInt(tokens.size()));
                    boolean write = path == null || random.nextDouble() < writeShare;
                    String headers = "Authorization: Bearer " + token + "\r\n";
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = write
                                ? client.send("POST", "/api/v1/checkins", headers
                                        + "Content-Type: application/json\r\nIdempotency-Key: "
                                        + java.util.UUID.randomUUID() + "\r\n",
                                        "{\"window\":\"DAILY\",\"pain\":" + random.nextInt(4) + "}")
                                : client.send("GET", path, headers, null);
                    } catch (java.io.IOException e) {
                        client.close();
                        status = 599;
                    }
                    long took = System.nanoTime() - t0;
                    if (status >= 300) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                    if (write == (path == null)) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                    }
                }
                client.close();
                clientCpu.addAndGet(CpuTime.currentThreadNanos() - ownCpuBefore);
                return Arrays.copyOf(mine, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : timings) {
            long[] part = f.get();
            long[] joined = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, joined, all.length, part.length);
            all = joined;
        }
        clients.shutdown();
        Arrays.sort(all);
        return new Result(name, all.length, errors[0], seconds, all, CpuTime.processNanos() - cpuBefore, clientCpu.get());
    }

    private static String cacheLines(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String body = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .header("Authorization", "Bearer load-metrics").build(), HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder lines = new StringBuilder("metrics after the run:\n");
        body.lines().filter(l -> l.startsWith("plimsoll_")).forEach(l -> lines.append("  ").append(l).append('\n'));
        return lines.toString();
    }

    /** Single-row INSERTs, each its own commit, on one connection, WAL with synchronous=FULL: the disk's pace. */
    private static Result rawCommits(Path file, int seconds) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement setup = connection.createStatement()) {
            setup.execute("PRAGMA journal_mode=WAL");
            setup.execute("PRAGMA synchronous=FULL");
            setup.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, pain INTEGER, at TEXT)");
            long cpuBefore = CpuTime.processNanos();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rows (pain, at) VALUES (?, ?)")) {
                while (System.nanoTime() < end) {
                    insert.setInt(1, (int) (count % 11));
                    insert.setString(2, Instant.now().toString());
                    insert.executeUpdate();
                    count++;
                }
            }
            return new Result("raw SQLite single-row commits, one connection", count, 0, seconds, new long[0],
                    CpuTime.processNanos() - cpuBefore, 0);
        }
    }
}
