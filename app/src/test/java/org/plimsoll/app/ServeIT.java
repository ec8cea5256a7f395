package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.testing.TestDatabases;

/** The packaged jar as a person runs it: serve the demo, stop it with SIGTERM, start it again. */
class ServeIT {
    private final HttpClient http = HttpClient.newHttpClient();

    /** Prometheus's token, as PLIMSOLL_METRICS_TOKEN: without one /metrics is 404. */
    private static final String METRICS_TOKEN = "it-metrics-token-0123456789";

    private static ServedJar serve(Path dataDir, Map<String, String> env) throws IOException {
        return ServedJar.start(dataDir, env);
    }

    private HttpResponse<String> get(ServedJar server, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String demoToken(ServedJar server) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/token"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"demo@plimsoll.example\",\"password\":\"plimsoll-demo\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    /**
     * Sends SIGTERM, as a service manager does. Process.destroy() would send it too, but it also
     * closes our end of the output, hiding what the server says while it stops.
     */
    private static void stop(ServedJar server) throws Exception {
        new ProcessBuilder("kill", "-TERM", String.valueOf(server.process().pid())).start().waitFor();
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        server.reader().join(5_000);
        assertThat(server.output()).anyMatch(l -> l.contains("Plimsoll stopped"));
    }

    private void servesTheDemoAndKeepsEveryRecordAcrossARestart(Path dataDir, Map<String, String> env,
                                                                String databaseLine) throws Exception {
        Map<String, String> withMetrics = new java.util.HashMap<>(env);
        withMetrics.put("PLIMSOLL_METRICS_TOKEN", METRICS_TOKEN);
        env = Map.copyOf(withMetrics);
        ServedJar first = serve(dataDir, env);
        assertThat(first.output()).anyMatch(l -> l.contains("Created the demo account demo@plimsoll.example"));
        assertThat(first.output()).anyMatch(l -> l.contains("Database: " + databaseLine));
        // The threads that prepare the driver and Jetty beside the start must not race logging's set-up.
        assertThat(first.output()).noneMatch(l -> l.startsWith("SLF4J"));
        assertThat(get(first, "/healthz", null).statusCode()).isEqualTo(200);
        assertThat(get(first, "/", null).body()).contains("Create an account", "Sign in");
        assertThat(get(first, "/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(first, "/metrics", METRICS_TOKEN).body()).contains("hikaricp_connections", "jvm_memory_used_bytes");
        String token = demoToken(first);
        String sessionsBefore = get(first, "/api/v1/sessions?limit=10000", token).body();
        assertThat(sessionsBefore).contains("\"activity\":\"run\"", "\"window\":\"NEXT_MORNING\"");
        stop(first);

        ServedJar second = serve(dataDir, env);
        try {
            assertThat(second.output()).noneMatch(l -> l.contains("Created the demo account"));
            assertThat(get(second, "/api/v1/sessions?limit=10000", demoToken(second)).body())
                    .isEqualTo(sessionsBefore);
        } finally {
            stop(second);
        }
    }

    @Test
    void onSqlite() throws Exception {
        Path dataDir = Files.createTempDirectory("plimsoll-it");
        servesTheDemoAndKeepsEveryRecordAcrossARestart(dataDir, Map.of(), "SQLite " + dataDir.resolve("plimsoll.db"));
    }

    @Test
    void onPostgres() throws Exception {
        TestDatabases.assumePostgresCanRun();
        DatabaseSettings pg = TestDatabases.postgresSettings();
        Map<String, String> env = Map.of("PLIMSOLL_DB_URL", pg.jdbcUrl(),
                "PLIMSOLL_DB_USER", pg.user().orElse("postgres"));
        servesTheDemoAndKeepsEveryRecordAcrossARestart(Files.createTempDirectory("plimsoll-it"), env, "PostgreSQL");
    }
}
