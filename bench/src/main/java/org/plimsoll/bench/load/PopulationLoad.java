package org.plimsoll.bench.load;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;

/**
 * The daily mix of a realistic population against real {@code plimsoll serve} processes on
 * loopback (scripts/load runs it; docs/benchmarks.md tables it): stores the people and clinicians
 * (or finds them in a kept folder), starts the instances, runs the mix for a fixed time, and prints
 * per route throughput, p50, p99 and errors, per instance resident memory, and the targets
 * with the measured figure and whether each is met. The whole run is bounded in time.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.plimsoll.bench.load.PopulationLoad
 *     --store sqlite|postgres --people N --instances N --seconds N --jar app/target/plimsoll.jar
 *     [--clients 64] [--clinicians 50] [--caseload 200] [--caseload-share 0.02] [--writers N]
 *     [--keep DIR] [--max-minutes 10]</pre>
 */
public final class PopulationLoad {
    private PopulationLoad() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("PopulationLoad: " + e.getMessage());
            System.exit(2);
            return;
        }
        Cleanup cleanup = new Cleanup();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DailyMix.stopAll();
            cleanup.run();
        }, "load-cleanup"));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (options.deadline() - System.nanoTime()) / 1_000_000));
                System.err.printf("%nPopulationLoad: the time bound of %d min passed before the run ended; stopping "
                        + "(raise --max-minutes, or lower --duration or the number of people)%n", options.maxMinutes());
                System.exit(3);
            } catch (InterruptedException finished) {
                // the run ended in time
            }
        }, "load-time-bound");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            run(options, cleanup, System.out);
        } catch (Population.OutOfTime | StoredFolder.Unusable e) {
            System.err.println("PopulationLoad: " + e.getMessage());
            System.exit(3);
        } finally {
            watchdog.interrupt();
            cleanup.run();
        }
    }

    /**
     * One store's run; everything it starts is registered with {@code cleanup}, which the caller
     * runs. Null when it was stopped (Ctrl-C) before its end.
     */
    static Verdict run(LoadOptions o, Cleanup cleanup, PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("plimsoll-load");
        cleanup.add(() -> StoredFolder.delete(work));
        Optional<StoredFolder> kept = o.keep().map(dir -> new StoredFolder(dir, o));
        boolean alreadyStored = kept.isPresent() && kept.get().holdsPopulation();
        if (kept.isPresent()) {
            Files.createDirectories(kept.get().folder());
        }
        EmbeddedPostgres postgres = null;
        if (o.store().equals("postgres")) {
            postgres = startPostgres(kept);
            EmbeddedPostgres started = postgres;
            cleanup.add(started::close);
        }
        DatabaseSettings settings;
        Map<String, String> dbEnv = new HashMap<>();
        if (postgres == null) {
            Path file = kept.map(StoredFolder::sqliteFile).orElse(work.resolve("plimsoll.db"));
            settings = DatabaseSettings.sqliteFile(file);
        } else {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                ResultSet exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'plimsoll_load'");
                if (!exists.next()) {
                    s.execute("CREATE DATABASE plimsoll_load");
                }
            }
            settings = DatabaseSettings.postgres(postgres.getJdbcUrl("postgres", "plimsoll_load"),
                    Optional.of("postgres"), Optional.empty());
            dbEnv.put("PLIMSOLL_DB_USER", "postgres");
        }
        Population population = populate(o, settings, kept, alreadyStored, out);
        // A sixth of the run, 5 to 30 s; a run shorter than 5 s (the harness's own test) warms up as long as it runs.
        Duration warmUp = Duration.ofSeconds(Math.max(Math.min(5, o.seconds()), Math.min(30, o.seconds() / 6)));
        long needed = warmUp.toSeconds() + o.seconds() + 30L * o.instances();
        long left = (o.deadline() - System.nanoTime()) / 1_000_000_000L;
        if (left < needed) {
            throw new Population.OutOfTime(String.format(Locale.ROOT, "starting: %d s of the %d min bound are left, "
                    + "and start-up, the warm-up and the run need about %d s", left, o.maxMinutes(), needed));
        }
        List<ServedInstance> served = new ArrayList<>();
        for (int i = 0; i < o.instances(); i++) {
            ServedInstance instance = ServedInstance.start(o.launch(), freePort(), work.resolve("instance-" + i),
                    settings.jdbcUrl(), dbEnv, o.javaOptions());
            served.add(instance);
            cleanup.add(instance::close);
        }
        List<String> bases = served.stream().map(s -> s.base).toList();
        out.printf("%d instance(s) serving; opening each caseload once (its people's attention computed, as "
                + "their writes would have)%n", o.instances());
        DailyMix.primeCaseloads(bases, population, out);
        out.printf("warming up for %d s, then measuring for %d s%n",
                warmUp.toSeconds(), o.seconds());
        DailyMix.run(bases, population, o.clients(), o.caseloadShare(), warmUp);
        List<Map<String, Double>> before = new ArrayList<>();
        for (String base : bases) {
            before.add(InstanceWaits.read(base));
        }
        List<DailyMix.Figures> figures = DailyMix.run(bases, population, o.clients(), o.caseloadShare(),
                Duration.ofSeconds(o.seconds()));
        if (DailyMix.stopped()) {
            out.println("stopped before the end of the run: no figures");
            return null;
        }
        out.println(table(o, figures));
        List<Long> peaks = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            long[] rss = served.get(i).rssMegabytes();
            peaks.add(rss[1]);
            out.printf("instance %d: RSS %d MB at the end, %d MB at its peak%n", i + 1, rss[0], rss[1]);
            out.printf("  waits: %s%n", new InstanceWaits(before.get(i), InstanceWaits.read(bases.get(i))).line());
        }
        Verdict verdict = Verdict.of(figures, peaks, o.caseload());
        out.printf("%nThe issue's targets, %s, %,d people, %d instance(s):%n%n%s", o.store(), o.people(), o.instances(),
                verdict.table());
        return verdict;
    }

    private static EmbeddedPostgres startPostgres(Optional<StoredFolder> kept) throws java.io.IOException {
        // Loopback only; a kept folder keeps its data directory, which a later run starts again.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (kept.isPresent()) {
            builder.setDataDirectory(kept.get().postgresFolder()).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    private static Population populate(LoadOptions o, DatabaseSettings settings, Optional<StoredFolder> kept,
                                       boolean alreadyStored, PrintStream out) throws Exception {
        if (alreadyStored) {
            out.printf("%s: %,d people and %d clinicians with %d each, kept in %s since %s: not stored again%n",
                    o.store(), o.people(), o.clinicians(), o.caseload(), kept.get().folder(), kept.get().storedOn());
            return Population.kept(o.people(), o.clinicians());
        }
        out.printf("%s: storing %,d people (2–12 weeks of demo history each) and %d clinicians with %d each, "
                + "%d writer(s)%n", o.store(), o.people(), o.clinicians(), o.caseload(), o.writers());
        Population population;
        // pgjdbc sends a batch of inserts as multi-row inserts only when asked; the instances keep the plain URL.
        DatabaseSettings storing = settings.kind() == Database.Kind.SQLITE ? settings
                : DatabaseSettings.postgres(settings.jdbcUrl() + (settings.jdbcUrl().contains("?") ? "&" : "?")
                        + "reWriteBatchedInserts=true", settings.user(), settings.password());
        try (Database database = Database.open(storing, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            population = Population.stored(database, o.people(), o.clinicians(), o.caseload(), o.writers(),
                    o.deadline(), out);
        }
        kept.ifPresent(StoredFolder::markStored);
        out.printf("%s: stored in %.0f s, %.0f people/s%n", o.store(), population.seconds(),
                o.people() / population.seconds());
        return population;
    }

    static String table(LoadOptions o, List<DailyMix.Figures> figures) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n%s, %,d people, %d instance(s), %d clients, %d s, caseloads of %d%n%n| route | requests | requests/s "
                        + "| mean | p50 | p99 | errors |%n|---|---|---|---|---|---|---|%n", o.store(), o.people(),
                o.instances(), o.clients(), o.seconds(), o.caseload()));
        for (DailyMix.Figures f : figures) {
            out.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f | %.0f ms | %.0f ms | %.0f ms | %d |%n",
                    f.route().label, f.requests(), f.perSecond(), f.meanMs(), f.percentileMs(0.50),
                    f.percentileMs(0.99), f.errors()));
        }
        return out.toString();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
