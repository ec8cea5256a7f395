package org.plimsoll.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.auth.Secrets;

/** The load harness at a tiny size: what it stores is what the app stores, and a run ends with the verdict. */
class PopulationLoadTest {
    @TempDir
    Path folder;

    @Test
    void aPersonStoredAsACopyHasTheirModelsHistoryRevisionAndToken() throws Exception {
        try (Database database = Database.open(DatabaseSettings.sqliteFile(folder.resolve("plimsoll.db")),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            Population.stored(database, 30, 2, 10, 1, System.nanoTime() + 600_000_000_000L, System.out);
            AccountRepository accounts = new AccountRepository(database);
            HistoryRepository histories = new HistoryRepository(database);
            // Person 2 has 4 weeks and was stored by the store's own code; persons 13 and 24 are copies of them.
            Account model = accounts.findByEmail("person2@load.example").orElseThrow();
            History modelHistory = histories.load(model.id());
            assertThat(modelHistory.checkIns()).hasSizeGreaterThan(20);
            assertThat(modelHistory.checkIns()).anyMatch(c -> c.sessionId().isPresent());
            for (int copy : new int[] {13, 24}) {
                Account person = accounts.findByEmail("person" + copy + "@load.example").orElseThrow();
                assertThat(person.id()).isNotEqualTo(model.id());
                assertThat(withIdsInOrder(histories.load(person.id()))).isEqualTo(withIdsInOrder(modelHistory));
                assertThat(person.revision()).isEqualTo(model.revision()).isGreaterThan(0);
                assertThat(new TokenRepository(database).findAccountByApiToken(
                        Secrets.sha256(Population.personToken(copy)), Instant.now())).contains(person.id());
            }
            int links = database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM care_links").mapTo(Integer.class)
                    .one());
            assertThat(links).isEqualTo(20);
        }
    }

    /** The history as text, its sessions and check-ins numbered in order instead of by the ids the store gave. */
    private static String withIdsInOrder(History h) {
        Map<String, String> sessions = new HashMap<>();
        List<String> renamed = new ArrayList<>();
        for (Session s : h.sessions()) {
            sessions.put(s.id(), "session-" + sessions.size());
            renamed.add(s.toString().replace("Session[id=" + s.id() + ",", "Session[id=" + sessions.get(s.id()) + ","));
        }
        List<String> checkIns = new ArrayList<>();
        for (CheckIn c : h.checkIns()) {
            checkIns.add(c.toString().replace("id=" + c.id() + ",", "id=checkin-" + checkIns.size() + ",")
                    .replace("sessionId=Optional[" + c.sessionId().orElse("") + "]",
                            "sessionId=" + c.sessionId().map(sessions::get).orElse("none")));
        }
        return renamed + "\n" + checkIns + "\n" + h.levels() + h.context() + h.profile() + h.baselineTests()
                + h.declaredFlares() + h.checkUps() + h.experiments() + h.settings() + h.demands() + h.care();
    }

    @Test
    void aTinyRunOnSqliteEndsWithTheTargetsAndASecondRunReusesTheKeptFolder() throws Exception {
        Path kept = folder.resolve("kept");
        String first = run("sqlite", "1", kept);
        assertThat(first).contains("storing 20 people", "20 of 20 people stored", "The issue's targets",
                "| no errors |", "| instance 1 under 512 MB resident at its peak |", "| a caseload of 10: p99 under 1 s |");
        assertThat(first).containsPattern("\\| `GET /api/v1/today` throughput ≥ 50% of `/api/v1/me`'s \\| \\d+% \\| (met|\\*\\*not met\\*\\*) \\|");
        String second = run("sqlite", "1", kept);
        assertThat(second).contains("kept in " + kept).contains("not stored again").doesNotContain("storing 20 people")
                .contains("The issue's targets");
    }

    @Test
    void openingACaseloadBeforeTheRunSendsTheMeasuredRequestWithOnlyALongerTimeLimit() {
        java.net.http.HttpRequest measured = DailyMix.request("http://127.0.0.1:8080", DailyMix.Route.CASELOAD,
                "pls_clinician", java.util.concurrent.ThreadLocalRandom.current(), DailyMix.ANSWER_WITHIN);
        java.net.http.HttpRequest priming = DailyMix.request("http://127.0.0.1:8080", DailyMix.Route.CASELOAD,
                "pls_clinician", java.util.concurrent.ThreadLocalRandom.current(), DailyMix.PRIMING_WITHIN);
        assertThat(priming.uri()).isEqualTo(measured.uri())
                .hasToString("http://127.0.0.1:8080/api/v1/care/patients");
        assertThat(priming.method()).isEqualTo(measured.method()).isEqualTo("GET");
        assertThat(priming.headers().map()).isEqualTo(measured.headers().map())
                .containsEntry("Authorization", List.of("Bearer pls_clinician"));
        assertThat(measured.timeout()).contains(java.time.Duration.ofSeconds(60));
        assertThat(priming.timeout()).contains(java.time.Duration.ofMinutes(10));
    }

    @Test
    void aKeptFolderHoldingAnotherPopulationIsRefused() throws Exception {
        Path kept = folder.resolve("kept");
        Files.createDirectories(kept);
        Files.writeString(kept.resolve("population.properties"), "population=sqlite, 5 people, 1 clinicians, caseloads of 5\n");
        assertThatThrownBy(() -> run("sqlite", "1", kept)).isInstanceOf(StoredFolder.Unusable.class)
                .hasMessageContaining("holds another population (sqlite, 5 people, 1 clinicians, caseloads of 5)");
    }

    @Test
    void aTinyRunOnPostgresqlWithTwoInstancesEndsWithTheTargets() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "PostgreSQL refuses to run as root");
        String out = run("postgres", "2", folder.resolve("kept"));
        assertThat(out).contains("20 of 20 people stored", "The issue's targets", "| no errors |",
                "| instance 2 under 512 MB resident at its peak |");
    }

    private String run(String store, String instances, Path kept) throws Exception {
        LoadOptions options = LoadOptions.parse("--store", store, "--instances", instances, "--people", "20",
                "--clinicians", "2", "--caseload", "10", "--seconds", "1", "--clients", "4", "--caseload-share", "0.2", "--max-minutes", "5",
                "--classpath", System.getProperty("java.class.path"), "--keep", kept.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cleanup cleanup = new Cleanup();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            PopulationLoad.run(options, cleanup, out);
        } finally {
            cleanup.run();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
