package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Issue 28, item 13: the physio's screens speak to the physio of their patient ("their level"), no
 * sentence ends in two full stops, the person's log has one line per visit, and the physio is told
 * when a person ended their access.
 */
class PhysioScreensTest {
    private static final Pattern NEW_URL = Pattern.compile("value=\"(http://[^\"]+)\" aria-label=\"New secret address\"");
    /** Two full stops in a row, not an ellipsis. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\s*\\.(?!\\.)");

    /** A person with a few runs and two check-ups, the second with every activity 4 points worse. */
    private static String ana(TestServer server, MovingClock clock) {
        String ana = server.signUp("ana@example.org");
        for (int day = 20; day <= 27; day += 2) {
            String id = server.post("/api/v1/sessions", "{\"activity\":\"run\",\"minutes\":30,\"rpe\":3,\"start\":\"2026-02-"
                    + day + "T18:00:00Z\"}", ana).json().get("id").asText();
            server.post("/api/v1/sessions/" + id + "/checkins", "{\"window\":\"AFTER_1H\",\"pain\":3}", ana);
        }
        server.post("/api/v1/check-ups", "{\"weeklyPain\":3,\"abilities\":[{\"activity\":\"gardening\",\"score\":8}]}", ana);
        clock.pass(Duration.ofDays(14));
        server.post("/api/v1/check-ups", "{\"weeklyPain\":3,\"abilities\":[{\"activity\":\"gardening\",\"score\":4}]}", ana);
        return ana;
    }

