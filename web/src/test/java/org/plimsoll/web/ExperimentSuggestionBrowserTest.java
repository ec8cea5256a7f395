package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * Issue 30 in a real browser: a physiotherapist suggests an experiment from their page of a person,
 * the person reads it on Today on their phone and accepts it, and the answer of an experiment they
 * finished earlier stands on Progress, on the physio's page and in the report. Screenshots at 360 and
 * 1280 px of each page changed; axe finds nothing moderate, serious or critical on any of them.
 */
class ExperimentSuggestionBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/lib/chromium/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PASSWORD = "correct horse battery";

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
        server = new TestServer(database, java.time.Clock.fixed(TestServer.NOW, java.time.ZoneOffset.UTC),
                Optional.empty());
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

    private static Page signUp(BrowserContext context, String email, boolean clinician) {
        Page page = context.newPage();
        page.navigate("/signup");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        if (clinician) {
            page.getByLabel("I am a physiotherapist or another clinician").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForURL(clinician ? "**/care" : "**/onboarding");
        return page;
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** The page at 360 px (a phone) and at 1280 px, full length. */
    private static void screenshots(Page page, String name) {
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, width == 360 ? 780 : 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(360, 780);
    }

    private static List<String> axe(Page page, String axe) {
        List<String> out = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, 900);
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                    "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                            + ".filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({id: v.id, impact: v.impact, help: v.help, target: v.nodes[0].target.join(' ')}))");
            violations.forEach(v -> out.add(page.url() + " at " + width + ": " + v));
        }
        page.setViewportSize(360, 780);
        return out;
    }

    @Test
    void aPhysioSuggestsAnExperimentThePersonAcceptsItAndTheFinishedOnesAnswerStays() throws IOException {
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        try (BrowserContext person = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                .setBaseURL(server.base).setBypassCSP(true));
             BrowserContext clinician = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                     .setBaseURL(server.base).setBypassCSP(true))) {
            Page page = signUp(person, "ana-experiment@example.org", false);
            page.locator("#activity-run summary").click();
            page.getByLabel("I do run", new Page.GetByLabelOptions().setExact(true)).check();
            page.locator("#levelMinutes-run").fill("30");
            page.locator("fieldset.pain-scale label.tap").nth(2).click();
            button(page, "Start");
            page.waitForURL("**/today");
            String token = server.post("/api/v1/auth/token", "{\"email\":\"ana-experiment@example.org\",\"password\":\""
                    + PASSWORD + "\"}", null).json().get("token").asText();
            long ana = server.get("/api/v1/me", token).json().get("id").asLong();
            ExperimentSuggestionTest.finishedCadenceTest(database, ana);

            page.navigate("/care/access");
            button(page, "Make an invitation code");
            Page physio = signUp(clinician, "physio-experiment@example.org", true);
            physio.getByLabel("Invitation code").fill(page.locator("#care-code").textContent().trim());
            button(physio, "Add");
            physio.waitForURL("**/care");
            String patient = physio.locator("ul.patients a").first().getAttribute("href");

            physio.navigate(patient);
            physio.locator("summary", new Page.LocatorOptions().setHasText("Suggest an experiment")).click();
            physio.locator("#suggest-activity").selectOption("run");
            physio.getByLabel("The warm-up routine before, or not", new Page.GetByLabelOptions().setExact(false)).check();
            physio.locator("#suggest-weeks").selectOption("6");
            button(physio, "Suggest this experiment");
            physio.waitForURL("**" + patient + "#experiments");
            assertThat(physio.content()).contains("Run: “no warm-up” or “warm-up routine first”, 6 weeks, suggested "
                    + "Sun 1 Mar: waiting for their answer.", "their next mornings were about 1 point worse");
            screenshots(physio, "care-patient-experiment-suggested");
            problems.addAll(axe(physio, axe));

            page.navigate("/today");
            assertThat(page.content()).contains("Your physiotherapist suggests a test: Run done as “no warm-up” on some "
                    + "days and as “warm-up routine first” on others, in a random order, for 6 weeks.");
            screenshots(page, "today-experiment-suggested");
            problems.addAll(axe(page, axe));
            button(page, "Accept");
            page.waitForURL("**/today?saved=experiment");
            assertThat(page.content()).doesNotContain("Your physiotherapist suggests a test");
            assertThat(server.get("/api/v1/experiments", token).json().get("experiments").toString())
                    .contains("\"warm-up routine first\"", "\"RUNNING\"");

            page.navigate("/progress");
            assertThat(page.content()).contains("With “cadence +5%” your next mornings were about 1 point worse");
            screenshots(page, "progress-experiments");
            problems.addAll(axe(page, axe));

            physio.navigate(patient);
            assertThat(physio.content()).contains("accepted; it is under way.");
            screenshots(physio, "care-patient-experiment-accepted");
            physio.navigate(patient + "/report");
            assertThat(physio.content()).contains("their next mornings were about 1 point worse");
            screenshots(physio, "report-experiments");
            problems.addAll(axe(physio, axe));
        }
        assertThat(problems).isEmpty();
    }
}
