package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 28 item 6: a session that cannot have happened is refused with the field named; a rare but
 * real one (a 24-hour race) is kept once the client says so; and item 7, back exercises can be logged.
 */
class SessionBoundsTest {
    private static String run(int minutes, String more) {
        return "{\"activity\": \"run\", \"start\": \"2026-03-01T07:00:00Z\", \"minutes\": " + minutes + more + "}";
    }

    @OnBothDatabases
    void aSessionOfNoMinutesOrLongerThanADayIsRefusedNamingTheMinutes(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            TestServer.Answer none = server.post("/api/v1/sessions", run(0, ""), token);
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.json().get("errors").get(0).get("field").asText()).isEqualTo("/minutes");
            assertThat(none.json().get("detail").asText()).contains("must be 1 or more");

            TestServer.Answer tooLong = server.post("/api/v1/sessions", run(1500, ", \"unusualConfirmed\": true"), token);
            assertThat(tooLong.status()).as("confirming does not make a 25-hour session possible").isEqualTo(400);
            assertThat(tooLong.json().get("detail").asText()).contains("/minutes", "1440 or less");
            assertThat(server.get("/api/v1/sessions", token).json().get("total").asInt()).isZero();
        }
    }

    @OnBothDatabases
    void aRareButRealSessionIsKeptOnlyOnceThePersonConfirmsIt(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            TestServer.Answer asked = server.post("/api/v1/sessions", run(1400, ""), token);
            assertThat(asked.status()).isEqualTo(400);
            assertThat(asked.json().get("detail").asText())
                    .contains("/minutes", "longer than almost any run", "most last under 5 hours");

            TestServer.Answer kept = server.post("/api/v1/sessions", run(1400, ", \"unusualConfirmed\": true"), token);
            assertThat(kept.status()).isEqualTo(201);
            assertThat(kept.json().get("minutes").asInt()).isEqualTo(1400);
        }
    }

    @OnBothDatabases
    void aDistanceNoOneCouldCoverIsRefusedEvenWhenConfirmed(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            TestServer.Answer fast = server.post("/api/v1/sessions", run(30, ", \"distanceKm\": 12"), token);
            assertThat(fast.status()).as("24 km/h on foot: rare, asked").isEqualTo(400);
            assertThat(fast.json().get("detail").asText()).contains("/distanceKm", "faster than almost anyone");
            assertThat(server.post("/api/v1/sessions", run(30, ", \"distanceKm\": 12, \"unusualConfirmed\": true"), token)
                    .status()).isEqualTo(201);

            TestServer.Answer car = server.post("/api/v1/sessions",
                    run(30, ", \"distanceKm\": 40, \"unusualConfirmed\": true"), token);
            assertThat(car.status()).as("80 km/h on foot: impossible").isEqualTo(400);
            assertThat(car.json().get("detail").asText()).contains("/distanceKm", "more than anyone could cover");
        }
    }

    @OnBothDatabases
    void backExercisesAreAnActivityThatCanBeLoggedAndGetALevel(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");

            TestServer.Answer logged = server.post("/api/v1/sessions", """
                    {"activity": "back-exercises", "start": "2026-03-01T07:00:00Z", "minutes": 15, "rpe": 3}""", token);

            assertThat(logged.status()).isEqualTo(201);
            assertThat(logged.json().get("activity").asText()).isEqualTo("back-exercises");
            assertThat(server.get("/api/v1/today", token).json().get("activities").toString())
                    .contains("\"back-exercises\"");
        }
    }
}
