package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 28 item 3: a session's page tells one story. The usual pain given at onboarding is the
 * usual pain of a run logged for the day before; the response's next morning has its number in the
 * table; a next morning entered ahead says which morning it is for; "settled" only once it has.
 */
class SessionPageStoryTest {
    /** Onboarding as a runner whose back hurts 3/10 today (2026-03-01, London). */
    static final String[] ONBOARDING = {"regions", "LOW", "irritability", "MODERATE", "activities", "run",
            "start-run", "comfortable", "levelMinutes-run", "25", "pain", "3"};

    private static String run(TestServer server, String token, String start) {
        var created = server.post("/api/v1/sessions",
                "{\"activity\":\"run\",\"minutes\":25,\"rpe\":3,\"start\":\"" + start + "\"}", token);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void checkIn(TestServer server, String token, String session, String window, int pain) {
        assertThat(server.post("/api/v1/sessions/" + session + "/checkins",
                "{\"window\":\"" + window + "\",\"pain\":" + pain + "}", token).status()).isEqualTo(201);
    }

    /** The page's text without its tags, as a screen reader would read it. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    @OnBothDatabases
    void aRunLoggedForTheDayBeforeOnboardingIsJudgedAgainstTheUsualPainGivenThere(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.form("/onboarding", ONBOARDING).status()).isEqualTo(303);
            // Yesterday evening's run, logged today with 2/10 an hour after; no next-morning check-in.
            String id = run(server, token, "2026-02-28T18:00:00Z");
            checkIn(server, token, id, "AFTER_1H", 2);

            String page = text(browser.get("/sessions/" + id).body());
            assertThat(page).contains("your usual pain (3) is the starting point")
                    .doesNotContain("starting point is 0", "Amber", "settled by the next morning");
            // The response read this morning's 3/10 (given at onboarding) as the next morning: the table says so.
            assertThat(page).contains("Green", "the next morning was 3/10 (usual 3)",
                    "Next morning 3/10, from your check-in that morning");
        }
    }

    @OnBothDatabases
    void withNoUsualPainYetThePageSaysSoAndNeverThatNoMorningIsInBesideOne(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ben@example.org");
            TestServer.Browser browser = server.signInBrowser("ben@example.org");
            String id = run(server, token, "2026-02-28T18:00:00Z");
            checkIn(server, token, id, "NEXT_MORNING", 3);

            String page = text(browser.get("/sessions/" + id).body());
            assertThat(page).contains("your usual pain is not known yet", "Next morning 3/10, Sun 1 Mar")
                    .doesNotContain("no morning pain yet");
        }
    }

    @OnBothDatabases
    void anHourAfterRiseIsNotSaidToHaveSettledBeforeTheNextMorningIsIn(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("cy@example.org");
            TestServer.Browser browser = server.signInBrowser("cy@example.org");
            assertThat(browser.form("/onboarding", ONBOARDING).status()).isEqualTo(303);
            String id = run(server, token, "2026-03-01T08:00:00Z");
            checkIn(server, token, id, "AFTER_1H", 5);
            // Entered ahead of time, for tomorrow: the page says which morning it is for, and waits for it.
            checkIn(server, token, id, "NEXT_MORNING", 3);

            String page = text(browser.get("/sessions/" + id).body());
            assertThat(page).contains("Waiting for the next morning", "Next morning 3/10, Mon 2 Mar",
                    "An hour after, pain was 5/10, 2 or more above the start (3).")
                    .doesNotContain("settled by the next morning");
        }
    }
}
