package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** A person signs up, logs a run, checks in on it three times, and reads it all back. */
class ApiSliceTest {

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    @OnBothDatabases
    void aRunWithItsCheckInsIsLoggedAndReadBack(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            var created = server.post("/api/v1/sessions", """
                    {"activity": "run", "start": "2026-03-01T07:00:00Z", "minutes": 30, "distanceKm": 5.0,
                     "rpe": 4, "runType": "easy"}""", token);
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(created.header("Location")).isEqualTo("/api/v1/sessions/" + id);
            assertThat(created.json().get("timezone").asText()).isEqualTo("Europe/London");

            for (String checkIn : List.of("{\"window\":\"BEFORE\",\"pain\":2}",
                    "{\"window\":\"DURING\",\"pain\":3,\"sharp\":false}",
                    "{\"window\":\"AFTER_1H\",\"pain\":3}",
                    "{\"window\":\"NEXT_MORNING\",\"pain\":2}")) {
                assertThat(server.post("/api/v1/sessions/" + id + "/checkins", checkIn, token).status())
                        .isEqualTo(201);
            }

            JsonNode read = server.get("/api/v1/sessions/" + id, token).json();
            assertThat(read.get("activity").asText()).isEqualTo("run");
            assertThat(read.get("minutes").asInt()).isEqualTo(30);
            assertThat(read.get("distanceKm").asDouble()).isEqualTo(5.0);
            assertThat(read.get("start").asText()).isEqualTo("2026-03-01T07:00:00Z");
            assertThat(read.get("checkins")).extracting(c -> c.get("window").asText() + "=" + c.get("pain").asInt())
                    .containsExactly("BEFORE=2", "DURING=3", "AFTER_1H=3", "NEXT_MORNING=2");
            // The morning after a run on 1 March in London is 2 March.
            assertThat(read.get("checkins").get(3).get("date").asText()).isEqualTo("2026-03-02");

            JsonNode list = server.get("/api/v1/sessions", token).json();
            assertThat(list.get("sessions")).hasSize(1);
        }
    }

    @OnBothDatabases
    void invalidInputIsA400ProblemNamingEveryBadField(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            var bad = server.post("/api/v1/sessions", """
                    {"activity": "runnning", "minutes": -5, "rpe": 11, "colour": "red",
                     "start": "yesterday", "strength": [{"exercise": "squat", "sets": 0, "reps": 5}]}""", token);

            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.json().get("status").asInt()).isEqualTo(400);
            assertThat(fields(bad.json())).containsExactlyInAnyOrder(
                    "/activity", "/minutes", "/rpe", "/colour", "/start", "/strength/0/sets");
            assertThat(bad.body()).contains("unknown value 'runnning'", "must be from 1 to 1440, was -5",
                    "must be from 0 to 10, was 11");
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).isEmpty();
        }
    }

    @OnBothDatabases
    void aBadCheckInNamesItsFieldsAndWritesNothing(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            String id = server.post("/api/v1/sessions", "{\"activity\":\"cycle\",\"minutes\":40}", token)
                    .json().get("id").asText();

            var bad = server.post("/api/v1/sessions/" + id + "/checkins",
                    "{\"window\":\"LATER\",\"pain\":12,\"symptoms\":[\"LEG_TINGLING\",\"HEADACHE\"]}", token);

            assertThat(bad.status()).isEqualTo(400);
            assertThat(fields(bad.json())).containsExactlyInAnyOrder("/window", "/pain", "/symptoms/1");
            assertThat(server.get("/api/v1/sessions/" + id + "/checkins", token).json().get("checkins")).isEmpty();
        }
    }

    @OnBothDatabases
    void brokenJsonSaysWhereItBroke(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            var bad = server.post("/api/v1/sessions", "{\"activity\": \"run\",\n \"minutes\": }", token);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("detail").asText()).contains("not valid JSON at line 2");
        }
    }

    @OnBothDatabases
    void aDailyCheckInWithoutADateIsForTodayInThePersonsZone(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            var daily = server.post("/api/v1/checkins", "{\"pain\": 2, \"symptoms\": [\"NIGHT_PAIN\"]}", token);
            assertThat(daily.status()).isEqualTo(201);
            assertThat(daily.json().get("window").asText()).isEqualTo("DAILY");
            assertThat(daily.json().get("date").asText()).isEqualTo("2026-03-01");
            assertThat(server.get("/api/v1/checkins", token).json().get("checkins").get(0).get("symptoms").get(0)
                    .asText()).isEqualTo("NIGHT_PAIN");
        }
    }

    @OnBothDatabases
    void oneRecordPerIdempotencyKeyHoweverOftenItIsRetried(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Idempotency-Key", "queued-1");
            String body = "{\"activity\":\"walk\",\"minutes\":20}";

            var first = server.send("POST", "/api/v1/sessions", body, headers);
            var retry = server.send("POST", "/api/v1/sessions", body, headers);
            var misuse = server.send("POST", "/api/v1/sessions", "{\"activity\":\"walk\",\"minutes\":25}", headers);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
            assertThat(misuse.status()).isEqualTo(422);
            assertThat(server.get("/api/v1/sessions", token).json().get("sessions")).hasSize(1);
        }
    }
}
