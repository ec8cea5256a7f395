package org.plimsoll.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class AccountRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T07:00:00Z");

    @OnBothDatabases
    void anEmailAddressIsTakenOnceWhateverItsCase(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        assertThat(accounts.create("Ana@Example.org", "h1", NOW)).isPresent();
        assertThat(accounts.create("ana@example.ORG ", "h2", NOW)).isEmpty();
        assertThat(accounts.findByEmail("ANA@example.org").orElseThrow().passwordHash()).isEqualTo("h1");
        assertThat(accounts.listAll()).extracting(Account::email).containsExactly("ana@example.org");
    }

    @OnBothDatabases
    void deletingAnAccountDeletesEverythingRecordedForIt(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long id = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        SessionRepository sessions = new SessionRepository(db);
        sessions.add(id, Session.of("x", Activity.RUN, NOW.atZone(ZoneId.of("Europe/London")), 30, 4),
                java.util.Optional.empty(), NOW);

        assertThat(accounts.delete(id)).isTrue();

        assertThat(accounts.findById(id)).isEmpty();
        assertThat(sessions.list(id)).isEmpty();
    }

    @OnBothDatabases
    void whatIsWrittenAlongsideAnAccountLandsWithItOrNeither(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        ProfileRepository profiles = new ProfileRepository(db);
        long id = accounts.create("ana@example.org", "h", NOW, account -> {
            profiles.save(account.id(), org.plimsoll.engine.profile.Profile.defaultFor(ZoneId.of("Europe/London")), NOW);
            profiles.setOnboarded(account.id(), false);
        }).orElseThrow().id();
        assertThat(profiles.isOnboarded(id)).as("written in the account's transaction").isFalse();

        assertThatThrownBy(() -> accounts.create("sam@example.org", "h", NOW, account -> {
            throw new IllegalStateException("the key could not be kept");
        })).hasMessageContaining("the key could not be kept");
        assertThat(accounts.findByEmail("sam@example.org")).as("no account without what goes with it").isEmpty();
    }
}
