package org.plimsoll.store.share;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/**
 * Share links and the calendar feed: both are reached by a secret of which only the SHA-256 is kept
 * (the caller hashes), and both can be revoked. Every opening of a share link is logged.
 */
public final class ShareRepository {
    private static final RowMapper<ShareLink> LINK = (rs, ctx) -> new ShareLink(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("label"), new LinkedHashSet<>(Arrays.asList(rs.getString("parts").split(","))), rs.getInt("weeks"),
            TimeColumns.instant(rs, "created_at", ctx), TimeColumns.instant(rs, "expires_at", ctx),
            TimeColumns.optionalInstant(rs, "revoked_at", ctx));

    private final Database database;

    public ShareRepository(Database database) {
        this.database = database;
    }

    public ShareLink createLink(long accountId, String tokenHash, String label, Set<String> parts, int weeks,
                                Instant now, Instant expiresAt) {
        long id = database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO share_links (account_id, token_hash, label, parts, weeks, created_at, expires_at)
                        VALUES (:account, :hash, :label, :parts, :weeks, :now, :expires)""")
                .bind("account", accountId).bind("hash", tokenHash).bind("label", label)
                .bind("parts", String.join(",", parts)).bind("weeks", weeks).bind("now", now).bind("expires", expiresAt)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ShareLink(id, accountId, label, parts, weeks, TimeColumns.storable(now), TimeColumns.storable(expiresAt),
                Optional.empty());
    }

    public List<ShareLink> links(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM share_links WHERE account_id = :account ORDER BY id DESC")
                .bind("account", accountId).map(LINK).list());
    }

    /** The link a secret opens, if it is open now; the visit is logged in the same transaction. */
    public Optional<ShareLink> open(String tokenHash, Instant now, String address, String userAgent) {
        return database.inTransaction(handle -> {
            Optional<ShareLink> link = handle.createQuery("SELECT * FROM share_links WHERE token_hash = :hash")
                    .bind("hash", tokenHash).map(LINK).findOne().filter(l -> l.isOpenAt(now));
            link.ifPresent(l -> handle.createUpdate(
                            "INSERT INTO share_visits (share_id, at, address, user_agent) VALUES (:id, :now, :address, :agent)")
                    .bind("id", l.id()).bind("now", now).bind("address", cut(address, 64)).bind("agent", cut(userAgent, 200))
                    .execute());
            return link;
        });
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }

    public List<ShareVisit> visits(long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT v.* FROM share_visits v JOIN share_links l ON l.id = v.share_id
                        WHERE l.account_id = :account ORDER BY v.at DESC LIMIT 200""")
                .bind("account", accountId)
                .map((rs, ctx) -> new ShareVisit(rs.getLong("share_id"), TimeColumns.instant(rs, "at", ctx),
                        rs.getString("address"), rs.getString("user_agent"))).list());
    }

    public boolean revokeLink(long accountId, long linkId, Instant now) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        UPDATE share_links SET revoked_at = :now
                        WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
                .bind("now", now).bind("id", linkId).bind("account", accountId).execute() > 0);
    }

    /** A new calendar feed secret; any earlier feed of the account stops working (one feed per person). */
    public void replaceFeed(long accountId, String tokenHash, Instant now) {
        database.inTransaction(handle -> {
            handle.createUpdate("UPDATE calendar_feeds SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL")
                    .bind("now", now).bind("account", accountId).execute();
            return handle.createUpdate("INSERT INTO calendar_feeds (account_id, token_hash, created_at) VALUES (:account, :hash, :now)")
                    .bind("account", accountId).bind("hash", tokenHash).bind("now", now).execute();
        });
    }

    public boolean revokeFeed(long accountId, Instant now) {
        return database.inTransaction(handle -> handle.createUpdate(
                        "UPDATE calendar_feeds SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL")
                .bind("now", now).bind("account", accountId).execute() > 0);
    }

    /** Since when the account's live feed exists, if it has one. */
    public Optional<Instant> feedSince(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT created_at FROM calendar_feeds WHERE account_id = :account AND revoked_at IS NULL")
                .bind("account", accountId).map((rs, ctx) -> TimeColumns.instant(rs, "created_at", ctx)).findOne());
    }

    public Optional<Long> feedAccount(String tokenHash) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT account_id FROM calendar_feeds WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).mapTo(Long.class).findOne());
    }
}
