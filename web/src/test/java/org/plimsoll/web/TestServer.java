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
        this(database, Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty());
    }

    /** With a clock a test can move, and e-mail when a mailer is given. */
    TestServer(Database database, Clock clock, Optional<org.plimsoll.web.mail.Mailer> mail) {
        this(database, clock, mail, "http://127.0.0.1");
    }

    /** With the address people open configured as {@code publicUrl}. */
    TestServer(Database database, Clock clock, Optional<org.plimsoll.web.mail.Mailer> mail, String publicUrl) {
        this(database, clock, mail, publicUrl, WebApp.Edge.closed());
    }

    /** Behind the given proxies, with the given metrics token. */
    TestServer(Database database, WebApp.Edge edge) {
        this(database, Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty(), "http://127.0.0.1", edge);
    }

    TestServer(Database database, Clock clock, Optional<org.plimsoll.web.mail.Mailer> mail, String publicUrl,
               WebApp.Edge edge) {
        // Push endpoints on this machine are allowed: the tests' own push service listens here.
        app = WebApp.create(database, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                clock, "test", new WebApp.Listen("127.0.0.1", 0), Optional.empty(),
                org.plimsoll.web.reminder.Outbound.of(database, clock, mail, publicUrl,
                        new org.plimsoll.web.push.PushEndpoints(true)), edge);
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
        return upload(path, "files", files, fields, headers);
    }

    /** A multipart/form-data POST with each file in a part named {@code part}. */
    Answer upload(String path, String part, Map<String, byte[]> files, Map<String, String> fields, Map<String, String> headers) {
        String boundary = "plimsoll-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
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

    /**
     * A caseload is at most a refresh behind its people's writes (docs/care.md): this waits for those
     * refreshes. Every request sent here does first, so a test reads a settled caseload unless it holds
     * them (CaseloadRefreshTest); a browser test calls it before a clinician's page after a person's write.
     */
    void awaitCaseload() {
        if (!app.unsafe.appDataManager.get(org.plimsoll.web.care.CaseloadAttention.KEY)
                .awaitSettled(java.time.Duration.ofSeconds(30))) {
            throw new AssertionError("the caseload's refreshes did not settle within 30 s");
        }
    }

    private Answer exchange(HttpRequest.Builder request) {
        awaitCaseload();
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = client.send(sent, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(this, sent.method(), sent.uri(), response);
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The OpenAPI document this server serves, unchecked (it is what the checks read). */
    String openApiDocument() {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A GET whose answer is kept as bytes (a PDF, a zip). */
    byte[] bytes(String path, String token) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + new String(response.body()));
            }
            return response.body();
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
    /** A clinician account (the sign-up choice), and a token of it. */
    String signUpClinician(String email) {
        Answer created = post("/api/v1/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"correct horse battery\",\"clinician\":true}", null);
        if (created.status() != 201) {
            throw new AssertionError("sign-up failed: " + created.body());
        }
        return post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null)
                .json().get("token").asText();
    }

    /** The person invites the clinician, who accepts the code: the clinician follows the person from now. */
    void inviteAndAccept(String personToken, String clinicianToken) {
        String code = post("/api/v1/care/invitations", null, personToken).json().get("code").asText();
        Answer accepted = post("/api/v1/care/accept", "{\"code\":\"" + code + "\"}", clinicianToken);
        if (accepted.status() != 201) {
            throw new AssertionError("accepting failed: " + accepted.body());
        }
    }

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

    /** A browser signed in with the form: its cookie and the CSRF token its pages carry. */
    record Browser(TestServer server, String cookie, String csrf) {
        Answer get(String path) {
            return server.send("GET", path, null, Map.of("Cookie", cookie, "Accept", "text/html"));
        }

        /** A form as a page sends it: same origin, with the CSRF field. */
        Answer form(String path, String... fieldsAndValues) {
            StringBuilder body = new StringBuilder("_csrf=" + csrf);
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                body.append('&').append(encode(fieldsAndValues[i])).append('=').append(encode(fieldsAndValues[i + 1]));
            }
            return server.send("POST", path, body.toString(), Map.of("Cookie", cookie, "Origin", server.base,
                    "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
        }

        /** The JSON API from the page's script: cookie plus the CSRF header. */
        Answer json(String method, String path, String body) {
            return server.send(method, path, body, Map.of("Cookie", cookie, "Origin", server.base,
                    "X-CSRF-Token", csrf));
        }

        private static String encode(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Signs in with the sign-in form, as a browser does, for an account made with {@link #signUp}. */
    Browser signInBrowser(String email) {
        Answer signedIn = send("POST", "/signin", "email=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8) + "&password=correct+horse+battery",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", base));
        if (signedIn.status() != 303) {
            throw new AssertionError("sign-in failed: " + signedIn.status() + " " + signedIn.body());
        }
        String setCookie = signedIn.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String page = send("GET", "/account", null, Map.of("Cookie", cookie)).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]+)\"")
                .matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the account page: " + page);
        }
        return new Browser(this, cookie, csrf.group(1));
    }

    @Override
    public void close() {
        app.stop();
    }
}