    /** The words a page shows: no scripts or styles, no tags. */
    private static String text(TestServer.Answer page) {
        return page.body().replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "").replaceAll("<[^>]*>", "");
    }

    @OnBothDatabases
    void thePhysiosScreensTheReportAndTheSharePageSayTheirLevelAndAllTheirActivities(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = ana(server, clock);
            String id = server.get("/api/v1/me", ana).json().get("id").asText();
            server.inviteAndAccept(ana, server.signUpClinician("physio@example.org"));
            TestServer.Browser physio = server.signInBrowser("physio@example.org");

            assertThat(text(physio.get("/care"))).contains("Ability, all their activities worse: 8 → 4")
                    .doesNotContain("your activities");
            for (String path : List.of("/care/patients/" + id, "/care/patients/" + id + "/report")) {
                String page = text(physio.get(path));
                assertThat(page).as(path).contains("Their level", "Ability, all their activities")
                        .doesNotContain("Your level", "all your activities");
            }
            TestServer.Browser person = server.signInBrowser("ana@example.org");
            Matcher link = NEW_URL.matcher(person.form("/export/shares", "label", "Dr Physio", "parts", "LEVELS",
                    "parts", "PACING", "parts", "OUTCOMES", "weeks", "8", "days", "14").body());
            assertThat(link.find()).isTrue();
            String shared = text(server.send("GET", link.group(1).replaceFirst("^http://[^/]+", ""), null, Map.of()));
            assertThat(shared).contains("Their level", "Ability, all their activities").doesNotContain("Your level");

            // The person's own pages still speak to the person.
            assertThat(person.get("/pacing").body()).contains("data-label=\"Your level\"");
            assertThat(text(person.get("/progress"))).contains("Ability, all your activities");
        }
    }

    @OnBothDatabases
    void aReasonOrNoteThatEndsWithAFullStopNeverMakesTwoOnAnyPage(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = ana(server, clock);
            String id = server.get("/api/v1/me", ana).json().get("id").asText();
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(ana, physio);
            assertThat(server.post("/api/v1/flare", "{\"note\":\"treat as a flare.\"}", ana).status()).isEqualTo(201);
            String base = "/api/v1/care/patients/" + id;
            assertThat(server.send("PUT", base + "/irritability", "{\"irritability\":\"HIGH\",\"reason\":\"flares after golf.\"}",
                    Map.of("Authorization", "Bearer " + physio)).status()).isEqualTo(200);
            assertThat(server.send("PUT", base + "/check-ups", "{\"everyDays\":7,\"reason\":\"weekly for now.\"}",
                    Map.of("Authorization", "Bearer " + physio)).status()).isEqualTo(200);
            server.post(base + "/notes", "{\"text\":\"Good start.\"}", physio);

            TestServer.Browser person = server.signInBrowser("ana@example.org");
            TestServer.Browser clinician = server.signInBrowser("physio@example.org");
            Map<String, TestServer.Answer> pages = Map.of("/today", person.get("/today"), "/care/access",
                    person.get("/care/access"), "/history", person.get("/history"), "/care/patients/" + id,
                    clinician.get("/care/patients/" + id), "report", clinician.get("/care/patients/" + id + "/report"),
                    "/care", clinician.get("/care"));
            pages.forEach((path, page) -> {
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(DOUBLE_STOP.matcher(text(page)).results().map(m -> text(page)
                        .substring(Math.max(0, m.start() - 40), m.end())).toList()).as(path).isEmpty();
            });
            assertThat(text(pages.get("/care/access"))).contains("set your check-ups to every 7 days: weekly for now.",
                    "flares after golf.").doesNotContain("now..", "golf..");
            assertThat(text(pages.get("/today"))).contains("You said your back is flaring: treat as a flare.");
            assertThat(server.get("/api/v1/today", ana).body()).doesNotContain("..");
        }
    }

    @OnBothDatabases
    void aClinicianWhoLooksSeveralTimesInOneSittingIsOneLineOfThePersonsLog(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            String id = server.get("/api/v1/me", ana).json().get("id").asText();
            server.inviteAndAccept(ana, server.signUpClinician("physio@example.org"));
            server.inviteAndAccept(ana, server.signUpClinician("other@example.org"));
            TestServer.Browser physio = server.signInBrowser("physio@example.org");
            TestServer.Browser other = server.signInBrowser("other@example.org");
            String page = "/care/patients/" + id;

            physio.get(page);                       // 12:00, a visit begins
            clock.pass(Duration.ofMinutes(10));
            physio.get(page + "/report");           // 12:10
            other.get(page);                        // 12:10, another clinician: a visit of their own
            clock.pass(Duration.ofMinutes(25));
            physio.get(page);                       // 12:35: 25 minutes after the last look, the same visit
            clock.pass(Duration.ofMinutes(30));
            physio.get(page);                       // 13:05: 30 minutes idle ended the visit; a new one
            clock.pass(Duration.ofMinutes(29));
            physio.get(page);                       // 13:34: the same as 13:05's

            List<String> looks = Pattern.compile("<li>([^<]*looked at[^<]*)</li>")
                    .matcher(server.signInBrowser("ana@example.org").get("/care/access").body()).results()
                    .map(m -> m.group(1).replaceAll("\\s+", " ").strip()).toList();
            assertThat(looks).containsExactly(
                    "Sun 1 Mar at 13:05: physio@example.org looked at your record.",
                    "Sun 1 Mar at 12:10: other@example.org looked at your record.",
                    "Sun 1 Mar at 12:00: physio@example.org looked at your record and your report (last 12 weeks).");
            // The API keeps every look, each with its time: the audit itself is not merged.
            assertThat(server.get("/api/v1/care/access", ana).json().get("events").findValuesAsText("action"))
                    .filteredOn("viewed"::equals).hasSize(6);
        }
    }

    @OnBothDatabases
    void afterThePersonEndsTheAccessThePhysioReadsThatItEndedAndWhen(Database db) {
        MovingClock clock = new MovingClock(TestServer.NOW);
        try (TestServer server = new TestServer(db, clock, Optional.empty())) {
            String ana = server.signUp("ana@example.org");
            server.inviteAndAccept(ana, server.signUpClinician("physio@example.org"));
            TestServer.Browser person = server.signInBrowser("ana@example.org");
            String access = person.get("/care/access").body();
            // Stopping is asked first: the button that ends it sits inside the question.
            assertThat(access).containsPattern("(?s)<details class=\"stop-access\"><summary>Stop access</summary>.*"
                    + "will no longer see your record.*Yes, stop physio@example.org's access</button>\\s*</form></details>");
            Matcher revoke = Pattern.compile("/care/access/(\\d+)/revoke").matcher(access);
            assertThat(revoke.find()).isTrue();
            clock.pass(Duration.ofDays(1));
            assertThat(person.form(revoke.group()).status()).isEqualTo(303);

            String caseload = text(server.signInBrowser("physio@example.org").get("/care"));
            assertThat(caseload).contains("Access ended", "ana@example.org ended your access on Mon 2 Mar.")
                    .doesNotContain("Nobody has invited you yet");
            // Invited again, the person is back on the caseload and no longer under "Access ended".
            String physio = server.post("/api/v1/auth/token",
                    "{\"email\":\"physio@example.org\",\"password\":\"correct horse battery\"}", null).json().get("token").asText();
            server.inviteAndAccept(ana, physio);
            assertThat(text(server.signInBrowser("physio@example.org").get("/care"))).doesNotContain("Access ended");
        }
    }

    @OnBothDatabases
    void aNameOverItsLimitIsRefusedNamingTheLimitAndNeverCut(Database db) {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            String longName = "Anastasia Konstantinopoulou-Papadopoulou of the Lighthouse Keepers' Cottage, Kirkwall";
            assertThat(longName.length()).isGreaterThan(80);
            TestServer.Answer api = server.send("PUT", "/api/v1/settings", "{\"displayName\":\"" + longName + "\"}",
                    Map.of("Authorization", "Bearer " + ana));
            assertThat(api.status()).isEqualTo(400);
            assertThat(api.body()).contains("displayName", "at most 80");

            TestServer.Browser person = server.signInBrowser("ana@example.org");
            String settings = person.get("/settings").body();
            assertThat(settings).as("no field cuts what is typed").doesNotContainPattern("id=\"displayName\"[^>]*maxlength");
            assertThat(text(person.get("/settings"))).contains("At most 80 characters.");
            TestServer.Answer refused = person.form("/settings", "displayName", longName, "irritability", "MODERATE",
                    "units", "KM", "timezone", "Europe/London", "morningCheckIn", "08:00");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(text(refused)).contains("a name has at most 80");
            assertThat(refused.body()).as("the name stays as typed, to be shortened").contains("value=\"" + longName
                    .replace("'", "&#39;") + "\"");
            assertThat(server.get("/api/v1/settings", ana).json().get("displayName").isNull()).as("nothing cut and saved")
                    .isTrue();

            String check = person.get("/check-up").body();
            assertThat(check).doesNotContainPattern("id=\"activity0\"[^>]*maxlength");
            TestServer.Answer longActivity = person.form("/check-up", "weeklyPain", "3", "activity0", "a".repeat(61),
                    "score0", "5");
            assertThat(longActivity.status()).isEqualTo(400);
            assertThat(text(longActivity)).contains("is 61 characters long; name the activity in 1 to 60 characters");
        }
    }
}
