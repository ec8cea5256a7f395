package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A month of a ring's mornings as a person on a phone and their physiotherapist see them: Progress's
 * charts with the usual range shaded, the morning form, the clinician's page; screenshots at 360 and
 * 1280 px, and axe at both.
 */
class MeasuresBrowserTest {
    @RegisterExtension
    static final BrowserFixture web = BrowserFixture.at(
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));

    private static Page signedIn(String email) {
        Page page = web.phoneForAxe().newPage();
        page.navigate("/signin");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(BrowserFixture.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
        return page;
    }

    private static void screenshots(Page page, String path, String name, List<String> problems) {
        for (int width : List.of(360, 1280)) {
            page.setViewportSize(width, width == 360 ? 780 : 800);
            page.navigate(path);
            page.waitForLoadState();
            // The morning form's watch readings sit in its folded "sleep, stress and sitting" part: opened, as a tap would.
            page.locator("details:has(fieldset.morning-measures)").all().forEach(d -> d.evaluate("d => d.open = true"));
            BrowserFixture.screenshot(page, name + "-" + width);
            BrowserFixture.axe(page).forEach(v -> problems.add(width + " px " + path + ": " + v));
        }
    }

    @Test
    void aMonthOfRingMorningsReadsOnProgressTheMorningFormAndTheCliniciansPage() {
        TestServer server = web.server();
        String ana = server.signUp("ana@example.org");
        String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
        server.upload("/api/v1/imports", Map.of("ring.csv", MeasuresShownTest.thirtyMornings()), Map.of(),
                Map.of("Authorization", "Bearer " + ana));
        String physio = server.signUpClinician("physio@example.org");
        server.inviteAndAccept(ana, physio);
        List<String> problems = new ArrayList<>();

        Page person = signedIn("ana@example.org");
        screenshots(person, "/progress", "measures-progress", problems);
        assertThat(person.locator("#measures-h").textContent())
                .isEqualTo("Sleep, heart-rate variability and resting heart rate");
        assertThat(person.locator("section.morning-measures canvas").count()).isEqualTo(3);
        screenshots(person, "/checkin", "measures-checkin", problems);
        assertThat(person.locator("fieldset.morning-measures").textContent())
                .contains("Heart-rate variability:", "from your watch or ring", "Resting heart rate:");

        Page clinic = signedIn("physio@example.org");
        screenshots(clinic, "/care/patients/" + anaId, "measures-clinician", problems);
        assertThat(clinic.locator("section.morning-measures table").textContent())
                .contains("Heart-rate variability (RMSSD)", "44.2–54.3 ms");
        assertThat(problems).isEmpty();
    }
}
