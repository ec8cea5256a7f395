package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.web.BrowserFixture.axe;
import static org.plimsoll.web.BrowserFixture.onboardedRunner;
import static org.plimsoll.web.BrowserFixture.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 30 in a real browser (Debian's Chromium driven by Playwright): a runner starts an experiment,
 * sees today's condition with its how on Today, the Plan and the log form, logs one session the other
 * way and a week more as planned, and reads the experiment page; screenshots at 360 and 1280 px, axe at
 * 0 serious and 0 moderate. Skipped, with a note, where Chromium is not installed.
 */
class ExperimentBrowserTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final MovingClock clock = new MovingClock(START);
    @RegisterExtension
    static final BrowserFixture web = BrowserFixture.at(clock);

    @Test
    void aRunnerStartsAnExperimentLogsUnderItsConditionsAndReadsItsPage() {
        TestServer server = web.server();
        try (BrowserContext context = web.phoneForAxe()) {
            Page page = onboardedRunner(context, "ana@example.org", 20);

            page.navigate("/experiments");
            assertThat(page.locator("main").textContent()).contains("No experiment yet");
            page.getByLabel("Activity").selectOption("run");
            page.getByLabel("Does a slightly quicker step help my back when I run?", new Page.GetByLabelOptions()
                    .setExact(false)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
            page.waitForURL("**/experiments?saved=started");
            assertThat(page.locator("main").textContent()).contains("Run: “usual cadence” or “cadence +5%”",
                    "Running", "Not enough yet to tell");

            page.navigate("/today");
            String today = page.locator("main").textContent();
            assertThat(today).contains("see how it is going");
            assertThat(today).containsAnyOf("“cadence +5%”: shorten your stride a little, same pace",
                    "“usual cadence”: run as you usually do");
            screenshot(page, "experiment-today-360");
            assertThat(axe(page)).isEmpty();
            page.navigate("/plan");
            assertThat(page.locator("main").textContent()).contains("Your experiment: do this one as “");
            screenshot(page, "experiment-plan-360");

            page.navigate("/sessions/new?activity=run");
            assertThat(page.locator("fieldset.experiment legend").textContent()).isEqualTo("Your run experiment");
            screenshot(page, "experiment-log-360");
            assertThat(axe(page)).isEmpty();
            page.getByLabel("I did it the other way", new Page.GetByLabelOptions().setExact(false)).check();
            page.getByLabel("Date").fill("2026-03-02");
            page.getByLabel("Start").fill("08:00");
            page.getByLabel("Minutes").fill("20");
            page.getByLabel("Effort (0 rest to 10 the hardest you can)").selectOption("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log session")).click();
            page.waitForURL("**/sessions/*?saved=session");
            assertThat(page.locator("main").textContent()).contains("Done as “");

            String token = server.post("/api/v1/auth/token", "{\"email\":\"ana@example.org\",\"password\":\""
                    + BrowserFixture.PASSWORD + "\"}", null).json().get("token").asText();
            String first = server.get("/api/v1/sessions", token).json().at("/sessions/0/id").asText();
            clock.set(START.plus(Duration.ofHours(23)));
            server.post("/api/v1/sessions/" + first + "/checkins", "{\"window\":\"NEXT_MORNING\",\"pain\":3}", token);
            for (int day = 1; day < 8; day++) {
                clock.set(START.plus(Duration.ofDays(day)).plus(Duration.ofHours(9)));
                String id = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":20,\"rpe\":3}", token)
                        .json().get("id").asText();
                String condition = server.get("/api/v1/sessions/" + id, token).json().get("condition").asText();
                clock.set(START.plus(Duration.ofDays(day + 1)).minus(Duration.ofHours(1)));
                server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"NEXT_MORNING\",\"pain\":"
                        + (condition.equals("cadence +5%") ? 2 : 3) + "}", token);
            }
            page.navigate("/experiments");
            String result = page.locator("main").textContent();
            assertThat(result).contains("Not enough yet to tell", "with a next-morning check-in; the next morning was on average");
            page.waitForFunction("() => document.querySelector('canvas[data-chart]').width > 0");
            screenshot(page, "experiments-360");
            assertThat(axe(page)).isEmpty();

            page.getByLabel("Or compare two ways of your own").check();
            page.getByLabel("Your usual way").fill("seat low");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
            assertThat(page.locator("[role=alert]").textContent()).contains("Activity: already has an experiment under way",
                    "Second condition");
            assertThat(page.getByLabel("Your usual way").inputValue()).isEqualTo("seat low");
            screenshot(page, "experiments-error-360");
            assertThat(axe(page)).isEmpty();

            page.setViewportSize(1280, 900);
            page.navigate("/experiments");
            page.waitForFunction("() => document.querySelector('canvas[data-chart]').width > 0");
            screenshot(page, "experiments-1280");
            page.navigate("/today");
            screenshot(page, "experiment-today-1280");
            page.navigate("/plan");
            screenshot(page, "experiment-plan-1280");
            page.navigate("/experiments");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop")).click();
            page.waitForURL("**/experiments?saved=stopped");
            assertThat(page.locator("main").textContent()).contains("Stopped", "Run: “usual cadence” or “cadence +5%”");
        }
    }
}
