package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll export} and {@code plimsoll import-export}, typed against a real database. */
class ExportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Typed plimsoll(Database db, String... args) {
        return Typed.in(dir, db, CLOCK, "correct horse battery\n", args);
    }

    @OnBothDatabases
    void aJsonExportRestoresIntoANewAccountRecordForRecordAndOnlyOnce(Database db) throws Exception {
        Demo.ensure(db, CLOCK);
        Typed exported = plimsoll(db, "export", "--format", "json", "-o", "demo.json");
        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).matches("Wrote " + Pattern.quote(dir.resolve("demo.json").toString())
                + " \\(\\d+ KB\\)\\s*");
        JsonNode demo = JSON.readTree(dir.resolve("demo.json").toFile());
        assertThat(demo.get("format").asText()).isEqualTo("plimsoll-export");

        plimsoll(db, "account", "create", "ana@example.org");
        Typed restored = plimsoll(db, "import-export", "demo.json", "--user", "ana@example.org");
        assertThat(restored.exit()).isZero();
        int records = 0;
        for (JsonNode table : demo.get("tables")) {
            records += table.size();
        }
        assertThat(records).isGreaterThan(100);
        assertThat(restored.out()).contains("Restored " + records + " records from demo.json into ana@example.org "
                + "(the export was made for demo@plimsoll.example).");

        plimsoll(db, "export", "--format", "json", "-o", "ana.json", "--user", "ana@example.org");
        JsonNode ana = JSON.readTree(dir.resolve("ana.json").toFile());
        assertThat(ana.get("tables")).isEqualTo(demo.get("tables"));

        Typed again = plimsoll(db, "import-export", "demo.json", "--user", "ana@example.org");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).containsPattern("ana@example.org already holds \\d+ records; a restore goes only into "
                + "an empty account: create one with 'plimsoll account create EMAIL'");
        plimsoll(db, "export", "--format", "json", "-o", "ana.json", "--user", "ana@example.org");
        assertThat(JSON.readTree(dir.resolve("ana.json").toFile()).get("tables")).isEqualTo(demo.get("tables"));
    }

    @OnBothDatabases
    void theClinicianReportOverTwoYearsFitsFourPagesWithEveryWeekOfTheChosenPeriodCharted(Database db) throws Exception {
        Demo.ensure(db, CLOCK, 104);
        Typed whole = plimsoll(db, "export", "--format", "pdf", "--from", "2024-11-25", "--paper", "letter",
                "-o", "two-years.pdf");
        assertThat(whole.exit()).isZero();
        assertThat(whole.out()).contains("two-years.pdf", "2024-11-25 to 2026-11-21");
        try (PDDocument doc = Loader.loadPDF(dir.resolve("two-years.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 4);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("2024-11-25 to 2026-11-21",
                    "The last 30 of", "Weekly load against morning pain", "effort up to ")
                    .as("no character the font lacks").doesNotContain(" # ");
        }
    }

    @OnBothDatabases
    void withoutAFileNameTheUsualNameIsUsedButNeverOverAnExistingFileAndDashMeansStandardOutput(Database db)
            throws Exception {
        Demo.ensure(db, CLOCK);
        Typed first = plimsoll(db, "export", "--format", "csv");
        assertThat(first.exit()).isZero();
        Path zip = dir.resolve("plimsoll-2026-11-21-csv.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry()).isNotNull();
        }
        long size = Files.size(zip);
        Typed second = plimsoll(db, "export", "--format", "csv");
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("plimsoll-2026-11-21-csv.zip already exists; name the file with -o FILE");
        assertThat(Files.size(zip)).isEqualTo(size);

        Typed fhir = plimsoll(db, "export", "--format", "fhir", "-o", "-", "--from", "2026-11-01");
        assertThat(fhir.exit()).isZero();
        JsonNode bundle = JSON.readTree(fhir.bytes());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("entry").size()).isGreaterThan(10);
        assertThat(bundle.get("entry").get(2).get("resource").get("effectiveDateTime").asText()).as("the first check-in, after the Patient and the CodeSystem").startsWith("2026-11");

        Typed ics = plimsoll(db, "export", "--format", "ics", "-o", "-", "--from", "2026-11-01");
        assertThat(ics.err()).contains("note: --from and --to apply to fhir and pdf only; the calendar holds the coming "
                + "week plan.");
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.bytes(), StandardCharsets.UTF_8)));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getAlarms())
                        // A walk is offered, not required: it asks for no check-ins (ENGINE.md section 12).
                        .hasSize(event.getSummary().getValue().startsWith("A walk") ? 0 : 3));
    }

    @OnBothDatabases
    void badRequestsAndBadFilesExitWith2NamingTheProblemAndWriteNothing(Database db) throws Exception {
        Demo.ensure(db, CLOCK);
        assertThat(plimsoll(db, "export", "--format", "docx").err())
                .contains("--format is 'docx'; choose one of json, csv, fhir, pdf, ics");
        assertThat(plimsoll(db, "export", "--format", "pdf", "--from", "2026-11-22").err())
                .contains("--from is 2026-11-22, after the period's end (2026-11-21)");
        assertThat(plimsoll(db, "export", "--format", "pdf", "--paper", "A5").err())
                .contains("--paper is 'A5'; choose A4 or letter");
        assertThat(plimsoll(db, "export", "--format", "pdf", "--from", "21/11/2026").err())
                .contains("'21/11/2026'");
        assertThat(plimsoll(db, "export", "--format", "pdf", "-o", "no-such-folder/report.pdf").err())
                .contains("there is no folder " + dir.resolve("no-such-folder"));
        assertThat(plimsoll(db, "export").err()).contains("Missing required option: '--format=FORMAT'");

        plimsoll(db, "account", "create", "ana@example.org");
        Files.writeString(dir.resolve("broken.json"), "{\n  \"format\": \"plimsoll-export\",\n  \"version\": 1,\n");
        Typed broken = plimsoll(db, "import-export", "broken.json", "--user", "ana@example.org");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.json cannot be restored; nothing was written:", "line 4");

        plimsoll(db, "export", "--format", "json", "-o", "demo.json", "--user", Demo.EMAIL);
        String demo = Files.readString(dir.resolve("demo.json"));
        Files.writeString(dir.resolve("future.json"), demo.replace("\"version\" : 1", "\"version\" : 9"));
        assertThat(plimsoll(db, "import-export", "future.json", "--user", "ana@example.org").err())
                .contains("$.version: ", "this Plimsoll reads export version 1");
        Files.writeString(dir.resolve("clash.json"), demo.replaceFirst("\"id\" : 2,", "\"id\" : 1,"));
        Typed clash = plimsoll(db, "import-export", "clash.json", "--user", "ana@example.org");
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err()).containsPattern("\\$\\.tables\\.\\w+\\[1\\]\\.id: ");

        plimsoll(db, "export", "--format", "csv", "-o", "demo.zip", "--user", Demo.EMAIL);
        assertThat(plimsoll(db, "import-export", "demo.zip", "--user", "ana@example.org").err())
                .contains("demo.zip is a zip (the csv export, perhaps); only the json export can be restored");
        assertThat(plimsoll(db, "import-export", "gone.json", "--user", "ana@example.org").err())
                .contains("no such file gone.json");

        plimsoll(db, "export", "--format", "json", "-o", "ana.json", "--user", "ana@example.org");
        JsonNode ana = JSON.readTree(dir.resolve("ana.json").toFile());
        ana.get("tables").fields().forEachRemaining(table -> assertThat(table.getValue()).as(table.getKey())
                .hasSize(table.getKey().equals("profiles") ? 1 : 0));
        assertThat(ana.get("tables").get("profiles").get(0).get("time_zone").asText())
                .as("the profile is still ana's own, not the demo's").isEqualTo("Etc/UTC");
    }
}
