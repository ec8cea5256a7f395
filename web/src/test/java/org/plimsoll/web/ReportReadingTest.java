package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.Database;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.testing.TestDatabases;
import org.plimsoll.engine.unit.Stress;

/**
 * Issue 28, item 11: the PDF report laid out for A4 and a reader, checked in the text a PDF reader
 * takes out of it (PDFBox): a name typed with accents and an emoji comes out as typed, dates are
 * never broken over two lines, a reason every activity shares is said once, and a level reads on one line.
 * The chart is drawn rather than written in the PDF: ReportTest checks what its SVG says.
 */
class ReportReadingTest {
    private static final String NAME = "Zoë Łukasz-Søndergård 😀";
    private static Database database;
    private static TestServer server;
    private static String text;

    @BeforeAll
    static void aReportOfEightWeeksEndingOnAStressfulDay() throws Exception {
        database = TestDatabases.open(TestDatabases.sqliteSettings());
        server = new TestServer(database);
        String token = server.signUp("zoe@example.org");
        long id = Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate yesterday = TestServer.NOW.atZone(london).toLocalDate().minusDays(1);
        // Three weeks, too few sessions for the person's own cuts (section 11), and today's stress at 9 of 10:
        // the default cut, a reason that every activity's level gives alike.
        History demo = DemoHistory.generate(yesterday, 3, london);
        List<DailyContext> days = new ArrayList<>(demo.context());
        days.removeIf(d -> !d.date().isBefore(yesterday));
        days.add(new DailyContext(yesterday.plusDays(1), Optional.empty(), Optional.empty(),
                Optional.of(Stress.of(9)), Optional.empty()));
        new HistoryRepository(database).append(id, new History(demo.profile(), demo.levels(), demo.sessions(),
                demo.checkIns(), days, demo.baselineTests(), demo.declaredFlares(), demo.demands(), demo.settings()),
                TestServer.NOW);
        new ProfileRepository(database).setDisplayName(id, Optional.of(NAME));
        byte[] pdf = server.bytes("/api/v1/export?format=pdf&from=2026-02-02", token);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            // Its pages as a reader sees them, kept beside the browser tests' screenshots.
            java.nio.file.Path pages = java.nio.file.Paths.get("target", "screenshots");
            java.nio.file.Files.createDirectories(pages);
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 100), "png",
                        pages.resolve("report-a4-page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @Test
    void aNameWithAnEmojiAndAccentedLettersPrintsAsTyped() {
        assertThat(text).contains("Back training report: " + NAME);
        assertThat(text).as("no character printed as a stand-in").doesNotContain("#");
    }

    @Test
    void noDateIsBrokenOverTwoLines() {
        assertThat(text).contains("2026-02-02 to 2026-03-01 · assessed as of 2026-03-01");
        List<String> lines = Arrays.asList(text.split("\\R"));
        assertThat(lines).as("a line ending in a date's year or month").noneMatch(l -> l.matches(".*\\b\\d{4}-(\\d{2}-?)?\\s*$"));
        assertThat(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).results().count()).isGreaterThan(5);
    }

    @Test
    void aReasonEveryActivityGivesIsSaidOnce() {
        String oneLine = text.replaceAll("\\s+", " ");
        assertThat(count(oneLine, "High stress (9/10).")).isEqualTo(1);
        assertThat(oneLine).contains("For every activity: 10% lighter today. High stress (9/10).");
        // What today's cut makes of each activity is its own, and stays with it.
        assertThat(count(oneLine, "Today: effort up to ")).isEqualTo(3);
    }

    @Test
    void eachLevelReadsOnOneLineBesideItsName() {
        assertThat(text).containsPattern("(?m)^Their level \\d a week · \\d+ (min|km|reps)[^\\n]*effort up to \\d+\\s*$");
        assertThat(text).containsPattern("(?m)^Today (none|\\d a week · [^\\n]*effort up to \\d+)\\s*$");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
