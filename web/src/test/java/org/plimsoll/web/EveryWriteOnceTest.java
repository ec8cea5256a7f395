package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plimsoll.store.Database;
import org.plimsoll.store.care.CareDecisionRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.flare.DeclaredFlareRepository;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.outcome.CheckUpRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.share.ShareRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.store.token.TokenRepository;

/**
 * Doubles (issue 28, item 5): every form that creates something is sent twice with the key its page
 * rendered (a double tap, or Back and the same form again), and every creating API route twice with
 * one Idempotency-Key: one record each time, and the second answer is the first's, not an error.
 */
class EveryWriteOnceTest {
    private static final String[] ONBOARDING = {"regions", "LOW", "irritability", "HIGH", "activities", "run",
            "goalMinutes-run", "40", "start-run", "comfortable", "levelMinutes-run", "25", "pain", "3"};
    private static final Pattern NEW_URL = Pattern.compile("value=\"(http://[^\"]+)\" aria-label=\"New secret address\"");
    private static final Pattern CODE = Pattern.compile("id=\"care-code\">([0-9A-Z-]+)<");

    /** The key the page rendered in the form posting to {@code action}. */
    private static String key(String page, String action) {
        int form = page.indexOf("action=\"" + action + "\"");
        assertThat(form).as("a form posting to " + action).isGreaterThanOrEqualTo(0);
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(key.find(form)).as("the form to " + action + " carries its key").isTrue();
        return key.group(1);
    }

    private static long id(TestServer server, String token) {
        return Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
    }

