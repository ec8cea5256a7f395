package org.plimsoll.bench.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.token.ApiToken;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.auth.Secrets;

/**
 * The people and clinicians of a load run, stored through the store's own code: person i has
 * 2 + (i mod 11) weeks of demo history (two to twelve), clinician c a caseload of the next
 * {@code caseload} people from c × caseload on (wrapping round).
 *
 * <p>Storing is what made full-size runs impossible (a third of a second a person), so: the demo
 * generator runs once per length, not once per person (it asks the engine for a level every week);
 * the first person of each length (a model) is stored by the store's own code, and everyone else
 * is a copy of their model's rows ({@link StoredRows}), {@value #PEOPLE_PER_TRANSACTION} people to
 * a transaction, as JDBC batches, by several writers at once on PostgreSQL. The account row and the
 * API token are written as the repositories write them; the care links go in as one batch.
 */
public record Population(List<String> people, List<String> clinicians, double seconds) {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int FEWEST_WEEKS = 2;
    static final int MOST_WEEKS = 12;
    static final int PEOPLE_PER_TRANSACTION = 100;
    private static final String PASSWORD_HASH = "not-a-hash";

    /** A person's API token; the load authenticates with it as the app's API clients do. */
    static String personToken(int i) {
        return "pls_load_person_" + i;
    }

    static String clinicianToken(int c) {
        return "pls_load_clinician_" + c;
    }

    /** The tokens of a population stored earlier (a kept folder), without storing anything. */
    static Population kept(int people, int clinicians) {
        return new Population(tokens(people, Population::personToken), tokens(clinicians, Population::clinicianToken), 0);
    }

