package org.plimsoll.store.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class ShareRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aLinkOpensUntilItExpiresOrIsRevokedAndEachOpeningIsLogged(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long bob = accounts.create("bob@example.org", "h", NOW).orElseThrow().id();
        ShareRepository shares = new ShareRepository(db);
        ShareLink link = shares.createLink(ana, "hash-1", "Physio", Set.of("LEVELS", "FLARES"), 8, NOW, NOW.plus(Duration.ofDays(14)));

        assertThat(shares.open("hash-1", NOW.plusSeconds(60), "10.0.0.1", "Firefox")).contains(link);
        assertThat(shares.open("hash-1", NOW.plus(Duration.ofDays(14)), "10.0.0.2", "Safari")).isEmpty();
        assertThat(shares.open("nope", NOW, "10.0.0.3", "curl")).isEmpty();
        assertThat(shares.visits(ana)).extracting(ShareVisit::address).containsExactly("10.0.0.1");
        assertThat(shares.visits(bob)).isEmpty();

        assertThat(shares.revokeLink(bob, link.id(), NOW)).isFalse();
        assertThat(shares.revokeLink(ana, link.id(), NOW)).isTrue();
        assertThat(shares.open("hash-1", NOW.plusSeconds(120), "10.0.0.1", "Firefox")).isEmpty();
        assertThat(shares.links(ana)).singleElement().satisfies(l -> assertThat(l.revokedAt()).isPresent());
    }

    @OnBothDatabases
    void aNewCalendarFeedReplacesTheOldOneAndARevokedFeedOpensNothing(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        ShareRepository shares = new ShareRepository(db);
        shares.replaceFeed(ana, "feed-1", NOW);
        shares.replaceFeed(ana, "feed-2", NOW.plusSeconds(5));

        assertThat(shares.feedAccount("feed-1")).isEmpty();
        assertThat(shares.feedAccount("feed-2")).contains(ana);
        assertThat(shares.revokeFeed(ana, NOW)).isTrue();
        assertThat(shares.feedAccount("feed-2")).isEmpty();
        assertThat(shares.feedSince(ana)).isEmpty();
    }
}
