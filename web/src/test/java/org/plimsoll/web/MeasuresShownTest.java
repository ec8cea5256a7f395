package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** Sleep, heart-rate variability and resting heart rate on Progress, the clinician's page and the report. */
class MeasuresShownTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC);

    /** 30 mornings up to today: HRV alternating 40 and 60 ms (RMSSD), resting heart rate 50 and 56, sleep 6 and 8 h. */
    static byte[] thirtyMornings() {
        StringBuilder csv = new StringBuilder("date,sleep hours,HRV ms,HRV kind,resting heart rate\n");
        LocalDate today = LocalDate.of(2026, 3, 31);
        for (int i = 29; i >= 0; i--) {
            boolean even = i % 2 == 0;
            csv.append(today.minusDays(i)).append(',').append(even ? 6 : 8).append(',').append(even ? 40 : 60)
                    .append(",RMSSD,").append(even ? 50 : 56).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @OnBothDatabases
    void progressTheCliniciansPageAndTheReportShowEachMeasureAgainstItsUsualRange(Database db) {
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String anaId = server.get("/api/v1/me", ana).json().get("id").asText();
            server.upload("/api/v1/imports", Map.of("ring.csv", thirtyMornings()), Map.of(),
                    Map.of("Authorization", "Bearer " + ana));

            String progress = server.signInBrowser("ana@example.org").get("/progress").body();
            assertThat(progress).contains("<h2 id=\"measures-h\">Sleep, heart-rate variability and resting heart rate</h2>",
                    "<h3 id=\"measure-hrv\">Heart-rate variability</h3>",
                    "Your usual range: 44.2–54.3 ms, the shaded band (from your last 60 days).",
                    "Readings of the RMSSD kind", "Your usual range: 49.9–56.1 beats a minute",
                    "<h3 id=\"measure-restingHeartRate\">Resting heart rate</h3>", "<h3 id=\"measure-sleep\">Sleep</h3>");

            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            TestServer.Browser clinic = server.signInBrowser("physio@example.org");
            for (String path : new String[] {"/care/patients/" + anaId, "/care/patients/" + anaId + "/report"}) {
                String page = clinic.get(path).body();
                assertThat(page).as(path).contains("The last 4 weeks against the usual range",
                        "<th scope=\"row\">Heart-rate variability (RMSSD)</th><td>50 ms</td><td>44.2–54.3 ms</td><td>30</td>",
                        "<th scope=\"row\">Resting heart rate</th><td>53 beats a minute</td>");
            }
        }
    }

    @OnBothDatabases
    void theProgressApiCarriesHeartRateVariabilityAndRestingHeartRateByDateWithTheirUsualRange(Database db)
            throws Exception {
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            server.upload("/api/v1/imports", Map.of("ring.csv", thirtyMornings()), Map.of(),
                    Map.of("Authorization", "Bearer " + ana));

            // Checked against the OpenAPI document as it arrives (ApiContract), and shaped as its example.
            JsonNode progress = server.get("/api/v1/progress", ana).json();
            JsonNode example = new com.fasterxml.jackson.databind.ObjectMapper().readTree(server.openApiDocument())
                    .at("/paths/~1api~1v1~1progress/get/responses/200/content/application~1json/example");
            for (int i = 0; i < 3; i++) {
                assertThat(fields(progress.get("measures").get(i))).as("measure %d", i)
                        .isEqualTo(fields(example.get("measures").get(i)));
            }
            Map<String, JsonNode> measures = new java.util.HashMap<>();
            progress.get("measures").forEach(m -> measures.put(m.get("name").asText(), m));
            assertThat(measures).containsOnlyKeys("sleep", "hrv", "restingHeartRate");

            JsonNode hrv = measures.get("hrv");
            assertThat(hrv.get("unit").asText()).isEqualTo("ms");
            assertThat(hrv.get("hrvKind").asText()).isEqualTo("RMSSD");
            assertThat(hrv.get("values")).hasSize(30);
            assertThat(hrv.get("values").get(0).toString()).isEqualTo("{\"date\":\"2026-03-02\",\"value\":60.0}");
            assertThat(hrv.get("values").get(29).toString()).isEqualTo("{\"date\":\"2026-03-31\",\"value\":40.0}");
            assertThat(hrv.get("usualRange").toString()).as("the range Progress shades: 44.2–54.3 ms")
                    .isEqualTo("{\"low\":44.2,\"high\":54.3}");

            JsonNode resting = measures.get("restingHeartRate");
            assertThat(resting.get("unit").asText()).isEqualTo("bpm");
            assertThat(resting.has("hrvKind")).as("a kind only on heart-rate variability").isFalse();
            assertThat(resting.get("values").get(29).toString()).isEqualTo("{\"date\":\"2026-03-31\",\"value\":50.0}");
            assertThat(resting.get("usualRange").toString()).as("the range Progress shades: 49.9–56.1 beats a minute")
                    .isEqualTo("{\"low\":49.9,\"high\":56.1}");
        }
    }

    private static java.util.List<String> fields(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @OnBothDatabases
    void fewerThan21MorningsSayThereIsNoUsualRangeYet(Database db) {
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String csv = "date,HRV ms,HRV kind\n2026-03-30,44,SDNN\n2026-03-31,51,SDNN\n";
            server.upload("/api/v1/imports", Map.of("watch.csv", csv.getBytes(StandardCharsets.UTF_8)), Map.of(),
                    Map.of("Authorization", "Bearer " + ana));
            assertThat(server.signInBrowser("ana@example.org").get("/progress").body())
                    .contains("No usual range yet: it needs 21 mornings in 60 days, and there are 2.")
                    .doesNotContain("measure-sleep");
            JsonNode hrv = server.get("/api/v1/progress", ana).json().get("measures").get(0);
            assertThat(hrv.get("name").asText()).isEqualTo("hrv");
            assertThat(hrv.get("hrvKind").asText()).isEqualTo("SDNN");
            assertThat(hrv.get("values")).hasSize(2);
            assertThat(hrv.get("usualRange").isNull()).as("no usual range from 2 mornings").isTrue();
        }
    }
}
