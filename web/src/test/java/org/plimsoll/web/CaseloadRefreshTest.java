package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.care.CaseloadAttention;

/**
 * Issue 31: the caseload reads stored attention. After a person's write it is at most one refresh
 * behind (never longer for an urgent referral), and so is a person's new day, in their own zone
 * (docs/care.md, "The caseload").
 */
class CaseloadRefreshTest {
    private static final String EMERGENCY = "Emergency referral: a red-flag symptom was reported.";

    private static TestServer server(Database db, MovingClock clock) {
        return new TestServer(db, clock, Optional.empty(), "http://127.0.0.1", ObservabilityTest.withMetricsToken());
    }

    private static CaseloadAttention attention(TestServer server) {
        return server.app.unsafe.appDataManager.get(CaseloadAttention.KEY);
    }

    private static String person(TestServer server, String email, String zone) {
        assertThat(server.post("/api/v1/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"correct horse battery\",\"timezone\":\"" + zone + "\"}", null).status()).isEqualTo(201);
        return server.post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
                null).json().get("token").asText();
    }

    private static double metric(TestServer server, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E+-]+)$")
                .matcher(server.get("/metrics", ObservabilityTest.METRICS_TOKEN).body());
        return m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
    }

    private static JsonNode first(TestServer server, String clinician) {
        return server.get("/api/v1/care/patients", clinician).json().get("patients").get(0);
    }

    @OnBothDatabases
    void aRedFlagCheckInShowsInTheCaseloadOnceItsRefreshHasRunAndTheStaleRowMeanwhileIsShownAsItWas(Database db)
            throws Exception {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = server(db, clock)) {
            String ana = person(server, "ana@example.org", "Europe/London");
            String ben = person(server, "ben@example.org", "Europe/London");
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            server.inviteAndAccept(ben, physio);
            assertThat(server.get("/api/v1/care/patients", physio).json().get("patients"))
                    .extracting(p -> p.get("name").asText()).containsExactly("ana@example.org", "ben@example.org");

            double refreshes = metric(server, "plimsoll_caseload_attention_refreshes_total");
            try (AutoCloseable held = attention(server).hold()) {
                assertThat(server.post("/api/v1/checkins",
                        "{\"window\":\"DAILY\",\"pain\":6,\"symptoms\":[\"SADDLE_NUMBNESS\"]}", ben).status()).isEqualTo(201);
                JsonNode stale = first(server, physio);
                assertThat(stale.get("name").asText()).as("the row of Ben's revision before the check-in, as it was")
                        .isEqualTo("ana@example.org");
                assertThat(metric(server, "plimsoll_caseload_attention_queued")).as("Ben's refresh waits").isEqualTo(1);
            }
            assertThat(attention(server).awaitSettled(Duration.ofSeconds(30))).isTrue();

            JsonNode urgent = first(server, physio);
            assertThat(urgent.get("name").asText()).as("the emergency goes to the top").isEqualTo("ben@example.org");
            assertThat(urgent.get("attention").get(0).asText()).isEqualTo(EMERGENCY);
            assertThat(server.signInBrowser("physio@example.org").get("/care").body()).contains(EMERGENCY);
            assertThat(metric(server, "plimsoll_caseload_attention_refreshes_total") - refreshes)
                    .as("the check-in's refresh, once").isEqualTo(1);
            assertThat(metric(server, "plimsoll_caseload_attention_queued")).isZero();
            assertThat(metric(server, "plimsoll_caseload_attention_red_flags_total"))
                    .as("Ben's check-in went through the red-flag lane").isEqualTo(1);

            assertThat(server.post("/api/v1/checkins", "{\"window\":\"DAILY\",\"pain\":7}", ana).status())
                    .isEqualTo(201);
            assertThat(attention(server).awaitSettled(Duration.ofSeconds(30))).isTrue();
            assertThat(metric(server, "plimsoll_caseload_attention_red_flags_total"))
                    .as("a pain of 7 with no red flag waits in line").isEqualTo(1);
        }
    }

    @OnBothDatabases
    void aPersonsNewDayInTheirOwnZoneIsShownOnceItsRefreshHasRunAndNotComputedWhileTheClinicianWaits(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW); // 12:00 UTC on 1 March, 01:00 on 2 March in Auckland
        try (TestServer server = server(db, clock)) {
            String ana = person(server, "ana@example.org", "Pacific/Auckland");
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            assertThat(server.post("/api/v1/flare", "{}", ana).status()).isEqualTo(201);
            String onTheSpot = "plimsoll_caseload_attention_on_read_total";
            String refreshes = "plimsoll_caseload_attention_refreshes_total";

            assertThat(first(server, physio).get("attention").get(0).asText()).isEqualTo("In a flare since Mon 2 Mar (day 1).");
            double computed = metric(server, onTheSpot);
            double refreshed = metric(server, refreshes);

            clock.pass(Duration.ofHours(13)); // 01:00 UTC on 2 March: a new day in London, not in Auckland
            assertThat(first(server, physio).get("attention").get(0).asText()).isEqualTo("In a flare since Mon 2 Mar (day 1).");
            assertThat(metric(server, refreshes)).as("Ana's row still serves her day").isEqualTo(refreshed);

            clock.pass(Duration.ofHours(10)); // 11:00 UTC: midnight in Auckland
            assertThat(first(server, physio).get("attention").get(0).asText())
                    .as("yesterday's row, shown while hers is computed").isEqualTo("In a flare since Mon 2 Mar (day 1).");
            // TestServer waits for the queued refresh before the next request.
            assertThat(first(server, physio).get("attention").get(0).asText()).isEqualTo("In a flare since Mon 2 Mar (day 2).");
            assertThat(metric(server, refreshes)).as("her new day, computed once").isEqualTo(refreshed + 1);
            first(server, physio);
            assertThat(metric(server, refreshes)).as("and then read").isEqualTo(refreshed + 1);
            assertThat(metric(server, onTheSpot)).as("never while the clinician waited").isEqualTo(computed);
        }
    }
}
