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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.caseload.Attention;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.WebApp;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.care.CaseloadAttention;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;

/**
 * Issue 31: a caseload of 200 opened through the real app on SQLite, side by side in one run: the
 * day's first opening (every person computed on the spot), openings with every row current, an
 * opening just after 50 of the 200 wrote (their rows shown as they were, refreshes queued), the
 * background refresh of those 50, and, for comparison, what the route did before stored attention
 * (200 assessments at every opening) with the assessments cached and not. Prints the figures, the
 * target and the load average. Usage: {@code CaseloadTiming [people] [openings]}.
 */
public final class CaseloadTiming {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CaseloadTiming() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int openings = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path folder = Files.createTempDirectory("plimsoll-caseload");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        System.out.printf("load average at the start: %s%n", loadAverage());
        try (Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db")), metrics)) {
            long[] ids = populate(database, people);
            Javalin app = WebApp.create(database, metrics, Clock.systemUTC(), "caseload",
                    new WebApp.Listen("127.0.0.1", 0), Optional.empty(),
                    org.plimsoll.web.reminder.Outbound.of(database, Clock.systemUTC(), Optional.empty(),
                            "http://127.0.0.1", new org.plimsoll.web.push.PushEndpoints(false)),
                    new WebApp.Edge(org.plimsoll.web.proxy.TrustedProxies.none(), Optional.empty()));
            app.start();
            try {
                CaseloadAttention attention = app.unsafe.appDataManager.get(CaseloadAttention.KEY);
                String url = "http://127.0.0.1:" + app.port() + "/api/v1/care/patients";
                HttpClient client = HttpClient.newHttpClient();

                AccountRepository accounts = new AccountRepository(database);
                // The route before stored attention (every opening assessed all 200) runs beside the new one,
                // on its own cache; its first pass also brings the JIT to the engine before the new cold opening.
                Snapshots before = new Snapshots(new HistoryRepository(database), Clock.systemUTC());
                double oldFirst = oldOpening(before, accounts, ids);
                double cold = open(client, url);
                double[] warm = new double[openings];
                for (int i = 0; i < openings; i++) {
                    warm[i] = open(client, url);
                }
                double[] oldWarm = new double[Math.min(openings, 5)];
                for (int i = 0; i < oldWarm.length; i++) {
                    oldWarm[i] = oldOpening(before, accounts, ids);
                }
                int writers = Math.min(50, people);
                for (int i = 0; i < writers; i++) {
                    long id = ids[i * people / writers];
                    database.inTransaction(handle -> AccountRepository.touch(handle, id));
                }
                double behind = open(client, url);
                long refreshStarted = System.nanoTime();
                if (!attention.awaitSettled(Duration.ofMinutes(5))) {
                    throw new IllegalStateException("the refreshes did not settle in 5 minutes");
                }
                double refresh = ms(refreshStarted);
                double after = open(client, url);
                double oldBehind = oldOpening(before, accounts, ids);
                double oldCold = oldOpening(new Snapshots(new HistoryRepository(database), Clock.systemUTC()), accounts,
                        ids);
                Arrays.sort(warm);
                Arrays.sort(oldWarm);
                System.out.printf("caseload of %d on SQLite, one instance, %d openings (HTTP, JSON, words)%n", people,
                        openings);
                System.out.printf("  first opening of the day, all computed on the spot:  %8.1f ms%n", cold);
                System.out.printf("  rows current: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", quantile(warm, 0.5),
                        quantile(warm, 0.99), warm[warm.length - 1]);
                System.out.printf("  just after %d people wrote (their rows shown, refreshes queued): %.1f ms%n",
                        writers, behind);
                System.out.printf("  the background refresh of those %d: %.1f ms; the next opening: %.1f ms%n", writers,
                        refresh, after);
                System.out.printf("the route before, %d assessments an opening (in process, no HTTP):%n", people);
                System.out.printf("  cache cold: %.1f ms (first pass, JIT cold), %.1f ms (last pass)%n", oldFirst, oldCold);
                System.out.printf("  cache warm: p50 %.1f ms; just after the same %d wrote: %.1f ms%n",
                        quantile(oldWarm, 0.5), writers, oldBehind);
                System.out.printf("ratios: just after writes %.3f of the route before; rows current %.2f of its warm cache%n",
                        behind / oldBehind, quantile(warm, 0.5) / quantile(oldWarm, 0.5));
                System.out.printf("target: a caseload of 200 p99 under 1 s under the load harness's mix (issue 31)%n");
                System.out.printf("load average at the end: %s%n", loadAverage());
            } finally {
                app.stop();
            }
        }
    }

    private static long[] populate(Database database, int people) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Map<Integer, History> byWeeks = new HashMap<>();
        AccountRepository accounts = new AccountRepository(database);
        HistoryRepository histories = new HistoryRepository(database);
        CareRepository care = new CareRepository(database);
        long clinician = accounts.create("clinician@load.example", "not-a-hash", now).orElseThrow().id();
        care.registerClinician(clinician, now);
        new TokenRepository(database).createApiToken(clinician, "caseload", Secrets.sha256("pls_caseload_clinician"), now);
        long[] ids = new long[people];
        for (int i = 0; i < people; i++) {
            int weeks = 2 + i % 11;
            long id = accounts.create("person" + i + "@load.example", "not-a-hash", now).orElseThrow().id();
            histories.append(id, byWeeks.computeIfAbsent(weeks, w -> DemoHistory.generate(yesterday, w, ZONE)), now);
            ids[i] = id;
        }
        database.inTransaction(handle -> {
            var batch = handle.prepareBatch(
                    "INSERT INTO care_links (patient_id, clinician_id, created_at) VALUES (:p, :c, :now)");
            for (long id : ids) {
                batch.bind("p", id).bind("c", clinician).bind("now", now).add();
            }
            return batch.execute();
        });
        System.out.printf("%d people with 2 to 12 weeks of history stored in %.1f s%n", people, ms(started) / 1000);
        return ids;
    }

    private static double open(HttpClient client, String url) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer pls_caseload_clinician").build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the caseload answered " + answer.statusCode() + ": " + answer.body());
        }
        return ms(started);
    }

    private static double oldOpening(Snapshots snapshots, AccountRepository accounts, long[] ids) {
        long started = System.nanoTime();
        List<Integer> ranks = new ArrayList<>();
        for (long id : ids) {
            Snapshot s = snapshots.of(accounts.findById(id).orElseThrow());
            ranks.add(Attention.of(s.assessment(), s.history(), s.today()).rank());
        }
        if (ranks.size() != ids.length) {
            throw new IllegalStateException("not every person was assessed");
        }
        return ms(started);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double ms(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
