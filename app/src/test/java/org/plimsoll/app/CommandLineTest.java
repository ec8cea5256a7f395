package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** The command line against a real database, as a person would type it. */
class CommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private static Typed plimsoll(Database db, String stdin, String... args) {
        return Typed.run(db, CLOCK, stdin, args);
    }

    @OnBothDatabases
    void logCheckInAndListSessionsForTheOnlyAccount(Database db) {
        assertThat(plimsoll(db, "correct horse battery\n", "account", "create", "ana@example.org",
                "--timezone", "Europe/London").exit()).isZero();

        Typed logged = plimsoll(db, "", "log", "run", "30", "--rpe", "4", "--distance", "5.2", "--run-type", "easy",
                "--at", "2026-03-01T07:00");
        assertThat(logged.exit()).isZero();
        assertThat(logged.out()).contains("Logged session 1: run, 30 min, effort 4, 5.2 km, 2026-03-01 07:00 (Europe/London)");

        assertThat(plimsoll(db, "", "checkin", "--session", "1", "--window", "BEFORE", "--pain", "2").exit()).isZero();
        assertThat(plimsoll(db, "", "checkin", "--session", "1", "--window", "during", "--pain", "3").exit()).isZero();
        Typed morning = plimsoll(db, "", "checkin", "--session", "1", "--window", "NEXT_MORNING", "--pain", "2");
        assertThat(morning.out()).contains("Recorded NEXT_MORNING check-in", "for session 1: pain 2/10");

        Typed list = plimsoll(db, "", "sessions");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("2026-03-01 07:00 run", "2/3/-/2");

        Typed json = plimsoll(db, "", "sessions", "--json");
        assertThat(json.out()).contains("\"activity\" : \"run\"", "\"window\" : \"NEXT_MORNING\"");
    }

    @OnBothDatabases
    void badInputExitsWith2AndSaysWhatIsWrongWithoutWritingAnything(Database db) {
        plimsoll(db, "correct horse battery\n", "account", "create", "ana@example.org");

        Typed unknown = plimsoll(db, "", "log", "runn", "30");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown activity 'runn'; known: run, walk");
        Typed pain = plimsoll(db, "", "checkin", "--pain", "11");
        assertThat(pain.exit()).isEqualTo(2);
        assertThat(pain.err()).contains("--pain must be 0–10, was 11");
        Typed missing = plimsoll(db, "", "checkin", "--session", "42", "--window", "DURING", "--pain", "3");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no session 42");
        assertThat(plimsoll(db, "", "log", "run", "-5").err()).contains("MINUTES must be 0–1440, was -5");

        assertThat(plimsoll(db, "", "sessions").out()).contains("No sessions yet");
    }

    @OnBothDatabases
    void withSeveralAccountsTheUserMustBeChosen(Database db) {
        plimsoll(db, "correct horse battery\n", "account", "create", "ana@example.org");
        plimsoll(db, "correct horse battery\n", "account", "create", "ben@example.org");

        Typed ambiguous = plimsoll(db, "", "sessions");
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("there are 2 accounts; choose one with --user EMAIL "
                + "(ana@example.org, ben@example.org)");
        assertThat(plimsoll(db, "", "log", "walk", "20", "--user", "ben@example.org").exit()).isZero();
        assertThat(plimsoll(db, "", "sessions", "--user", "ana@example.org").out()).contains("No sessions yet");
        assertThat(plimsoll(db, "", "sessions", "--user", "ben@example.org").out()).contains("walk");
    }

    @OnBothDatabases
    void theDemoHistoryIsCreatedOnceWithTwelveWeeks(Database db) {
        assertThat(Demo.ensure(db, CLOCK)).isTrue();
        assertThat(Demo.ensure(db, CLOCK)).isFalse();
        Typed list = plimsoll(db, "", "sessions", "--limit", "1000");
        long rows = list.out().lines().count() - 1;
        assertThat(rows).isBetween(36L, 60L);
    }

    @OnBothDatabases
    void aSelfHosterWithoutMailResetsAPasswordFromTheCommandLine(Database db) {
        plimsoll(db, "correct horse battery\n", "account", "create", "ana@example.org");
        org.plimsoll.store.account.AccountRepository accounts = new org.plimsoll.store.account.AccountRepository(db);
        long id = accounts.findByEmail("ana@example.org").orElseThrow().id();
        new org.plimsoll.store.token.TokenRepository(db).createWebSession(id, "a-browser", CLOCK.instant(),
                CLOCK.instant().plusSeconds(3600));

        Typed weak = plimsoll(db, "short\n", "account", "reset-password", "ana@example.org");
        assertThat(weak.exit()).isEqualTo(2);
        assertThat(weak.err()).contains("the password must be at least 10 characters");
        Typed nobody = plimsoll(db, "a new long phrase\n", "account", "reset-password", "ben@example.org");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("no account has the e-mail address ben@example.org");

        Typed reset = plimsoll(db, "a new long phrase\n", "account", "reset-password", "ana@example.org");
        assertThat(reset.exit()).isZero();
        assertThat(reset.out()).contains("New password set for ana@example.org");
        String hash = accounts.findByEmail("ana@example.org").orElseThrow().passwordHash();
        assertThat(org.plimsoll.web.auth.Passwords.matches("a new long phrase", hash)).isTrue();
        assertThat(org.plimsoll.web.auth.Passwords.matches("correct horse battery", hash)).isFalse();
        assertThat(new org.plimsoll.store.token.TokenRepository(db).findAccountByWebSession("a-browser", CLOCK.instant()))
                .as("every sign-in has ended").isEmpty();
    }

    /** Issue 28, item 14: the command line says "effort", as every page does, never "RPE". */
    @OnBothDatabases
    void theHelpAndTheMessagesSayEffortNeverRpe(Database db) {
        for (String[] command : new String[][] {{"--help"}, {"log", "--help"}, {"import", "--help"},
                {"sessions", "--help"}, {"checkin", "--help"}, {"evaluate", "--help"}, {"export", "--help"},
                {"import-export", "--help"}, {"account", "create", "--help"}, {"serve", "--help"}}) {
            Typed help = plimsoll(db, "", command);
            assertThat(help.out() + help.err()).as(String.join(" ", command)).doesNotContainPattern("\\bRPE\\b");
        }
        assertThat(plimsoll(db, "", "log", "--help").out()).contains("--effort=0-10", "Effort: how hard it felt")
                .contains("plimsoll log run 30 --effort 4");
        assertThat(plimsoll(db, "", "account", "create", "--help").out()).as("the example as it is to be typed")
                .contains("printf '%s\\n' 'long secret phrase'");
        assertThat(plimsoll(db, "correct horse battery\n", "account", "create", "ana@example.org").exit()).isZero();
        assertThat(plimsoll(db, "", "log", "run", "30", "--effort", "11").err()).contains("--effort must be 0–10, was 11");
        assertThat(plimsoll(db, "", "sessions").out()).contains("Log one: plimsoll log run 30 --effort 4");
        assertThat(plimsoll(db, "", "log", "run", "30", "--effort", "4", "--at", "2026-03-01T07:00").out())
                .contains("run, 30 min, effort 4,");
        assertThat(plimsoll(db, "", "sessions").out()).contains("EFFORT").doesNotContainPattern("\\bRPE\\b");
    }
}
