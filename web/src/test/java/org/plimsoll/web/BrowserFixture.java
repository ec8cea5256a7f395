package org.plimsoll.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.TestDatabases;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.mail.Mailer;

/**
 * What every browser test class stands on: Debian's Chromium driven by Playwright, Plimsoll served on a
 * fresh SQLite database at the class's clock, phone-sized pages, screenshots and axe. Registered as
 * {@code @RegisterExtension static final BrowserFixture web = BrowserFixture.at(clock)}; where Chromium
 * is not installed the class is skipped with a note (.ci/run installs it, so CI always runs them).
 */
final class BrowserFixture implements BeforeAllCallback, AfterAllCallback {
    static final String PASSWORD = "correct horse battery";
    private static final Path CHROMIUM = Paths.get("/usr/lib/chromium/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final Clock clock;
    private final boolean mail;
    private Playwright playwright;
    private Browser browser;
    private Database database;
    private TestServer server;
    private GreenMail smtp;
    private Mailer mailer;

    private BrowserFixture(Clock clock, boolean mail) {
        this.clock = clock;
        this.mail = mail;
    }

    static BrowserFixture at(Clock clock) {
        return new BrowserFixture(clock, false);
    }

    /** The same, with a real SMTP server behind the server's mail, so the pages that send e-mail work. */
    static BrowserFixture withMailAt(Clock clock) {
        return new BrowserFixture(clock, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("NOTE: browser tests skipped: " + CHROMIUM + " is not installed (apt-get install chromium; "
                    + ".ci/run does this)");
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
        if (mail) {
            smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            mailer = new Mailer(new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), Optional.empty(),
                    Optional.empty(), "plimsoll@example.org", true));
        }
        server = new TestServer(database, clock, Optional.ofNullable(mailer));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        if (mailer != null) {
            mailer.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    Browser browser() {
        return browser;
    }

    Database database() {
        return database;
    }

    TestServer server() {
        return server;
    }

    /** The SMTP server the mail goes to; only {@link #withMailAt} has one. */
    GreenMail smtp() {
        return Optional.ofNullable(smtp).orElseThrow(() -> new IllegalStateException("made without mail"));
    }

    /** A phone (360 by 780) in a context of its own, the page's CSP enforced as on a person's phone. */
    BrowserContext phone() {
        return browser.newContext(phoneOptions());
    }

    /**
     * A phone whose contexts let axe, injected as a script of its own, past the page's CSP: for the
     * journeys that check their pages with {@link #axe}.
     */
    BrowserContext phoneForAxe() {
        return browser.newContext(phoneOptions().setBypassCSP(true));
    }

    private Browser.NewContextOptions phoneOptions() {
        return new Browser.NewContextOptions().setViewportSize(360, 780).setBaseURL(server.base);
    }

    /** Signed up from the sign-up page in this context, on the onboarding page. */
    static Page signedUp(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate("/signup");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForURL("**/onboarding");
        return page;
    }

    /** Signed up and through onboarding as a runner at a level of so many minutes, pain 2 this morning, on Today. */
    static Page onboardedRunner(BrowserContext context, String email, int minutes) {
        Page page = signedUp(context, email);
        page.locator("#activity-run summary").click();
        page.getByLabel("I do run", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#levelMinutes-run").fill(String.valueOf(minutes));
        page.locator("fieldset.pain-scale label.tap").nth(2).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        page.waitForURL("**/today");
        return page;
    }

    /** A physiotherapist signed up (the clinician choice) in this context, on their caseload. */
    static Page signedUpClinician(BrowserContext context, String email) {
        Page physio = context.newPage();
        physio.navigate("/signup");
        physio.getByLabel("E-mail").fill(email);
        physio.getByLabel("Password").fill(PASSWORD);
        physio.getByLabel("I am a physiotherapist or another clinician").check();
        physio.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        physio.waitForURL("**/care");
        return physio;
    }

    /** The page as it stands, full length, in target/screenshots. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The moderate, serious and critical axe violations of the page as it stands, each with its first element. */
    static List<String> axe(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                        + ".filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, target: v.nodes[0].target.join(' ')}))");
        return violations.stream().map(Object::toString).toList();
    }

    private static String axeScript() {
        try (InputStream in = BrowserFixture.class.getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
