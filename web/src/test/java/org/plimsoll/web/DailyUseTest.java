package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Daily use (issue 28, items 1 and 2): a session logged just after it ends starts in the past, and a
 * planned session once logged is marked done on Today, on the plan and in the API, with what comes next.
 * The test server's clock stands at 12:00 on Sunday 1 March 2026, London time.
 */
class DailyUseTest {

    private static List<JsonNode> entriesOn(JsonNode plan, String date) {
        List<JsonNode> on = new ArrayList<>();
        plan.forEach(p -> {
            if (p.get("date").asText().equals(date)) {
                on.add(p);
            }
        });
        return on;
    }

    @OnBothDatabases
    void theLogFormStartsAsJustFinishedSoASessionNeverEndsInTheFuture(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            // Nothing logged or planned yet: half an hour, so it started at 11:30.
            String fresh = browser.get("/sessions/new").body();
            assertThat(fresh).contains("name=\"minutes\" inputmode=\"numeric\" required value=\"30\"",
                    "name=\"time\" type=\"time\" required value=\"11:30\"", "name=\"date\" type=\"date\" required value=\"2026-03-01\"",
                    "data-just-finished=\"2026-03-01T12:00\"", "Filled in as just finished");
            // After a 45-minute ride, the next ride is offered as 45 minutes that started at 11:15.
            assertThat(server.post("/api/v1/sessions", "{\"activity\":\"cycle\",\"minutes\":45,\"start\":\"2026-02-27T08:00:00Z\"}",
                    token).status()).isEqualTo(201);
            String ride = browser.get("/sessions/new?activity=cycle").body();
            assertThat(ride).contains("required value=\"45\"", "name=\"time\" type=\"time\" required value=\"11:15\"");
        }
    }

    @OnBothDatabases
    void aPlannedSessionOnceLoggedIsMarkedDoneAndTodaySaysWhatComesNext(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            for (String day : List.of("2026-02-24", "2026-02-26", "2026-02-28")) {
                assertThat(server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":4,\"start\":\""
                        + day + "T08:00:00Z\"}", token).status()).isEqualTo(201);
            }
            // Today's plan: an easy run of up to 30 minutes, not yet done.
            JsonNode before = entriesOn(server.get("/api/v1/plan", token).json().get("plan"), "2026-03-01").get(0);
            assertThat(before.get("activity").asText()).isEqualTo("run");
            assertThat(before.get("done").asBoolean()).isFalse();
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            assertThat(browser.get("/today").body()).contains("What to do today").doesNotContain("Done for today");

            // The run is logged as the form offers it: the planned 30 minutes, just finished.
            String form = browser.get("/sessions/new?activity=run").body();
            assertThat(form).contains("required value=\"30\"", "name=\"time\" type=\"time\" required value=\"11:30\"");
            var logged = browser.form("/sessions", "activity", "run", "date", "2026-03-01", "time", "11:30", "minutes", "30",
                    "rpe", "3");
            assertThat(logged.status()).isEqualTo(303);

            JsonNode plan = server.get("/api/v1/plan", token).json().get("plan");
            assertThat(entriesOn(plan, "2026-03-01").get(0).get("done").asBoolean()).isTrue();
            assertThat(entriesOn(plan, "2026-03-03").get(0).get("done").asBoolean()).isFalse();
            JsonNode today = server.get("/api/v1/today", token).json().get("plan");
            assertThat(today).hasSize(1);
            assertThat(today.get(0).get("done").asBoolean()).isTrue();

            String page = browser.get("/today").body();
            assertThat(page).contains("Done for today", "Done: Run, 30 minutes logged.",
                    "Next: tomorrow, Strength, up to 20 min, effort up to 5.").doesNotContain("What to do today");
            assertThat(browser.get("/plan").body()).contains("✓ Done:", "Done: Run, 30 minutes logged.");
        }
    }
}