    private static long invitations(Database db, long person) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM care_invitations WHERE patient_id = :p")
                .bind("p", person).mapTo(Long.class).one());
    }

    @OnBothDatabases
    void aPersonsFormsSentTwiceWithTheirRenderedKeyStoreOnceAndShowWhatWasMade(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            long ana = id(server, token);
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.setOnboarded(ana, false);
            TestServer.Browser browser = server.signInBrowser("ana@example.org");

            String onboarding = key(browser.get("/onboarding").body(), "/onboarding");
            for (int i = 0; i < 2; i++) {
                var saved = browser.form("/onboarding", with(ONBOARDING, "idempotencyKey", onboarding));
                assertThat(saved.status()).isEqualTo(303);
                assertThat(saved.header("Location")).isEqualTo("/today");
            }
            assertThat(new LevelRepository(db).list(ana)).as("one starting level").hasSize(1);
            assertThat(new CheckInRepository(db).list(ana)).as("one onboarding check-in").hasSize(1);

            String share = key(browser.get("/export").body(), "/export/shares");
            String[] addresses = new String[2];
            for (int i = 0; i < 2; i++) {
                var made = browser.form("/export/shares", "idempotencyKey", share, "label", "Dr Physio", "parts", "LEVELS",
                        "weeks", "12", "days", "14");
                assertThat(made.status()).isEqualTo(200);
                Matcher address = NEW_URL.matcher(made.body());
                assertThat(address.find()).as("the address is shown again").isTrue();
                addresses[i] = address.group(1);
            }
            assertThat(addresses[1]).as("the same link's address").isEqualTo(addresses[0]);
            assertThat(new ShareRepository(db).links(ana)).as("one share link").hasSize(1);
            assertThat(server.send("GET", addresses[0].replaceFirst("^http://[^/]+", ""), null, Map.of()).status())
                    .as("the address shown twice opens the link").isEqualTo(200);

            String invite = key(browser.get("/care/access").body(), "/care/invitations");
            String[] codes = new String[2];
            for (int i = 0; i < 2; i++) {
                var made = browser.form("/care/invitations", "idempotencyKey", invite);
                assertThat(made.status()).isEqualTo(200);
                Matcher code = CODE.matcher(made.body());
                assertThat(code.find()).as("the code is shown again").isTrue();
                codes[i] = code.group(1);
            }
            assertThat(codes[1]).isEqualTo(codes[0]);
            assertThat(invitations(db, ana)).as("one invitation").isEqualTo(1);

            String checkUp = key(browser.get("/check-up").body(), "/check-up");
            for (int i = 0; i < 2; i++) {
                var saved = browser.form("/check-up", "idempotencyKey", checkUp, "weeklyPain", "4", "activity0", "Gardening",
                        "score0", "6");
                assertThat(saved.status()).isEqualTo(303);
                assertThat(saved.header("Location")).as("not 'this replaces today's'").isEqualTo("/today?saved=check-up");
            }
            assertThat(new CheckUpRepository(db).list(ana)).hasSize(1);

            // Today offers "My back is flaring" only on a day too sore to train; its form carries a key like the others.
            String flare = java.util.UUID.randomUUID().toString();
            for (int i = 0; i < 2; i++) {
                var declared = browser.form("/today/flare", "idempotencyKey", flare);
                assertThat(declared.status()).isEqualTo(303);
                assertThat(declared.header("Location")).isEqualTo("/today?saved=flare");
            }
            assertThat(new DeclaredFlareRepository(db).list(ana)).hasSize(1);

            int tokensBefore = new TokenRepository(db).listApiTokens(ana).size();
            String tokenKey = key(browser.get("/account").body(), "/account/tokens");
            String[] shown = new String[2];
            for (int i = 0; i < 2; i++) {
                var made = browser.form("/account/tokens", "idempotencyKey", tokenKey, "name", "My script", "scope", "read");
                assertThat(made.status()).isEqualTo(200);
                Matcher secret = Pattern.compile("(plm_[A-Za-z0-9_-]{43})").matcher(made.body());
                assertThat(secret.find()).as("the token is shown again").isTrue();
                shown[i] = secret.group(1);
            }
            assertThat(shown[1]).isEqualTo(shown[0]);
            assertThat(new TokenRepository(db).listApiTokens(ana)).hasSize(tokensBefore + 1);
        }
    }

    @OnBothDatabases
    void aClinicianFormsSentTwiceWithTheirRenderedKeyDecideOnceAndAreAnsweredAsTheFirst(Database db) {
        try (TestServer server = new TestServer(db)) {
            String person = server.signUp("ana@example.org");
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(person, physio);
            long ana = id(server, person);
            String base = "/care/patients/" + ana;
            TestServer.Browser browser = server.signInBrowser("physio@example.org");
            CareDecisionRepository decisions = new CareDecisionRepository(db);

            String level = key(browser.get(base).body(), base + "/levels");
            for (int i = 0; i < 2; i++) {
                var set = browser.form(base + "/levels", "idempotencyKey", level, "activity", "run", "sessionsPerWeek", "2",
                        "minutes", "15", "effortCap", "3", "reason", "Start lower after the scan.");
                assertThat(set.status()).as("the second is not 'nothing changed'").isEqualTo(303);
                assertThat(set.header("Location")).isEqualTo(base);
            }
            assertThat(decisions.list(ana)).as("one level set").hasSize(1);

            String flare = key(browser.get(base).body(), base + "/flare");
            for (int i = 0; i < 2; i++) {
                var declared = browser.form(base + "/flare", "idempotencyKey", flare, "reason", "Sore after lifting.");
                assertThat(declared.status()).as("the second is not 'a flare is already in force'").isEqualTo(303);
            }
            assertThat(decisions.list(ana)).as("one flare declared").hasSize(2);

            String settings = key(browser.get(base).body(), base + "/settings");
            int events = server.get("/api/v1/care/access", person).json().get("events").size();
            for (int i = 0; i < 2; i++) {
                var changed = browser.form(base + "/settings", "idempotencyKey", settings, "holdDays", "21",
                        "reason", "Slower steps this month.");
                assertThat(changed.status()).as("the second is not 'nothing changed'").isEqualTo(303);
            }
            assertThat(server.get("/api/v1/care/access", person).json().get("events").size())
                    .as("one settings change in the person's log").isEqualTo(events + 1);
        }
    }

    @OnBothDatabases
    void everyCreatingApiRouteSentTwiceWithOneIdempotencyKeyStoresOnceAndAnswersAsTheFirst(Database db) {
        try (TestServer server = new TestServer(db)) {
            String person = server.signUp("ana@example.org");
            String physio = server.signUpClinician("physio@example.org");
            long ana = id(server, person);

            var invitation = twice(server, "/api/v1/care/invitations", "{}", person, "invite-1");
            assertThat(invitations(db, ana)).isEqualTo(1);
            String code = invitation.json().get("code").asText();
            for (int i = 0; i < 2; i++) {
                assertThat(server.post("/api/v1/care/accept", "{\"code\":\"" + code + "\"}", physio).status())
                        .as("the code taken up again by the same clinician is the same acceptance").isEqualTo(201);
            }

            twice(server, "/api/v1/check-ups", "{\"weeklyPain\":4}", person, "check-up-1");
            assertThat(new CheckUpRepository(db).list(ana)).hasSize(1);

            twice(server, "/api/v1/flare", "{\"note\":\"Lifting boxes.\"}", person, "flare-1");
            assertThat(new DeclaredFlareRepository(db).list(ana)).hasSize(1);

            int tokens = new TokenRepository(db).listApiTokens(ana).size();
            var token = twice(server, "/api/v1/tokens", "{\"name\":\"script\",\"scope\":\"read\"}", person, "token-1");
            assertThat(token.json().get("token").asText()).startsWith("plm_");
            assertThat(new TokenRepository(db).listApiTokens(ana)).hasSize(tokens + 1);

            String base = "/api/v1/care/patients/" + ana;
            CareDecisionRepository decisions = new CareDecisionRepository(db);
            twice(server, base + "/levels", "{\"activity\":\"run\",\"sessionsPerWeek\":2,\"minutes\":15,\"effortCap\":3,"
                    + "\"reason\":\"start lower\"}", physio, "level-1");
            assertThat(decisions.list(ana)).hasSize(1);

            var reused = server.send("POST", "/api/v1/check-ups", "{\"weeklyPain\":7}",
                    Map.of("Authorization", "Bearer " + person, "Idempotency-Key", "check-up-1"));
            assertThat(reused.status()).as("a key reused with another body").isEqualTo(422);
            assertThat(new CheckUpRepository(db).list(ana)).hasSize(1);
        }
    }

    /** Sends the request twice under one key: the second answer is the first's, marked replayed. */
    private static TestServer.Answer twice(TestServer server, String path, String body, String token, String key) {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Idempotency-Key", key);
        var first = server.send("POST", path, body, headers);
        var again = server.send("POST", path, body, headers);
        assertThat(first.status()).as(path + ": " + first.body()).isBetween(200, 201);
        assertThat(again.status()).as(path + " again: " + again.body()).isEqualTo(first.status());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        return first;
    }

    /** The sign-up form sent as a page sends it: same origin, no sign-in yet. */
    private static TestServer.Answer signUpForm(TestServer server, String... fieldsAndValues) {
        StringBuilder body = new StringBuilder("timezone=Europe%2FLondon");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.append('&').append(fieldsAndValues[i]).append('=')
                    .append(java.net.URLEncoder.encode(fieldsAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return server.send("POST", "/signup", body.toString(), Map.of("Origin", server.base,
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
    }

    private static long accounts(Database db, String email) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE email = :e").bind("e", email)
                .mapTo(Long.class).one());
    }

    @OnBothDatabases
    void aSignUpSentTwiceWithItsRenderedKeyMakesOneAccountAndSignsInBothTimes(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String signUp = key(server.send("GET", "/signup", null, Map.of()).body(), "/signup");
            for (int i = 0; i < 2; i++) {
                var made = signUpForm(server, "idempotencyKey", signUp, "email", "ana@example.org",
                        "password", "correct horse battery");
                assertThat(made.status()).as("tap %d is not 'already has an account'", i + 1).isEqualTo(303);
                assertThat(made.header("Location")).isEqualTo("/onboarding");
                String cookie = made.header("Set-Cookie");
                assertThat(server.send("GET", "/onboarding", null, Map.of("Cookie", cookie.substring(0, cookie.indexOf(';'))))
                        .status()).as("tap %d signs the browser in", i + 1).isEqualTo(200);
            }
            assertThat(accounts(db, "ana@example.org")).as("one account").isEqualTo(1);

            var otherPassword = signUpForm(server, "idempotencyKey", signUp, "email", "ana@example.org",
                    "password", "another long passphrase");
            assertThat(otherPassword.status()).as("the key alone signs nobody in").isEqualTo(400);
            assertThat(otherPassword.header("Set-Cookie")).isNull();
            assertThat(otherPassword.body()).contains("already has an account here: sign in instead");
            var otherKey = signUpForm(server, "idempotencyKey", java.util.UUID.randomUUID().toString(),
                    "email", "ana@example.org", "password", "correct horse battery");
            assertThat(otherKey.status()).as("another page's sign-up is a second one").isEqualTo(400);

            // Two taps at once, for a physiotherapist: both answered with their caseload, one account.
            String physio = key(server.send("GET", "/signup", null, Map.of()).body(), "/signup");
            var taps = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Callable<TestServer.Answer> tap = () -> signUpForm(server, "idempotencyKey",
                        physio, "email", "physio@example.org", "password", "correct horse battery", "clinician", "on");
                for (var answer : taps.invokeAll(java.util.List.of(tap, tap))) {
                    assertThat(answer.get().status()).isEqualTo(303);
                    assertThat(answer.get().header("Location")).isEqualTo("/care");
                }
            } finally {
                taps.shutdown();
            }
            assertThat(accounts(db, "physio@example.org")).isEqualTo(1);
        }
    }

    private static String[] with(String[] fields, String name, String value) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = name;
        all[fields.length + 1] = value;
        return all;
    }
}
