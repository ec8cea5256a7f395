package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

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
    void fewerThan21MorningsSayThereIsNoUsualRangeYet(Database db) {
        try (TestServer server = new TestServer(db, CLOCK, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String csv = "date,HRV ms,HRV kind\n2026-03-30,44,SDNN\n2026-03-31,51,SDNN\n";
            server.upload("/api/v1/imports", Map.of("watch.csv", csv.getBytes(StandardCharsets.UTF_8)), Map.of(),
                    Map.of("Authorization", "Bearer " + ana));
            assertThat(server.signInBrowser("ana@example.org").get("/progress").body())
                    .contains("No usual range yet: it needs 21 mornings in 60 days, and there are 2.")
                    .doesNotContain("measure-sleep");
        }
    }
}
