package org.plimsoll.bench.load;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * loopback (scripts/load runs it; docs/benchmarks.md tables it): stores the people and clinicians,
 * starts the instances, runs the mix for a fixed time, and prints per route throughput, p50, p99
 * and errors, and per instance resident memory.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.plimsoll.bench.load.PopulationLoad
 *     --store sqlite|postgres --people N --instances N --seconds N --jar app/target/plimsoll.jar
 *     [--clients 64] [--clinicians 50] [--caseload 200] [--caseload-share 0.02] [--writers N]</pre>
 */
public final class PopulationLoad {
    private PopulationLoad() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> o = options(args);
        String store = o.getOrDefault("store", "sqlite");
        if (!store.equals("sqlite") && !store.equals("postgres")) {
            throw new IllegalArgumentException("--store must be sqlite or postgres, was " + store);
        }
        int people = Integer.parseInt(o.getOrDefault("people", store.equals("sqlite") ? "1000" : "10000"));
        int instances = Integer.parseInt(o.getOrDefault("instances", store.equals("sqlite") ? "1" : "2"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "180"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "64"));
        int clinicians = Integer.parseInt(o.getOrDefault("clinicians", "50"));
        int caseload = Integer.parseInt(o.getOrDefault("caseload", "200"));
        double caseloadShare = Double.parseDouble(o.getOrDefault("caseload-share", "0.02"));
        int writers = Integer.parseInt(o.getOrDefault("writers", store.equals("sqlite") ? "1" : "4"));
        Path jar = Path.of(o.getOrDefault("jar", "app/target/plimsoll.jar")).toAbsolutePath();
        List<String> javaOptions = List.of(o.getOrDefault("java-options",
                "-XX:+UseSerialGC -Xms16m -Xmx512m -Xss512k").split(" "));
        if (instances > 1 && store.equals("sqlite")) {
            throw new IllegalArgumentException("several instances need PostgreSQL: one SQLite file has one server");
        }

        Path folder = Files.createTempDirectory("plimsoll-load");
        EmbeddedPostgres postgres = store.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try {
            DatabaseSettings settings;
            Map<String, String> dbEnv = new HashMap<>();
            String url;
            if (postgres == null) {
                settings = DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db"));
                url = settings.jdbcUrl();
            } else {
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE plimsoll_load");
                }
                url = postgres.getJdbcUrl("postgres", "plimsoll_load");
                settings = DatabaseSettings.postgres(url, Optional.of("postgres"), Optional.empty());
                dbEnv.put("PLIMSOLL_DB_USER", "postgres");
            }
            Population population;
            try (Database database = Database.open(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
                population = Population.stored(database, people, clinicians, caseload, writers);
            }
            System.out.printf("%s: %,d people (2–12 weeks of demo history each) and %d clinicians with %d each, "
                    + "stored in %.0f s by %d writer(s)%n", store, people, clinicians, caseload, population.seconds(),
                    writers);
            List<ServedInstance> served = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    served.add(ServedInstance.start(jar, freePort(), folder.resolve("instance-" + i), url, dbEnv,
                            javaOptions));
                }
                List<String> bases = served.stream().map(s -> s.base).toList();
                Duration warmUp = Duration.ofSeconds(Math.max(5, Math.min(30, seconds / 6)));
                DailyMix.run(bases, population, clients, caseloadShare, warmUp);
                List<DailyMix.Figures> figures = DailyMix.run(bases, population, clients, caseloadShare,
                        Duration.ofSeconds(seconds));
                System.out.println(table(store, people, instances, clients, seconds, caseload, figures));
                for (int i = 0; i < served.size(); i++) {
                    long[] rss = served.get(i).rssMegabytes();
                    System.out.printf("instance %d: RSS %d MB at the end, %d MB at its peak%n", i + 1, rss[0], rss[1]);
                }
            } finally {
                for (ServedInstance s : served) {
                    s.close();
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    static String table(String store, int people, int instances, int clients, int seconds, int caseload,
                        List<DailyMix.Figures> figures) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n%s, %,d people, %d instance(s), %d clients, %d s, caseloads of %d%n%n| route | requests | requests/s | p50 | p99 "
                        + "| errors |%n|---|---|---|---|---|---|%n", store, people, instances, clients, seconds, caseload));
        for (DailyMix.Figures f : figures) {
            out.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f | %.0f ms | %.0f ms | %d |%n", f.route().label,
                    f.requests(), f.perSecond(), f.percentileMs(0.50), f.percentileMs(0.99), f.errors()));
        }
        DailyMix.Figures me = figures.get(DailyMix.Route.ME.ordinal());
        for (DailyMix.Route r : List.of(DailyMix.Route.TODAY, DailyMix.Route.PLAN)) {
            DailyMix.Figures f = figures.get(r.ordinal());
            if (me.requests() > 0 && f.requests() > 0) {
                out.append(String.format(Locale.ROOT, "%n%s: %.0f%% of /me's requests/s, p99 %.1f × /me's", r.label,
                        100 * f.perSecond() / me.perSecond(), f.percentileMs(0.99) / me.percentileMs(0.99)));
            }
        }
        return out.append('\n').toString();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options come as --name value; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
