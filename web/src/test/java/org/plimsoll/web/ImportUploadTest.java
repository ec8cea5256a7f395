package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.activity.StravaExportBuilder;
import org.plimsoll.formats.fit.FitFileBuilder;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Uploading activity files: the API and the page, over real HTTP. */
class ImportUploadTest {
    private static final Instant FEB = Instant.parse("2026-02-16T06:30:00Z");

    @TempDir
    Path dir;

    private Map<String, byte[]> batch() throws Exception {
        Path zip = StravaExportBuilder.wide().fitRun(FEB, 1800, "Run").manual(FEB.plusSeconds(86_400), 2700, 0,
                "Yoga", "3").zipTo(dir.resolve("export.zip"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("export_4242.zip", Files.readAllBytes(zip));
        files.put("C:\\Users\\ana\\ride.fit", new FitFileBuilder().run(FEB.plusSeconds(2 * 86_400), 3600));
        files.put("holiday.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        return files;
    }

    @OnBothDatabases
    void theApiImportsABatchAndReportsItAsJson(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

            var dry = server.upload("/api/v1/imports?dryRun=true", batch(), Map.of(), auth);
            assertThat(dry.status()).isEqualTo(200);
            assertThat(dry.json().get("imported").asInt()).isEqualTo(3);
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).isEmpty();

            var first = server.upload("/api/v1/imports", batch(), Map.of(), auth);
            JsonNode report = first.json();
            assertThat(report.get("imported").asInt()).isEqualTo(3);
            assertThat(report.get("duplicates").asInt()).isZero();
            // the report names files as the person knows them, not where the server kept them
            assertThat(report.get("sessions").get(0).get("file").asText())
                    .isEqualTo("export_4242.zip/activities/1000000000.fit.gz");
            assertThat(report.get("sessions").get(2).get("file").asText()).isEqualTo("ride.fit");
            assertThat(report.get("skipped").get(0).get("file").asText()).isEqualTo("holiday.jpg");
            assertThat(report.get("skipped").get(0).get("reason").asText())
                    .isEqualTo("not an activity file: it is not FIT, GPX, TCX, CSV or a zip");
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).hasSize(3);

            var again = server.upload("/api/v1/imports", batch(), Map.of(), auth);
            assertThat(again.json().get("imported").asInt()).isZero();
            assertThat(again.json().get("duplicates").asInt()).isEqualTo(3);
        }
    }

    @OnBothDatabases
    void aGpxFileThatDoesNotSayItsSportIsImportedAsTheActivityChosen(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("gpx@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            String unlabelled = ActivityFiles.gpx(FEB, 1800, 120, 0.0001).replace("<type>cycling</type>", "");
            Map<String, byte[]> files = Map.of("morning.gpx", unlabelled.getBytes(StandardCharsets.UTF_8));
            var other = server.upload("/api/v1/imports?dryRun=true", files, Map.of(), auth);
            assertThat(other.json().get("sessions").get(0).get("activity").asText()).isEqualTo("other");
            var walk = server.upload("/api/v1/imports?unlabelled=walk", files, Map.of(), auth);
            assertThat(walk.status()).isEqualTo(200);
            assertThat(walk.json().get("sessions").get(0).get("activity").asText()).isEqualTo("walk");
            var posture = server.upload("/api/v1/imports?unlabelled=sitting", files, Map.of(), auth);
            assertThat(posture.status()).isEqualTo(400);
            assertThat(posture.json().get("detail").asText()).contains("must be one of run, walk");
        }
    }

    @OnBothDatabases
    void theApiRefusesWhatItCannotUseWithAProblem(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            assertThat(server.upload("/api/v1/imports", small(), Map.of(), Map.of()).status()).isEqualTo(401);
            String token = server.signUp("ana@example.org");
            var json = server.post("/api/v1/imports", "{\"files\":[]}", token);
            assertThat(json.status()).isEqualTo(400);
            assertThat(json.header("Content-Type")).startsWith("application/problem+json");
            assertThat(json.json().get("detail").asText()).contains("multipart/form-data");
            var none = server.upload("/api/v1/imports", Map.of(), Map.of("note", "x"),
                    Map.of("Authorization", "Bearer " + token));
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.json().get("detail").asText()).contains("no part named 'files'");
        }
    }

    @OnBothDatabases
    void thePageTakesSeveralFilesFromASignedInPersonAndShowsTheReport(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            assertThat(server.send("GET", "/import", null, Map.of()).status()).isEqualTo(303);
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            String cookie = browser.cookie();

            var page = server.send("GET", "/import", null, Map.of("Cookie", cookie));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "name=\"files\"", "multiple");

            var forged = server.upload("/import", small(), Map.of("_csrf", browser.csrf()), Map.of("Cookie", cookie,
                    "Origin", "https://evil.example"));
            assertThat(forged.status()).isEqualTo(403);

            var unsigned = server.upload("/import", batch(), Map.of(), Map.of("Cookie", cookie, "Origin", server.base));
            assertThat(unsigned.status()).isEqualTo(403);
            var shown = server.upload("/import", batch(), Map.of("_csrf", browser.csrf()),
                    Map.of("Cookie", cookie, "Origin", server.base));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.body()).contains("<strong>3</strong> sessions", "<strong>0</strong> already there",
                    "holiday.jpg</span>: not an activity file", "ride.fit", "(estimated)");
        }
    }

    /**
     * An upload small enough to be sent whole before the server answers: a large one refused before
     * it is read may be cut off by the server closing the connection, which an HTTP client reports
     * as an error rather than as the refusal.
     */
    private static Map<String, byte[]> small() {
        return Map.of("run.gpx", "<gpx/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @OnBothDatabases
    void anUploadedGpxNamingAnExternalDtdOrEntityFetchesNothing(Database db) throws Exception {
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
        String at = "http://127.0.0.1:" + listener.getAddress().getPort();
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            String gpx = org.plimsoll.formats.activity.ActivityFiles.gpx(Instant.parse("2026-02-20T07:00:00Z"), 600, 140)
                    .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<!DOCTYPE gpx SYSTEM \"" + at + "/a.dtd\" [<!ENTITY % p SYSTEM \"" + at + "/p.dtd\"> %p;"
                            + " <!ENTITY x SYSTEM \"" + at + "/x\">]>\n")
                    .replace("<name>Ride</name>", "<name>&x;</name>");
            var answer = server.upload("/api/v1/imports", Map.of("evil.gpx", gpx.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Map.of(), Map.of("Authorization", "Bearer " + token));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(fetched).as("requests the server sent to the listener").hasValue(0);
        } finally {
            listener.stop(0);
        }
    }
}
