package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 28 item 4: one count of sessions with a next-morning check-in, the engine's, on Insights, the
 * physio's page of the person and the API alike; and a level's hold names the sessions done that
 * still wait for their next morning instead of "0 of 4 done" after two runs.
 */
class OneCountTest {

    private static String run(TestServer server, String token, String start) {
        var created = server.post("/api/v1/sessions",
                "{\"activity\":\"run\",\"minutes\":25,\"rpe\":3,\"start\":\"" + start + "\"}", token);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @OnBothDatabases
    void theSessionWithANextMorningIsCountedOnInsightsAndOnThePhysiosPage(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            assertThat(ana.form("/onboarding", SessionPageStoryTest.ONBOARDING).status()).isEqualTo(303);
            // Logged after onboarding: a run two days ago, and its next morning (yesterday) at 2/10.
            String id = run(server, token, "2026-02-27T18:00:00Z");
            assertThat(server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"NEXT_MORNING\",\"pain\":2}",
                    token).status()).isEqualTo(201);

            assertThat(server.get("/api/v1/insights", token).json().get("insights").get("sessionsUsed").asInt())
                    .isEqualTo(1);
            assertThat(SessionPageStoryTest.text(ana.get("/insights").body())).contains("You have 1;");

            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(token, physio);
            String anaId = server.get("/api/v1/me", token).json().get("id").asText();
            String page = SessionPageStoryTest.text(server.signInBrowser("physio@example.org")
                    .get("/care/patients/" + anaId).body());
            assertThat(page).contains("Not enough data yet: 1 session with a next-morning check-in; about 19 more are needed.");
        }
    }

    @OnBothDatabases
    void twoRunsAtTheLevelStillWaitingForTheirMorningAreSaidToBeDoneAndWaiting(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ben@example.org");
            TestServer.Browser ben = server.signInBrowser("ben@example.org");
            assertThat(ben.form("/onboarding", SessionPageStoryTest.ONBOARDING).status()).isEqualTo(303);
            run(server, token, "2026-03-01T07:00:00Z");
            run(server, token, "2026-03-01T10:30:00Z");

            String today = SessionPageStoryTest.text(ben.get("/today").body());
            assertThat(today).contains("0 of at least 4 sessions with a next-morning check-in so far, 0 green; "
                    + "2 more are waiting for the next morning.").doesNotContain("done so far");
        }
    }
}
