package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.TestDatabases;

/**
 * A month of a ring's mornings as a person on a phone and their physiotherapist see them: Progress's
 * charts with the usual range shaded, the morning form, the clinician's page; screenshots at 360 and
 * 1280 px, and axe at both.
 */
class MeasuresBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/lib/chromium/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PASSWORD = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC);

    private static Playwright playwright;
    private static Browser browser;
    private static Database database;
    private static TestServer server;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("NOTE: browser tests skipped: " + CHROMIUM + " is not installed");
            Assumptions.abort("Chromium is not installed");
        }
        List<String> args = new ArrayList<>(List.of("--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--no-sandbox");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(args));
        database = TestDatabases.open(TestDatabases.sqliteSettings());
        server = new TestServer(database, CLOCK, Optional.empty());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Page signedIn(String email) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                .setBaseURL(server.base).setBypassCSP(true));
        Page page = context.newPage();
        page.navigate("/signin");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
        return page;
    }

    private static void screenshots(Page page, String path, String name, String axe, List<String> problems) {
        for (int width : List.of(360, 1280)) {
            page.setViewportSize(width, width == 360 ? 780 : 800);
            page.navigate(path);
            page.waitForLoadState();
            // The morning form's watch readings sit in its folded "sleep, stress and sitting" part: opened, as a tap would.
            page.locator("details:has(fieldset.morning-measures)").all().forEach(d -> d.evaluate("d => d.open = true"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                    "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                            + ".filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({id: v.id, impact: v.impact, help: v.help, target: v.nodes[0].target.join(' ')}))");
            violations.forEach(v -> problems.add(width + " px " + path + ": " + v));
        }
    }

    @Test
    void aMonthOfRingMorningsReadsOnProgressTheMorningFormAndTheCliniciansPage() throws IOException {
        String axe;
        try (InputStream in = MeasuresBrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String ana = server.signUp("ana@example.org");
        String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
        server.upload("/api/v1/imports", Map.of("ring.csv", MeasuresShownTest.thirtyMornings()), Map.of(),
                Map.of("Authorization", "Bearer " + ana));
        String physio = server.signUpClinician("physio@example.org");
        server.inviteAndAccept(ana, physio);
        List<String> problems = new ArrayList<>();

        Page person = signedIn("ana@example.org");
        screenshots(person, "/progress", "measures-progress", axe, problems);
        assertThat(person.locator("#measures-h").textContent())
                .isEqualTo("Sleep, heart-rate variability and resting heart rate");
        assertThat(person.locator("section.morning-measures canvas").count()).isEqualTo(3);
        screenshots(person, "/checkin", "measures-checkin", axe, problems);
        assertThat(person.locator("fieldset.morning-measures").textContent())
                .contains("Heart-rate variability:", "from your watch or ring", "Resting heart rate:");

        Page clinic = signedIn("physio@example.org");
        screenshots(clinic, "/care/patients/" + anaId, "measures-clinician", axe, problems);
        assertThat(clinic.locator("section.morning-measures table").textContent())
                .contains("Heart-rate variability (RMSSD)", "44.2–54.3 ms");
        assertThat(problems).isEmpty();
    }
}
