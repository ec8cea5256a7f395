package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * A route dates what the signed-in person does in the zone read with their sign-in ({@code Wiring.zoneOf}):
 * a zone changed in settings counts from the very next request, by token and by browser alike. At
 * {@link TestServer#NOW} (Sunday 1 March 2026, 12:00 UTC) it is still Sunday in London and already
 * Monday 2 March, 01:00, in Auckland.
 */
class SignedInZoneTest {
    private static final String AUCKLAND = "{\"timezone\":\"Pacific/Auckland\"}";

    @OnBothDatabases
    void aCheckInWithoutADateTakesTheDayOfTheZoneChangedInSettingsOnTheNextRequest(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer inLondon = server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":2}", ana);
            assertThat(inLondon.status()).isEqualTo(201);
            assertThat(inLondon.json().get("date").asText()).isEqualTo("2026-03-01");

            assertThat(server.send("PUT", "/api/v1/settings", AUCKLAND, Map.of("Authorization", "Bearer " + ana))
                    .status()).isEqualTo(200);
            TestServer.Answer inAuckland = server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":2}", ana);
            assertThat(inAuckland.status()).isEqualTo(201);
            assertThat(inAuckland.json().get("date").asText()).isEqualTo("2026-03-02");
        }
    }

    @OnBothDatabases
    void thePersonsCarePageShowsTheDayAClinicianStartedInTheZoneChangedInSettings(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            server.inviteAndAccept(ana, server.signUpClinician("physio@example.org"));
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/care/access").body()).contains("physio@example.org, since Sun 1 Mar");

            assertThat(browser.json("PUT", "/api/v1/settings", AUCKLAND).status()).isEqualTo(200);
            assertThat(browser.get("/care/access").body()).contains("physio@example.org, since Mon 2 Mar");
        }
    }

    @OnBothDatabases
    void theCaseloadPageShowsTheDayAPersonEndedAccessInTheClinicianZoneChangedInSettings(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            TestServer.Answer created = server.post("/api/v1/accounts", "{\"email\":\"physio@example.org\","
                    + "\"password\":\"correct horse battery\",\"timezone\":\"Europe/London\",\"clinician\":true}", null);
            assertThat(created.status()).isEqualTo(201);
            String physio = server.post("/api/v1/auth/token",
                    "{\"email\":\"physio@example.org\",\"password\":\"correct horse battery\"}", null)
                    .json().get("token").asText();
            server.inviteAndAccept(ana, physio);
            String access = server.get("/api/v1/care/access", ana).json().at("/clinicians/0/id").asText();
            assertThat(server.send("DELETE", "/api/v1/care/access/" + access, null,
                    Map.of("Authorization", "Bearer " + ana)).status()).isEqualTo(204);
            TestServer.Browser browser = server.signInBrowser("physio@example.org");
            assertThat(browser.get("/care").body()).contains("ended your access on Sun 1 Mar");

            assertThat(browser.json("PUT", "/api/v1/settings", AUCKLAND).status()).isEqualTo(200);
            assertThat(browser.get("/care").body()).contains("ended your access on Mon 2 Mar");
        }
    }
}
