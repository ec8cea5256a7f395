package org.plimsoll.bench.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.auth.Secrets;

/**
 * The people and clinicians of a load run, stored through the store's own code: person i has
 * 2 + (i mod 11) weeks of demo history (two to twelve), clinician c a caseload of the next
 * {@code caseload} people from c × caseload on (wrapping round). Each person's history is one
 * transaction; the demo generator runs once per length, not once per person (it asks the engine
 * for a level every week, which made storing 1,000 people take minutes), and people are stored by
 * several writers at once; the care links go in as one batch.
 */
public record Population(List<String> people, List<String> clinicians, double seconds) {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int FEWEST_WEEKS = 2;
    static final int MOST_WEEKS = 12;

    /** A person's API token; the load authenticates with it as the app's API clients do. */
    static String personToken(int i) {
        return "pls_load_person_" + i;
    }

    static String clinicianToken(int c) {
        return "pls_load_clinician_" + c;
    }

    public static Population stored(Database database, int people, int clinicians, int caseload, int writers)
            throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Map<Integer, History> byWeeks = new ConcurrentHashMap<>();
        java.util.stream.IntStream.rangeClosed(FEWEST_WEEKS, MOST_WEEKS).parallel()
                .forEach(n -> byWeeks.put(n, DemoHistory.generate(yesterday, n, ZONE)));
        System.out.printf("  the demo histories of 2 to 12 weeks generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        AccountRepository accounts = new AccountRepository(database);
        HistoryRepository histories = new HistoryRepository(database);
        TokenRepository tokens = new TokenRepository(database);
        long[] personIds = new long[people];
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> work = new ArrayList<>();
            AtomicLong done = new AtomicLong();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = writer; i < people; i += writers) {
                        int weeks = FEWEST_WEEKS + i % (MOST_WEEKS - FEWEST_WEEKS + 1);
                        History history = byWeeks.get(weeks);
                        long id = accounts.create("person" + i + "@load.example", "not-a-hash", now).orElseThrow().id();
                        histories.append(id, history, now);
                        tokens.createApiToken(id, "load", Secrets.sha256(personToken(i)), now);
                        personIds[i] = id;
                        long n = done.incrementAndGet();
                        if (n % 1000 == 0) {
                            System.out.printf("  %,d people stored, %.0f s%n", n, (System.nanoTime() - started) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        CareRepository care = new CareRepository(database);
        long[] clinicianIds = new long[clinicians];
        for (int c = 0; c < clinicians; c++) {
            long id = accounts.create("clinician" + c + "@load.example", "not-a-hash", now).orElseThrow().id();
            care.registerClinician(id, now);
            tokens.createApiToken(id, "load", Secrets.sha256(clinicianToken(c)), now);
            clinicianIds[c] = id;
        }
        database.inTransaction(handle -> {
            var batch = handle.prepareBatch(
                    "INSERT INTO care_links (patient_id, clinician_id, created_at) VALUES (:p, :c, :now)");
            for (int c = 0; c < clinicians; c++) {
                for (int k = 0; k < caseload; k++) {
                    batch.bind("p", personIds[(c * caseload + k) % people]).bind("c", clinicianIds[c])
                            .bind("now", now).add();
                }
            }
            return batch.execute();
        });
        List<String> personTokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            personTokens.add(personToken(i));
        }
        List<String> clinicianTokens = new ArrayList<>();
        for (int c = 0; c < clinicians; c++) {
            clinicianTokens.add(clinicianToken(c));
        }
        return new Population(Collections.unmodifiableList(personTokens), List.copyOf(clinicianTokens),
                (System.nanoTime() - started) / 1e9);
    }
}