    /**
     * Stores the population; {@code deadline} (System.nanoTime) bounds it: past it, storing stops
     * with {@link OutOfTime} between two groups of people.
     */
    public static Population stored(Database database, int people, int clinicians, int caseload, int writers,
                                    long deadline, java.io.PrintStream out) throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Map<Integer, History> byWeeks = new ConcurrentHashMap<>();
        java.util.stream.IntStream.rangeClosed(FEWEST_WEEKS, MOST_WEEKS).parallel()
                .forEach(n -> byWeeks.put(n, DemoHistory.generate(yesterday, n, ZONE)));
        out.printf("  the demo histories of 2 to 12 weeks generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        AccountRepository accounts = new AccountRepository(database);
        HistoryRepository histories = new HistoryRepository(database);
        TokenRepository tokens = new TokenRepository(database);
        long[] personIds = new long[people];
        // The models: the first person of each length, stored by the store's own code.
        int models = Math.min(people, MOST_WEEKS - FEWEST_WEEKS + 1);
        StoredRows[] rows = new StoredRows[models];
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> modelsStored = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                int i = m;
                modelsStored.add(pool.submit(() -> database.inTransaction(handle -> {
                    long id = accounts.create(email(i), PASSWORD_HASH, now).orElseThrow(() -> new IllegalStateException(
                            "the load's people are already in this database")).id();
                    histories.append(id, byWeeks.get(weeks(i)), now);
                    tokens.createApiToken(id, "load", Secrets.sha256(personToken(i)), now);
                    personIds[i] = id;
                    return null;
                })));
            }
            waitFor(modelsStored);
        } catch (Exception e) {
            pool.shutdownNow();
            throw e;
        }
        Map<String, AtomicLong> nextIds = new HashMap<>();
        database.withHandle(handle -> {
            try {
                for (int i = 0; i < models; i++) {
                    rows[i] = StoredRows.of(handle.getConnection(), personIds[i]);
                }
                java.util.Set<String> tables = new java.util.TreeSet<>();
                for (StoredRows r : rows) {
                    tables.addAll(r.tablesWithIdsAndAccounts());
                }
                for (String table : tables) {
                    nextIds.put(table, new AtomicLong(handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)
                            .mapTo(Long.class).one()));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        out.printf("  %d model people stored through the store's code, %d rows for the longest, after %.1f s%n",
                models, rows[models - 1].rowCount(), (System.nanoTime() - started) / 1e9);
        AtomicInteger nextGroup = new AtomicInteger(models);
        StoringProgress progress = StoringProgress.start(people, out);
        progress.stored(models);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    for (int from = nextGroup.getAndAdd(PEOPLE_PER_TRANSACTION); from < people;
                         from = nextGroup.getAndAdd(PEOPLE_PER_TRANSACTION)) {
                        if (System.nanoTime() - deadline > 0) {
                            throw new OutOfTime("storing the people");
                        }
                        int first = from;
                        int last = Math.min(people, from + PEOPLE_PER_TRANSACTION);
                        database.inTransaction(handle -> {
                            copies(handle, first, last, personIds, rows, nextIds, now);
                            return null;
                        });
                        progress.stored(last - first);
                    }
                    return null;
                }));
            }
            waitFor(work);
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        if (database.kind() == Database.Kind.POSTGRESQL) {
            // Ids were given out here, not by the identity columns: move them on past the copies.
            database.withHandle(handle -> {
                nextIds.values().removeIf(last -> last.get() == 0);
                nextIds.forEach((table, last) -> handle.createQuery(
                                "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), :last)")
                        .bind("last", last.get()).mapTo(Long.class).one());
                return null;
            });
        }
        long[] clinicianIds = new long[clinicians];
        CareRepository care = new CareRepository(database);
        database.inTransaction(handle -> {
            for (int c = 0; c < clinicians; c++) {
                long id = accounts.create("clinician" + c + "@load.example", PASSWORD_HASH, now).orElseThrow().id();
                care.registerClinician(id, now);
                tokens.createApiToken(id, "load", Secrets.sha256(clinicianToken(c)), now);
                clinicianIds[c] = id;
            }
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
        return new Population(tokens(people, Population::personToken), tokens(clinicians, Population::clinicianToken),
                (System.nanoTime() - started) / 1e9);
    }

    private static void waitFor(List<Future<?>> work) throws Exception {
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    static int weeks(int person) {
        return FEWEST_WEEKS + person % (MOST_WEEKS - FEWEST_WEEKS + 1);
    }

    private static String email(int person) {
        return "person" + person + "@load.example";
    }

    /**
     * People {@code first} to {@code last} (exclusive) as copies of their model, in the caller's
     * transaction: the account row as {@link AccountRepository} writes it (with the model's
     * revision), the API token as {@link TokenRepository} writes it, and the model's rows.
     */
    private static void copies(org.jdbi.v3.core.Handle handle, int first, int last, long[] personIds, StoredRows[] rows,
                               Map<String, AtomicLong> nextIds, Instant now) {
        var newAccounts = handle.prepareBatch("""
                INSERT INTO accounts (id, email, password_hash, created_at, revision)
                VALUES (:id, :email, :hash, :now, :revision)""");
        var newTokens = handle.prepareBatch("""
                INSERT INTO api_tokens (account_id, name, scope, token_hash, created_at)
                VALUES (:account, :name, :scope, :hash, :now)""");
        Map<Integer, List<Long>> byModel = new HashMap<>();
        for (int i = first; i < last; i++) {
            int model = i % rows.length;
            long id = nextIds.get("accounts").incrementAndGet();
            personIds[i] = id;
            byModel.computeIfAbsent(model, m -> new ArrayList<>()).add(id);
            newAccounts.bind("id", id).bind("email", email(i)).bind("hash", PASSWORD_HASH)
                    .bind("now", TimeColumns.storable(now)).bind("revision", rows[model].revision()).add();
            newTokens.bind("account", id).bind("name", "load").bind("scope", ApiToken.Scope.FULL.code())
                    .bind("hash", Secrets.sha256(personToken(i))).bind("now", now).add();
        }
        newAccounts.execute();
        newTokens.execute();
        try {
            for (Map.Entry<Integer, List<Long>> e : byModel.entrySet()) {
                rows[e.getKey()].copyTo(handle.getConnection(), e.getValue().stream().mapToLong(Long::longValue).toArray(),
                        nextIds);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("copying the model people's rows: " + e.getMessage(), e);
        }
    }

    private static List<String> tokens(int n, java.util.function.IntFunction<String> token) {
        List<String> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(token.apply(i));
        }
        return List.copyOf(all);
    }

    /** The run's time bound passed during {@code step}. */
    static final class OutOfTime extends RuntimeException {
        OutOfTime(String step) {
            super("the time bound passed while " + step);
        }
    }
}
