package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.web.BrowserFixture.onboardedRunner;
import static org.plimsoll.web.BrowserFixture.signedUpClinician;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 30 in a real browser: a physiotherapist suggests an experiment from their page of a person,
 * the person reads it on Today on their phone and accepts it, and the answer of an experiment they
 * finished earlier stands on Progress, on the physio's page and in the report. Screenshots at 360 and
 * 1280 px of each page changed; axe finds nothing moderate, serious or critical on any of them.
 */
class ExperimentSuggestionBrowserTest {
    @RegisterExtension
    static final BrowserFixture web = BrowserFixture.at(Clock.fixed(TestServer.NOW, ZoneOffset.UTC));

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** The page at 360 px (a phone) and at 1280 px, full length. */
    private static void screenshots(Page page, String name) {
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, width == 360 ? 780 : 900);
            BrowserFixture.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(360, 780);
    }

    private static List<String> axeAtBothSizes(Page page) {
        List<String> out = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, 900);
            BrowserFixture.axe(page).forEach(v -> out.add(page.url() + " at " + width + ": " + v));
        }
        page.setViewportSize(360, 780);
        return out;
    }

    @Test
    void aPhysioSuggestsAnExperimentThePersonAcceptsItAndTheFinishedOnesAnswerStays() {
        TestServer server = web.server();
        List<String> problems = new ArrayList<>();
        try (BrowserContext person = web.phoneForAxe(); BrowserContext clinician = web.phoneForAxe()) {
            Page page = onboardedRunner(person, "ana-experiment@example.org", 30);
            String token = server.post("/api/v1/auth/token", "{\"email\":\"ana-experiment@example.org\",\"password\":\""
                    + BrowserFixture.PASSWORD + "\"}", null).json().get("token").asText();
            long ana = server.get("/api/v1/me", token).json().get("id").asLong();
            ExperimentSuggestionTest.finishedCadenceTest(web.database(), ana);

            page.navigate("/care/access");
            button(page, "Make an invitation code");
            Page physio = signedUpClinician(clinician, "physio-experiment@example.org");
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
            problems.addAll(axeAtBothSizes(physio));

            page.navigate("/today");
            assertThat(page.content()).contains("Your physiotherapist suggests a test: Run done as “no warm-up” on some "
                    + "days and as “warm-up routine first” on others, in a random order, for 6 weeks.");
            screenshots(page, "today-experiment-suggested");
            problems.addAll(axeAtBothSizes(page));
            button(page, "Accept");
            page.waitForURL("**/today?saved=experiment");
            assertThat(page.content()).doesNotContain("Your physiotherapist suggests a test");
            assertThat(server.get("/api/v1/experiments", token).json().get("experiments").toString())
                    .contains("\"warm-up routine first\"", "\"RUNNING\"");

            page.navigate("/progress");
            assertThat(page.content()).contains("With “cadence +5%” your next mornings were about 1 point worse");
            screenshots(page, "progress-experiments");
            problems.addAll(axeAtBothSizes(page));

            physio.navigate(patient);
            assertThat(physio.content()).contains("accepted; it is under way.");
            screenshots(physio, "care-patient-experiment-accepted");
            physio.navigate(patient + "/report");
            assertThat(physio.content()).contains("their next mornings were about 1 point worse");
            screenshots(physio, "report-experiments");
            problems.addAll(axeAtBothSizes(physio));
        }
        assertThat(problems).isEmpty();
    }
}
