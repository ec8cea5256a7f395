package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.plimsoll.store.Database;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** The first visit's answers land together or not at all, so that no one is left half set up. */
class OnboardingAllOrNothingTest {
    private static final String[] ANSWERS = {"regions", "LOW", "irritability", "HIGH", "activities", "run",
            "goalMinutes-run", "40", "start-run", "comfortable", "levelMinutes-run", "25", "pain", "3"};

    /**
     * The database refuses to mark anyone onboarded, as a full disk would: the failure comes last,
     * after the profile, the goal, the level and the check-in were written.
     */
    private static void refuseOnboarded(Database db, boolean refuse) {
        db.jdbi().useHandle(h -> {
            if (db.kind() == Database.Kind.SQLITE) {
                h.execute(refuse ? "CREATE TRIGGER refuse BEFORE UPDATE OF onboarded ON profiles BEGIN SELECT RAISE(ABORT, 'disk full'); END"
                        : "DROP TRIGGER refuse");
            } else if (refuse) {
                h.execute("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql");
                h.execute("CREATE TRIGGER refuse BEFORE UPDATE OF onboarded ON profiles FOR EACH ROW EXECUTE FUNCTION refuse()");
            } else {
                h.execute("DROP TRIGGER refuse ON profiles");
            }
        });
    }

    @OnBothDatabases
    void aFailurePartWayThroughOnboardingStoresNothingAndLeavesThePersonNotOnboarded(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            long ana = Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.setOnboarded(ana, false);
            TestServer.Browser browser = server.signInBrowser("ana@example.org");
            refuseOnboarded(db, true);

            var failed = browser.form("/onboarding", ANSWERS);

            assertThat(failed.status()).isGreaterThanOrEqualTo(500);
            assertThat(profiles.isOnboarded(ana)).as("still to onboard").isFalse();
            assertThat(profiles.find(ana).orElseThrow().goals()).as("no goal").isEmpty();
            assertThat(profiles.find(ana).orElseThrow().irritability().name()).as("the default kept").isEqualTo("MODERATE");
            assertThat(new LevelRepository(db).list(ana)).as("no level").isEmpty();
            assertThat(new CheckInRepository(db).list(ana)).as("no check-in").isEmpty();

            refuseOnboarded(db, false);
            var saved = browser.form("/onboarding", ANSWERS);

            assertThat(saved.status()).isEqualTo(303);
            assertThat(saved.header("Location")).isEqualTo("/today");
            assertThat(profiles.isOnboarded(ana)).isTrue();
            assertThat(new LevelRepository(db).list(ana)).hasSize(1);
            assertThat(new CheckInRepository(db).list(ana)).hasSize(1);
        }
    }
}
