package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.store.Database;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.testing.TestDatabases;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The clinician report goes into clinical records: it must be archivable (PDF/A-2b), readable by a
 * screen reader (PDF/UA-1), and structurally clean. Checked on two years of the demo with veraPDF,
 * qpdf and PDFBox, none of them ours.
 */
class ReportArchiveTest {
    private static Database database;
    private static TestServer server;
    private static byte[] pdf;

    @BeforeAll
    static void twoYearReport() {
        VeraGreenfieldFoundryProvider.initialise();
        database = TestDatabases.open(TestDatabases.sqliteSettings());
        server = new TestServer(database);
        String token = server.signUp("archive@example.org");
        long id = Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate yesterday = TestServer.NOW.atZone(london).toLocalDate().minusDays(1);
        new HistoryRepository(database).append(id, DemoHistory.generate(yesterday, 104, london), TestServer.NOW);
        pdf = server.bytes("/api/v1/export?format=pdf&from=2024-03-01", token);
        // Its pages as a reader sees them, kept beside the browser tests' screenshots.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pages = java.nio.file.Paths.get("target", "screenshots");
            Files.createDirectories(pages);
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        pages.resolve("report-two-years-page-" + (i + 1) + ".png").toFile());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static List<String> failures(PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        }
    }

    @Test
    void theReportIsPdfA2b() throws Exception {
        assertThat(failures(PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theReportIsPdfUa1() throws Exception {
        assertThat(failures(PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theDocumentInformationSaysWhatTheReportIsAndNothingAboutWebPages() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Back training report: archive@example.org");
            assertThat(info.getMetadataKeys()).doesNotContain("robots", "viewport");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void qpdfFindsNothingWrong(@TempDir Path dir) throws Exception {
        InstalledTool qpdf = InstalledTool.require("qpdf", "apt-get install qpdf");
        Path file = Files.write(dir.resolve("report.pdf"), pdf);
        InstalledTool.Run check = qpdf.run("--check", file.toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).as(check.output()).doesNotContainIgnoringCase("warning")
                .contains("No syntax or stream encoding errors found");
    }
}
