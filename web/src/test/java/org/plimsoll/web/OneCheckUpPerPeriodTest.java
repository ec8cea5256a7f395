package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Doubles (issue 28, item 5): one check-up per due period (ENGINE.md section 14). Two a few minutes apart
 * are one measurement, the second replacing the first and saying so, never "3 → 6, a change that matters".
 */
class OneCheckUpPerPeriodTest {

    @OnBothDatabases
    void aSecondCheckUpBeforeTheNextIsDueReplacesTheFirstAndFlagsNobody(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(token, physio);

            var first = server.post("/api/v1/check-ups", "{\"weeklyPain\":3}", token);
            assertThat(first.status()).isEqualTo(201);
            assertThat(first.json().has("replaces")).isFalse();
            var second = server.post("/api/v1/check-ups", "{\"weeklyPain\":6}", token);
            assertThat(second.status()).isEqualTo(201);
            assertThat(second.json().get("replaces").asText()).isEqualTo("2026-03-01");

            JsonNode checkUps = server.get("/api/v1/check-ups", token).json();
            assertThat(checkUps.get("checkUps")).hasSize(1);
            assertThat(checkUps.get("checkUps").get(0).get("weeklyPain").asInt()).isEqualTo(6);
            assertThat(checkUps.get("nextDue").asText()).isEqualTo("2026-03-15");
            JsonNode patients = server.get("/api/v1/care/patients", physio).json().get("patients");
            assertThat(patients.get(0).get("attention")).isEmpty();

            // The form says so before and after.
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/check-up").body()).contains("You did this period's check-up on Sun 1 Mar.");
            var saved = browser.form("/check-up", "weeklyPain", "5");
            assertThat(saved.status()).isEqualTo(303);
            assertThat(saved.header("Location")).isEqualTo("/today?saved=check-up&replaces=2026-03-01");
            assertThat(browser.get(saved.header("Location")).body()).contains("Saved. This replaces the check-up of Sun 1 Mar.");
            assertThat(server.get("/api/v1/check-ups", token).json().get("checkUps")).hasSize(1);
        }
    }
}
