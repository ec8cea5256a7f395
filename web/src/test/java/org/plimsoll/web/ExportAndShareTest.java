package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Export and share as a person and their physiotherapist use them, over real HTTP. */
class ExportAndShareTest {
    private static final Pattern NEW_URL = Pattern.compile("value=\"(http://[^\"]+)\" aria-label=\"New secret address\"");

    private static String someHistory(TestServer server, String email) {
        String token = server.signUp(email);
        for (int day = 20; day <= 27; day += 2) {
            String id = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":3,\"start\":\"2026-02-"
                    + day + "T18:00:00Z\"}", token).json().get("id").asText();
            server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"BEFORE\",\"pain\":2}", token);
            server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"AFTER_1H\",\"pain\":3}", token);
        }
        return token;
    }

    private static String newUrl(TestServer.Answer page) {
        Matcher m = NEW_URL.matcher(page.body());
        assertThat(m.find()).as("the new address is shown").isTrue();
        return m.group(1).replaceFirst("^http://[^/]+", "");
    }

    @OnBothDatabases
    void theClinicianPdfReadsBackWithItsSectionsOnOneToFourPagesOfTheChosenPaper(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = someHistory(server, "ana@example.org");
            byte[] pdf = server.bytes("/api/v1/export?format=pdf&from=2026-02-01&to=2026-03-01&paper=Letter", token);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(doc.getNumberOfPages()).isBetween(1, 4);
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(text).contains("Back training report: ana@example.org", "2026-02-01 to 2026-03-01",
                        "Red flags and referrals", "Levels per activity", "Weekly load against morning pain",
                        "Sessions and how the back answered", "Flares", "Pacing chart", "Insights", "Run 30 Incomplete");
            }
            byte[] a4 = server.bytes("/api/v1/export?format=pdf", token);
            try (PDDocument doc = Loader.loadPDF(a4)) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
            }
            assertThat(server.get("/api/v1/export?format=pdf&from=2026-03-02&to=2026-03-01", token).status()).isEqualTo(400);
            // issue 26: year -999999999 was a 500 and year 0 a 200; the plausible-date range applies here too.
            for (String far : new String[] {"to=-999999999-01-01", "to=0000-01-01", "from=%2B999999999-12-31",
                    "from=1989-12-31"}) {
                TestServer.Answer refused = server.get("/api/v1/export?format=json&" + far, token);
                assertThat(refused.status()).as(far).isEqualTo(400);
                assertThat(refused.body()).as(far).contains(far.substring(0, far.indexOf('=')), "1990-01-01");
            }
            assertThat(server.get("/api/v1/export?format=docx", token).json().get("errors").get(0).toString())
                    .contains("json, csv, fhir, pdf, ics");
        }
    }

    @OnBothDatabases
    void aShareLinkShowsOnlyTheChosenPartsLogsEachVisitAndStopsWhenRevoked(Database db) {
        try (TestServer server = new TestServer(db)) {
            someHistory(server, "ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            TestServer.Answer made = ana.form("/export/shares", "label", "Dr Physio", "parts", "LEVELS", "parts", "FLARES",
                    "weeks", "8", "days", "14");
            assertThat(made.status()).isEqualTo(200);
            String link = newUrl(made);

            TestServer.Answer seen = server.send("GET", link, null, Map.of("User-Agent", "Mozilla/5.0 (Linux; Android 14; "
                    + "Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"));
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.body()).contains("shared with Dr Physio", "Levels per activity", "Flares")
                    .doesNotContain("Sessions and how the back answered", "Insights");
            assertThat(seen.header("Cache-Control")).isEqualTo("no-store");
            // The browser in words (issue 28); the user-agent string itself stays in the export.
            assertThat(ana.get("/export").body()).contains("the link for <strong>Dr Physio</strong>", "(Chrome on Android)")
                    .doesNotContain(" UTC: link ", "AppleWebKit");

            String id = Pattern.compile("/export/shares/(\\d+)/revoke").matcher(ana.get("/export").body()).results()
                    .findFirst().orElseThrow().group(1);
            assertThat(ana.form("/export/shares/" + id + "/revoke").status()).isEqualTo(200);
            assertThat(server.send("GET", link, null, Map.of()).status()).isEqualTo(404);
            // A clinician's browser meets a page in words, not problem+json.
            TestServer.Answer gone = server.send("GET", link, null, Map.of("Accept", "text/html,application/xhtml+xml"));
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.header("Content-Type")).startsWith("text/html");
            assertThat(gone.body()).contains("the link may have expired or been revoked").doesNotContain("\"detail\"");
            assertThat(server.send("GET", "/shared/pls_nothing", null, Map.of()).status()).isEqualTo(404);
            assertThat(ana.form("/export/shares", "label", "", "weeks", "8", "days", "400").status()).isEqualTo(400);
        }
    }

    @OnBothDatabases
    void theCalendarFeedServesThePlanWithThreeAlarmsPerSessionUntilRevoked(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            someHistory(server, "ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            String feed = newUrl(ana.form("/export/calendar"));
            assertThat(feed).endsWith(".ics");

            TestServer.Answer ics = server.send("GET", feed, null, Map.of());
            assertThat(ics.status()).isEqualTo(200);
            assertThat(ics.header("Content-Type")).startsWith("text/calendar");
            List<VEvent> events = new CalendarBuilder().build(new StringReader(ics.body())).getComponents("VEVENT");
            // Each session asks for its three check-ins; a walk is offered, not required, and asks for none.
            assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getAlarms())
                    .hasSize(e.getSummary().getValue().startsWith("A walk") ? 0 : 3));
            assertThat(events).anyMatch(e -> e.getAlarms().size() == 3);

            // Behind a configured TLS proxy the address handed out is https: ForwardedHeadersTest.
            String second = newUrl(ana.form("/export/calendar"));
            assertThat(server.send("GET", feed, null, Map.of()).status()).isEqualTo(404);
            ana.form("/export/calendar/revoke");
            assertThat(server.send("GET", second, null, Map.of()).status()).isEqualTo(404);
        }
    }

    @OnBothDatabases
    void aJsonExportRestoresIntoAnEmptyAccountAndBadFilesAreRefusedBeforeAnythingIsWritten(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = someHistory(server, "ana@example.org");
            byte[] export = server.bytes("/api/v1/export?format=json", ana);
            String bea = server.signUp("bea@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + bea);

            TestServer.Answer broken = server.upload("/api/v1/export/restore", "file", Map.of("x.json", "{\"format\":".getBytes()), Map.of(), auth);
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.body()).contains("not valid JSON");
            TestServer.Answer future = server.upload("/api/v1/export/restore", "file", Map.of("x.json",
                    new String(export).replace("\"version\" : 1", "\"version\" : 9").getBytes()), Map.of(), auth);
            assertThat(future.status()).isEqualTo(400);
            assertThat(future.body()).contains("this Plimsoll reads export version 1");
            assertThat(server.get("/api/v1/sessions", bea).json().get("sessions")).isEmpty();

            TestServer.Answer restored = server.upload("/api/v1/export/restore", "file", Map.of("x.json", export), Map.of(), auth);
            assertThat(restored.status()).isEqualTo(200);
            JsonNode anaSessions = server.get("/api/v1/sessions", ana).json().get("sessions");
            JsonNode beaSessions = server.get("/api/v1/sessions", bea).json().get("sessions");
            assertThat(beaSessions).hasSameSizeAs(anaSessions).hasSize(4);
            assertThat(beaSessions.get(0).get("checkins")).hasSize(2);

            TestServer.Answer again = server.upload("/api/v1/export/restore", "file", Map.of("x.json", export), Map.of(), auth);
            assertThat(again.status()).isEqualTo(409);
            assertThat(server.get("/api/v1/sessions", bea).json().get("sessions")).hasSize(4);

            JsonNode fhir = server.get("/api/v1/export?format=fhir&from=2026-01-01&to=2026-03-01", ana).json();
            assertThat(fhir.get("resourceType").asText()).isEqualTo("Bundle");
            assertThat(fhir.get("entry")).as("the Patient, the window CodeSystem, 8 check-ins").hasSize(2 + 8);
        }
    }
}
