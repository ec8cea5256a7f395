package org.plimsoll.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;

/** The real web app on a free loopback port, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Javalin app;
    final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(Database database) {
        app = WebApp.create(database, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Clock.fixed(NOW, ZoneOffset.UTC), "test", new WebApp.Listen("127.0.0.1", 0), Optional.empty());
        app.start();
        base = "http://127.0.0.1:" + app.port();
    }

    /** One answer: status, headers and body, with the body as JSON when it is JSON. */
    record Answer(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return exchange(request);
    }

    /** A multipart/form-data POST: each file in a part named {@code files}, plus plain fields. */
    Answer upload(String path, Map<String, byte[]> files, Map<String, String> fields, Map<String, String> headers) {
        String boundary = "plimsoll-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(utf8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(request::header);
        return exchange(request);
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, null, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    Answer post(String path, String body, String token) {
        return send("POST", path, body, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /** Creates an account and returns an API token for it. */
    String signUp(String email) {
        Answer created = post("/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"timezone\":\"Europe/London\"}",
                null);
        if (created.status() != 201) {
            throw new AssertionError("sign-up failed: " + created.body());
        }
        return post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null)
                .json().get("token").asText();
    }

    @Override
    public void close() {
        app.stop();
    }
}
