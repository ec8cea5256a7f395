package org.plimsoll.store.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/** Push subscriptions per person and device, and the server's one VAPID key pair. */
public final class PushRepository {
    private static final RowMapper<PushSubscription> SUBSCRIPTION = (rs, ctx) -> new PushSubscription(rs.getLong("id"),
            rs.getLong("account_id"), rs.getString("endpoint"), rs.getString("p256dh"), rs.getString("auth"),
            rs.getString("label"), TimeColumns.instant(rs, "created_at", ctx));

    /** The stored key pair: the private scalar and the uncompressed public key, base64url. */
    public record VapidKeys(String publicKey, String privateKey) {
    }

    private final Database database;

    public PushRepository(Database database) {
        this.database = database;
    }

    /**
     * The key pair every instance signs with: the stored one, or one {@code make} makes when none is stored yet.
     * Two instances starting together may both offer one; the first insert wins and both read it back.
     */
    public VapidKeys vapidKeys(java.util.function.Supplier<VapidKeys> make, Instant now) {
        return database.inTransaction(handle -> {
            Optional<VapidKeys> stored = handle.createQuery("SELECT public_key, private_key FROM vapid_keys WHERE id = 1")
                    .map((rs, ctx) -> new VapidKeys(rs.getString("public_key"), rs.getString("private_key"))).findOne();
            if (stored.isPresent()) {
                return stored.get();
            }
            VapidKeys made = make.get();
            handle.createUpdate("""
                            INSERT INTO vapid_keys (id, public_key, private_key, created_at)
                            VALUES (1, :public, :private, :now) ON CONFLICT (id) DO NOTHING""")
                    .bind("public", made.publicKey()).bind("private", made.privateKey()).bind("now", now).execute();
            return handle.createQuery("SELECT public_key, private_key FROM vapid_keys WHERE id = 1")
                    .map((rs, ctx) -> new VapidKeys(rs.getString("public_key"), rs.getString("private_key"))).one();
        });
    }

    /** Adds a device, or moves an endpoint seen before to this account with its new keys. */
    public PushSubscription subscribe(long accountId, String endpoint, String p256dh, String auth, String label,
                                      Instant now) {
        return database.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM push_subscriptions WHERE endpoint = :endpoint").bind("endpoint", endpoint)
                    .execute();
            long id = handle.createUpdate("""
                            INSERT INTO push_subscriptions (account_id, endpoint, p256dh, auth, label, created_at)
                            VALUES (:a, :endpoint, :p256dh, :auth, :label, :now)""")
                    .bind("a", accountId).bind("endpoint", endpoint).bind("p256dh", p256dh).bind("auth", auth)
                    .bind("label", label).bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new PushSubscription(id, accountId, endpoint, p256dh, auth, label, TimeColumns.storable(now));
        });
    }

    public List<PushSubscription> subscriptions(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM push_subscriptions WHERE account_id = :a ORDER BY id")
                .bind("a", accountId).map(SUBSCRIPTION).list());
    }

    public Optional<PushSubscription> find(long accountId, long id) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM push_subscriptions WHERE account_id = :a AND id = :id")
                .bind("a", accountId).bind("id", id).map(SUBSCRIPTION).findOne());
    }

    public boolean remove(long accountId, long id) {
        return database.inTransaction(handle -> handle.createUpdate(
                        "DELETE FROM push_subscriptions WHERE account_id = :a AND id = :id")
                .bind("a", accountId).bind("id", id).execute() == 1);
    }

    /** A push service said the endpoint is gone (404 or 410): it is forgotten, whoever it belonged to. */
    public void forget(String endpoint) {
        database.inTransaction(handle -> handle.createUpdate("DELETE FROM push_subscriptions WHERE endpoint = :e")
                .bind("e", endpoint).execute());
    }
}
