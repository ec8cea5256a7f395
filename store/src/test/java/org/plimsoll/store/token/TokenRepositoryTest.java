package org.plimsoll.store.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.plimsoll.store.Database;
import org.plimsoll.store.StoreException;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.idempotency.IdempotencyRepository;
import org.plimsoll.store.idempotency.StoredResponse;
import org.plimsoll.store.testing.OnBothDatabases;

class TokenRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aRevokedTokenNoLongerSignsIn(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        TokenRepository tokens = new TokenRepository(db);
        ApiToken token = tokens.createApiToken(ana, "phone", "f".repeat(64), NOW);

        assertThat(tokens.findAccountByApiToken("f".repeat(64), NOW.plusSeconds(60))).contains(ana);
        assertThat(tokens.listApiTokens(ana).get(0).lastUsedAt()).contains(NOW.plusSeconds(60));
        // Within the hour a use is not written again; after it, it is.
        tokens.findAccountByApiToken("f".repeat(64), NOW.plusSeconds(600));
        assertThat(tokens.listApiTokens(ana).get(0).lastUsedAt()).contains(NOW.plusSeconds(60));
        tokens.findAccountByApiToken("f".repeat(64), NOW.plusSeconds(3660));
        assertThat(tokens.listApiTokens(ana).get(0).lastUsedAt()).contains(NOW.plusSeconds(3660));
        assertThat(tokens.revokeApiToken(ana, token.id(), NOW)).isTrue();
        assertThat(tokens.findAccountByApiToken("f".repeat(64), NOW)).isEmpty();
    }

    /** Issue 26: a token may be read-only; every token made before scopes is full. */
    @OnBothDatabases
    void aTokenKeepsItsScopeAndTheDatabaseKnowsOnlyFullAndRead(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        TokenRepository tokens = new TokenRepository(db);
        tokens.createApiToken(ana, "everything", "e".repeat(64), NOW);
        tokens.createApiToken(ana, "dashboard", ApiToken.Scope.READ, "d".repeat(64), NOW);

        assertThat(tokens.listApiTokens(ana)).extracting(ApiToken::scope)
                .containsExactly(ApiToken.Scope.FULL, ApiToken.Scope.READ);
        assertThat(tokens.useApiToken("d".repeat(64), NOW).orElseThrow().scope()).isEqualTo(ApiToken.Scope.READ);
        assertThat(tokens.useApiToken("e".repeat(64), NOW).orElseThrow().scope()).isEqualTo(ApiToken.Scope.FULL);
        assertThatThrownBy(() -> db.inTransaction(handle -> handle.execute(
                "UPDATE api_tokens SET scope = 'admin' WHERE account_id = ?", ana))).isInstanceOf(RuntimeException.class);
    }

    @OnBothDatabases
    void aBrowserSignInEndsWhenItExpires(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        TokenRepository tokens = new TokenRepository(db);
        tokens.createWebSession(ana, "a".repeat(64), NOW, NOW.plusSeconds(3600));

        assertThat(tokens.findAccountByWebSession("a".repeat(64), NOW.plusSeconds(3599))).contains(ana);
        assertThat(tokens.findAccountByWebSession("a".repeat(64), NOW.plusSeconds(3600))).isEmpty();
    }

    @OnBothDatabases
    void anIdempotencyKeyIsStoredOncePerPerson(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        StoredResponse first = new StoredResponse("hash1", 201, "{\"id\":\"7\"}");
        db.inTransaction(h -> {
            IdempotencyRepository.save(h, ana, "key-1", first, NOW);
            return null;
        });

        assertThat(new IdempotencyRepository(db).find(ana, "key-1")).contains(first);
        assertThatThrownBy(() -> db.inTransaction(h -> {
            IdempotencyRepository.save(h, ana, "key-1", first, NOW);
            return null;
        })).isInstanceOf(StoreException.class);
    }
}
