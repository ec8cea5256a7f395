package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

class ObservabilityTest {

    @OnBothDatabases
    void healthIsUpOnlyWhileTheDatabaseAnswers(Database db) {
        try (TestServer server = new TestServer(db)) {
            assertThat(server.get("/healthz", null).status()).isEqualTo(200);
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

    @OnBothDatabases
    void metricsShowHttpTimingsByRoutePatternNotByRawPath(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            server.get("/api/v1/sessions/123", token);
            String metrics = server.get("/metrics", null).body();
            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\","
                    + "uri=\"/api/v1/sessions/{id}\"}");
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
}
