package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** ENGINE.md section 1: an estimated effort stays flagged until the person confirms it; the API holds that too. */
class EstimatedEffortTest {
    private static final String ESTIMATED = """
            {"activity": "run", "start": "2026-03-01T07:00:00Z", "minutes": 40, "rpe": 5, "rpeEstimated": true}""";

    private static String edited(int rpe, boolean estimated) {
        return "{\"activity\": \"run\", \"start\": \"2026-03-01T07:00:00Z\", \"minutes\": 40, \"rpe\": " + rpe
                + ", \"rpeEstimated\": " + estimated + "}";
    }

    @OnBothDatabases
    void anEstimatedEffortStaysFlaggedOnlyUntilThePersonChangesOrConfirmsIt(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            String session = "/api/v1/sessions/" + server.post("/api/v1/sessions", ESTIMATED, token).json().get("id").asText();
            assertThat(server.get(session, token).json().get("rpeEstimated").asBoolean()).as("as sent").isTrue();

            var unchanged = server.send("PUT", session, edited(5, true), auth);
            assertThat(unchanged.status()).isEqualTo(200);
            assertThat(unchanged.json().get("rpeEstimated").asBoolean()).as("the estimate, not confirmed").isTrue();

            var changed = server.send("PUT", session, edited(7, true), auth);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("rpeEstimated").asBoolean()).as("7 is the person's own").isFalse();
            assertThat(server.get(session, token).json().get("rpeEstimated").asBoolean()).isFalse();

            server.send("PUT", session, edited(7, true), auth);
            assertThat(server.get(session, token).json().get("rpeEstimated").asBoolean())
                    .as("an effort the person gave never becomes an estimate again").isFalse();
        }
    }

    @OnBothDatabases
    void aClientConfirmsAnEstimateBySendingItUnflagged(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            String session = "/api/v1/sessions/" + server.post("/api/v1/sessions", ESTIMATED, token).json().get("id").asText();

            var confirmed = server.send("PUT", session, edited(5, false), Map.of("Authorization", "Bearer " + token));

            assertThat(confirmed.status()).isEqualTo(200);
            assertThat(server.get(session, token).json().get("rpeEstimated").asBoolean()).isFalse();
        }
    }
}
