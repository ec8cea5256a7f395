package org.plimsoll.store.token;

import org.plimsoll.store.account.Account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/**
 * API tokens and browser sign-ins, both kept only as SHA-256 hashes of high-entropy secrets:
 * a stolen database does not sign anyone in.
 */
public final class TokenRepository {
    private static final RowMapper<ApiToken> TOKEN = (rs, ctx) -> new ApiToken(rs.getLong("id"),
            rs.getLong("account_id"), rs.getString("name"), scope(rs.getString("scope")),
            TimeColumns.instant(rs, "created_at", ctx),
            TimeColumns.optionalInstant(rs, "last_used_at", ctx), TimeColumns.optionalInstant(rs, "revoked_at", ctx));

    private final Database database;

    public TokenRepository(Database database) {
        this.database = database;
    }

    /**
     * Who a signed-in request is from, and their time zone (UTC until they have a profile), read with the
     * sign-in in one query: a check-in needs the zone to date itself, and asking for it apart cost a
     * second and third query on every write.
     */
    public record SignedIn(Account account, java.time.ZoneId zone) {
    }

    /** A signed-in request by API token: whose it is, their zone, and what the token may do. */
    public record TokenUse(SignedIn signedIn, ApiToken.Scope scope) {
        public Account account() {
            return signedIn.account();
        }
    }

    /**
     * The columns every signed-in request reads, in the order {@link #signedIn} maps them by position:
     * this query runs on every request, and naming only these (not {@code a.*}) spares reading and
     * mapping by name the columns nobody uses here.
     */
    private static final String SIGNED_IN_COLUMNS = "a.id, a.email, a.password_hash, a.created_at, a.revision, "
            + "p.time_zone";

    private static final String BY_API_TOKEN = """
            SELECT %s, t.last_used_at, t.scope
                FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                LEFT JOIN profiles p ON p.account_id = a.id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL""".formatted(SIGNED_IN_COLUMNS);

    private static final String BY_WEB_SESSION = """
            SELECT %s
                FROM web_sessions w JOIN accounts a ON a.id = w.account_id
                LEFT JOIN profiles p ON p.account_id = a.id
                WHERE w.token_hash = :hash AND w.expires_at > :now""".formatted(SIGNED_IN_COLUMNS);

    private static SignedIn signedIn(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        Instant created = ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, 4, ctx);
        String zone = rs.getString(6);
        return new SignedIn(new Account(rs.getLong(1), rs.getString(2), rs.getString(3), created, rs.getLong(5)),
                zone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone));
    }

    private static ApiToken.Scope scope(String code) {
        return ApiToken.Scope.of(code).orElseThrow(() -> new IllegalStateException("unknown token scope " + code));
    }

    public ApiToken createApiToken(long accountId, String name, String tokenHash, Instant now) {
        return createApiToken(accountId, name, ApiToken.Scope.FULL, tokenHash, now);
    }

    public ApiToken createApiToken(long accountId, String name, ApiToken.Scope scope, String tokenHash, Instant now) {
        return database.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO api_tokens (account_id, name, scope, token_hash, created_at)
                            VALUES (:account, :name, :scope, :hash, :now)""")
                    .bind("account", accountId).bind("name", name).bind("scope", scope.code()).bind("hash", tokenHash)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new ApiToken(id, accountId, name, scope, TimeColumns.storable(now), Optional.empty(), Optional.empty());
        });
    }

    /** "Last used" is kept to the hour: recording every request would make every read a write. */
    public static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofHours(1);

    /** The account a live (not revoked) API token belongs to; records its use, at most hourly. */
    public Optional<Long> findAccountByApiToken(String tokenHash, Instant now) {
        return accountByApiToken(tokenHash, now).map(Account::id);
    }

    /**
     * The account a live (not revoked) API token belongs to, read with the token in one query (each
     * signed-in request needs both); records the token's use, at most hourly.
     */
    public Optional<Account> accountByApiToken(String tokenHash, Instant now) {
        return useApiToken(tokenHash, now).map(TokenUse::account);
    }

    /** The account and scope of a live API token, in one query; records the token's use, at most hourly. */
    public Optional<TokenUse> useApiToken(String tokenHash, Instant now) {
        Optional<Map.Entry<TokenUse, Optional<Instant>>> found = database.withHandle(handle ->
                handle.createQuery(BY_API_TOKEN)
                .bind("hash", tokenHash)
                .map((rs, ctx) -> Map.entry(new TokenUse(signedIn(rs, ctx), scope(rs.getString(8))),
                        Optional.ofNullable(ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, 7, ctx))))
                .findOne());
        found.ifPresent(token -> {
            boolean stale = token.getValue().map(used -> !used.plus(LAST_USED_PRECISION).isAfter(now)).orElse(true);
            if (stale) {
                // Rides on the next shared commit with the check-ins and sessions: a commit of its own would wait
                // for the disk beside theirs and take the write lock from their committer.
                database.inGroupCommit(handle -> handle.createUpdate(
                                "UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash")
                        .bind("now", now).bind("hash", tokenHash).execute());
            }
        });
        return found.map(Map.Entry::getKey);
    }

    public List<ApiToken> listApiTokens(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM api_tokens WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(TOKEN).list());
    }

    public boolean revokeApiToken(long accountId, long tokenId, Instant now) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE api_tokens SET revoked_at = :now
                        WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
                .bind("now", now).bind("id", tokenId).bind("account", accountId).execute() > 0);
    }

    public void createWebSession(long accountId, String tokenHash, Instant now, Instant expiresAt) {
        database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO web_sessions (token_hash, account_id, created_at, expires_at)
                        VALUES (:hash, :account, :now, :expires)""")
                .bind("hash", tokenHash).bind("account", accountId).bind("now", now).bind("expires", expiresAt)
                .execute());
    }

    public Optional<Long> findAccountByWebSession(String tokenHash, Instant now) {
        return accountByWebSession(tokenHash, now).map(Account::id);
    }

    /** The account of a live browser sign-in, read with the sign-in in one query. */
    public Optional<Account> accountByWebSession(String tokenHash, Instant now) {
        return webSession(tokenHash, now).map(SignedIn::account);
    }

    /** The account of a live browser sign-in and its zone, read with the sign-in in one query. */
    public Optional<SignedIn> webSession(String tokenHash, Instant now) {
        return database.withHandle(handle -> handle.createQuery(BY_WEB_SESSION)
                .bind("hash", tokenHash).bind("now", now).map(TokenRepository::signedIn).findOne());
    }

    public void deleteWebSession(String tokenHash) {
        database.inTransaction(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }
}
