package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.store.Database;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * The API's answers over a full, realistic record rather than the few rows the other tests write:
 * every read route on the two-year demo, then on the same record under an emergency referral.
 * {@link ApiContract} checks each answer against the OpenAPI document as it arrives.
 */
class ApiContractTest {
    private static final List<String> READS = List.of("/api/v1/me", "/api/v1/tokens", "/api/v1/sessions?limit=500",
            "/api/v1/checkins", "/api/v1/history", "/api/v1/today", "/api/v1/plan", "/api/v1/pacing",
            "/api/v1/insights", "/api/v1/progress", "/api/v1/settings", "/api/v1/calendar-feed");

    @OnBothDatabases
    void everyReadRouteAnswersWithinTheDocumentOnTwoYearsOfHistory(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("two-years@example.org");
            long id = Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
            LocalDate yesterday = TestServer.NOW.atZone(ZoneId.of("Europe/London")).toLocalDate().minusDays(1);
            new HistoryRepository(db).append(id, DemoHistory.generate(yesterday, 104, ZoneId.of("Europe/London")),
                    TestServer.NOW);

            for (String read : READS) {
                assertThat(server.get(read, token).status()).as(read).isEqualTo(200);
            }
            JsonNode sessions = server.get("/api/v1/sessions?limit=500", token).json().get("sessions");
            assertThat(sessions.size()).as("two years of sessions").isGreaterThan(150);
            String sessionId = sessions.get(0).get("id").asText();
            assertThat(server.get("/api/v1/sessions/" + sessionId, token).status()).isEqualTo(200);
            assertThat(server.get("/api/v1/sessions/" + sessionId + "/checkins", token).status()).isEqualTo(200);

            assertThat(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":6,\"symptoms\":[\"SADDLE_NUMBNESS\"]}",
                    token).status()).isEqualTo(201);
            JsonNode today = server.get("/api/v1/today", token).json();
            assertThat(today.at("/referral/level").asText()).isEqualTo("EMERGENCY");
            assertThat(today.get("plan")).as("no dose under an emergency referral").isEmpty();
            for (String read : READS) {
                assertThat(server.get(read, token).status()).as(read + " under a referral").isEqualTo(200);
            }
        }
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    @OnBothDatabases
    void theCalendarFeedIsMadeShownOnceAndStoppedThroughTheApi(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("feed@example.org");
            assertThat(server.get("/api/v1/calendar-feed", token).json().get("active").asBoolean()).isFalse();

            // issue 26: a body with fields was taken and ignored; this request has none.
            TestServer.Answer withFields = server.post("/api/v1/calendar-feed", "{\"days\":7}", token);
            assertThat(withFields.status()).isEqualTo(400);
            assertThat(server.get("/api/v1/calendar-feed", token).json().get("active").asBoolean()).isFalse();
            TestServer.Answer made = server.post("/api/v1/calendar-feed", null, token);
            assertThat(made.status()).isEqualTo(201);
            String url = made.json().get("url").asText();
            assertThat(url).startsWith(server.base + "/calendar/plc_").endsWith(".ics");
            String path = url.substring(server.base.length());
            assertThat(server.get(path, null).body()).startsWith("BEGIN:VCALENDAR");
            assertThat(server.get("/api/v1/calendar-feed", token).json().get("active").asBoolean()).isTrue();
            // One identity per planned session: the downloaded file and the subscribed feed agree.
            assertThat(uids(server.get(path, null).body())).isNotEmpty()
                    .isEqualTo(uids(server.get("/api/v1/export?format=ics", token).body()));

            assertThat(server.send("DELETE", "/api/v1/calendar-feed", null,
                    java.util.Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(204);
            assertThat(server.get(path, null).status()).as("a stopped address").isEqualTo(404);
            assertThat(server.get("/api/v1/calendar-feed", token).json().get("active").asBoolean()).isFalse();
        }
    }
}
