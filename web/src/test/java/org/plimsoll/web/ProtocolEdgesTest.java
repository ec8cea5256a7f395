package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** What a client can do below the API (docs/security.md): made-up methods, malformed requests, huge headers. */
class ProtocolEdgesTest {

    @OnBothDatabases
    void madeUpMethodsCannotGrowTheMetrics(Database db) {
        try (TestServer server = new TestServer(db, ObservabilityTest.withMetricsToken())) {
            for (int i = 0; i < 300; i++) {
                server.send("FOO" + i, "/api/v1/today", null, Map.of());
            }
            String metrics = server.get("/metrics", ObservabilityTest.METRICS_TOKEN).body();
            Matcher m = Pattern.compile("http_server_requests_seconds_count\\{method=\"([^\"]+)\"").matcher(metrics);
            Set<String> methods = m.results().map(r -> r.group(1)).collect(Collectors.toSet());
            assertThat(methods).contains("OTHER").isSubsetOf("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
                    "TRACE", "CONNECT", "OTHER");
            assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).count())
                    .isLessThan(20);
        }
    }

    @OnBothDatabases
    void patchOnARouteWithoutItIs405NotNotFound(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer patch = server.send("PATCH", "/api/v1/sessions", "{}", Map.of("Authorization", "Bearer " + ana));
            assertThat(patch.status()).isEqualTo(405);
            assertThat(server.send("PATCH", "/api/v1/no-such-thing", "{}", Map.of()).status()).isEqualTo(404);
        }
    }

    @OnBothDatabases
    void jettysOwnErrorsCarryTheSecurityHeaders(Database db) throws IOException {
        try (TestServer server = new TestServer(db)) {
            int port = server.app.port();
            String badPath = raw(port, "GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(badPath).startsWith("HTTP/1.1 400");
            String huge = raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024)
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(huge).startsWith("HTTP/1.1 431");
            for (String answer : new String[] {badPath, huge}) {
                WebApp.SECURITY_HEADERS.keySet().forEach(h -> assertThat(answer.toLowerCase())
                        .as(h).contains(h.toLowerCase() + ":"));
            }
        }
    }

    /** Issue 26: a POST that said "X-HTTP-Method-Override: DELETE" deleted the account. The header now does nothing. */
    @OnBothDatabases
    void aPostThatSaysDeleteInAHeaderDeletesNothing(Database db) throws IOException {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
                String answer = raw(server.app.port(), "POST /api/v1/account HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + ana + "\r\n" + header + ": DELETE\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n");
                assertThat(answer).as(header).startsWith("HTTP/1.1 405");
                assertThat(server.get("/api/v1/me", ana).status()).as("the account is still there").isEqualTo(200);
            }
            TestServer.Answer made = server.send("POST", "/api/v1/tokens", "{\"name\":\"laptop\"}",
                    java.util.Map.of("Authorization", "Bearer " + ana, "X-HTTP-Method-Override", "GET"));
            assertThat(made.status()).as("a POST stays a POST").isEqualTo(201);
        }
    }

    /** Issue 26: HSTS when the configured public address is https, and never on a plain-http server. */
    @OnBothDatabases
    void strictTransportSecurityWhenThePublicAddressIsHttps(Database db) {
        try (TestServer https = new TestServer(db, java.time.Clock.fixed(TestServer.NOW, java.time.ZoneOffset.UTC),
                java.util.Optional.empty(), "https://plimsoll.example.org")) {
            assertThat(https.get("/signin", null).header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        }
        try (TestServer plain = new TestServer(db)) {
            assertThat(plain.send("GET", "/signin", null, java.util.Map.of("X-Forwarded-Proto", "https"))
                    .header("Strict-Transport-Security")).as("a forwarded header is not the configuration").isNull();
        }
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @OnBothDatabases
    void aListOfSessionsNeverEndsSilently(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            for (int day = 20; day <= 22; day++) {
                assertThat(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"start\":\"2026-02-"
                        + day + "T07:00:00Z\"}", ana).status()).isEqualTo(201);
            }
            var first = server.get("/api/v1/sessions?limit=2", ana).json();
            assertThat(first.get("sessions")).hasSize(2);
            assertThat(first.get("total").asInt()).isEqualTo(3);
            assertThat(first.get("next").asText()).isEqualTo("/api/v1/sessions?offset=2&limit=2");
            var rest = server.get(first.get("next").asText(), ana).json();
            assertThat(rest.get("sessions")).hasSize(1);
            assertThat(rest.get("sessions").get(0).get("start").asText()).startsWith("2026-02-20");
            assertThat(rest.get("next").isNull()).isTrue();
            assertThat(server.get("/api/v1/sessions?offset=-1", ana).status()).isEqualTo(400);
        }
    }

    @OnBothDatabases
    void noSignedInPageOrApiAnswerMayBeKeptByACache(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            for (String path : List.of("/today", "/history", "/account")) {
                assertThat(ana.get(path).header("Cache-Control")).as(path).isEqualTo("no-store");
            }
            assertThat(server.get("/api/v1/today", token).header("Cache-Control")).isEqualTo("no-store");
            assertThat(server.get("/api/v1/sessions/999", token).header("Cache-Control")).isEqualTo("no-store");
            assertThat(server.get("/public/plimsoll.css", null).header("Cache-Control")).isNotEqualTo("no-store");
        }
    }
}
