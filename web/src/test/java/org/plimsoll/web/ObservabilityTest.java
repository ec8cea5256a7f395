package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

class ObservabilityTest {

    @OnBothDatabases
    void healthIsUpOnlyWhileTheDatabaseAnswers(Database db) {
        try (TestServer server = new TestServer(db)) {
            var up = server.get("/healthz", null);
            assertThat(up.status()).isEqualTo(200);
            // Written without Jackson (so that a start does not build the mapper): still the same JSON.
            assertThat(up.json().get("status").asText()).isEqualTo("UP");
            assertThat(up.json().get("database").asText())
                    .isEqualTo(db.kind().name().toLowerCase(java.util.Locale.ROOT));
            db.close();
            var down = server.get("/healthz", null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        }
    }

    @OnBothDatabases
    void everyDatabaseFailureIsLoggedWithItsRequest(Database db) {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(WebApp.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        log.addAppender(seen);
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            db.close();
            var down = server.get("/api/v1/sessions", token);
            assertThat(down.status()).isEqualTo(503);
            assertThat(seen.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
                assertThat(e.getFormattedMessage()).isEqualTo("database error on GET /api/v1/sessions");
            });
        } finally {
            log.detachAppender(seen);
        }
    }

    /** The token a Prometheus scrape sends; configured like PLIMSOLL_METRICS_TOKEN. */
    static final String METRICS_TOKEN = "scrape-3f9c1b7e2d";

    static WebApp.Edge withMetricsToken() {
        return new WebApp.Edge(org.plimsoll.web.proxy.TrustedProxies.none(), java.util.Optional.of(METRICS_TOKEN));
    }

    @OnBothDatabases
    void metricsShowHttpTimingsByRoutePatternNotByRawPath(Database db) {
        try (TestServer server = new TestServer(db, withMetricsToken())) {
            String token = server.signUp("ana@example.org");
            server.get("/api/v1/sessions/123", token);
            String metrics = server.get("/metrics", METRICS_TOKEN).body();
            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\","
                    + "uri=\"/api/v1/sessions/{id}\"}");
        }
    }

    /** The server binds the JVM's meters after its first answer; a scrape before that binds them itself. */
    @OnBothDatabases
    void aScrapeHasTheJvmsMetersThoughNothingBoundThemBefore(Database db) {
        try (TestServer server = new TestServer(db, withMetricsToken())) {
            String metrics = server.get("/metrics", METRICS_TOKEN).body();
            assertThat(metrics).contains("jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads",
                    "jvm_classes_loaded_classes", "process_uptime_seconds", "system_cpu_count");
        }
    }

    /** Bound twice, the collection listeners would count every pause twice. */
    @org.junit.jupiter.api.Test
    void theJvmsMetersAreBoundOnceHoweverOftenAndFromHowManyThreadsTheyAreAskedFor() throws Exception {
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        var bound = new java.util.concurrent.atomic.AtomicInteger();
        var ready = new java.util.concurrent.CountDownLatch(1);
        Thread[] askers = new Thread[6];
        for (int i = 0; i < askers.length; i++) {
            askers[i] = new Thread(() -> {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (org.plimsoll.web.health.JvmMeters.ensureBound(registry)) {
                    bound.incrementAndGet();
                }
            });
            askers[i].start();
        }
        ready.countDown();
        for (Thread asker : askers) {
            asker.join();
        }
        assertThat(bound).hasValue(1);
        assertThat(org.plimsoll.web.health.JvmMeters.ensureBound(registry)).isFalse();
        assertThat(registry.getMeters()).as("memory, collections, threads, classes, processor, uptime")
                .hasSizeGreaterThan(20);
    }

    /** Issue 26: /metrics told anyone the routes, their traffic and the JVM. */
    @OnBothDatabases
    void metricsAreNotFoundWithoutAConfiguredTokenAndRefusedWithoutTheToken(Database db) {
        try (TestServer open = new TestServer(db)) {
            open.get("/healthz", null);
            assertThat(open.get("/metrics", null).status()).as("no token configured: nothing here").isEqualTo(404);
            assertThat(open.get("/metrics", "anything").status()).isEqualTo(404);
            assertThat(open.get("/metrics", null).body()).doesNotContain("http_server_requests");
        }
        try (TestServer guarded = new TestServer(db, withMetricsToken())) {
            guarded.get("/healthz", null);
            var none = guarded.get("/metrics", null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.body()).doesNotContain("http_server_requests");
            assertThat(guarded.get("/metrics", METRICS_TOKEN + "x").status()).isEqualTo(401);
            assertThat(guarded.send("GET", "/metrics", null, java.util.Map.of("Authorization", METRICS_TOKEN))
                    .status()).as("the token without 'Bearer '").isEqualTo(401);
            var scraped = guarded.get("/metrics", METRICS_TOKEN);
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.body()).contains("http_server_requests_seconds_count");
        }
    }

    @OnBothDatabases
    void everyAnswerCarriesTheSecurityHeadersAndUnknownPathsAreProblems(Database db) {
        try (TestServer server = new TestServer(db)) {
            var missing = server.get("/no/such/page", null);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
            assertThat(missing.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(missing.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(missing.header("Referrer-Policy")).isEqualTo("same-origin");
            var home = server.get("/", null);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("Create an account", "Sign in");
        }
    }

    @OnBothDatabases
    void aBrowserGetsAMissingPageAsAPageAndTheApiKeepsProblemJson(Database db) {
        try (TestServer server = new TestServer(db)) {
            var page = server.send("GET", "/no/such/page", null, java.util.Map.of("Accept", "text/html"));
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("<h1>Page not found</h1>", "Back to the start", "Plimsoll does not diagnose");
            var api = server.send("GET", "/api/v1/no-such-thing", null, java.util.Map.of("Accept", "text/html"));
            assertThat(api.status()).isEqualTo(404);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    /** Issue 31: the assessment cache's memory and how often it answers are what an operator sizes it by. */
    @OnBothDatabases
    void metricsShowTheAssessmentCacheSizeAndHitRateAndTheSharedCommits(Database db) {
        try (TestServer server = new TestServer(db, withMetricsToken())) {
            String token = server.signUp("ana@example.org");
            server.get("/api/v1/plan", token);
            server.get("/api/v1/plan", token);
            server.get("/api/v1/plan", token);
            server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":2}", token);

            String metrics = server.get("/metrics", METRICS_TOKEN).body();
            assertThat(metrics).containsPattern("plimsoll_assessment_cache_bytes [1-9][0-9.E]*")
                    .contains("plimsoll_assessment_cache_people 1.0",
                            "plimsoll_assessment_cache_requests_total{result=\"hit\"} 2.0",
                            "plimsoll_assessment_cache_requests_total{result=\"miss\"} 1.0",
                            "plimsoll_assessment_cache_hit_ratio 0.6666",
                            "plimsoll_assessment_cache_budget_bytes")
                    .containsPattern("plimsoll_store_group_writes_total [1-9]")
                    .containsPattern("plimsoll_store_group_commits_total [1-9]");
        }
    }
}
