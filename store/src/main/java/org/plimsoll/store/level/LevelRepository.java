package org.plimsoll.store.level;

import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.optionalMinutes;
import static org.plimsoll.store.NullableColumns.boxedKm;
import static org.plimsoll.store.NullableColumns.boxedMinutes;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

/** The history of levels per activity: each row is a level set from a date on. */
public final class LevelRepository {
    private final Database database;

    public LevelRepository(Database database) {
        this.database = database;
    }

    public void add(long accountId, Level level, Instant now) {
        database.inTransaction(handle -> {
            insert(handle, accountId, level, now);
            return null;
        });
    }

    /** Inserts a level and returns its id. */
    public static long insert(Handle handle, long accountId, Level l, Instant now) {
        AccountRepository.touch(handle, accountId);
        return handle.createUpdate("""
                        INSERT INTO levels (account_id, activity, since, sessions_per_week, minutes, distance_km, rpe_cap,
                            recorded_at)
                        VALUES (:account, :activity, :since, :sessions, :minutes, :distance, :rpe, :now)""")
                .bind("account", accountId).bind("activity", l.activity().code()).bind("since", l.since())
                .bind("sessions", l.sessionsPerWeek()).bind("minutes", boxedMinutes(l.minutes()))
                .bind("distance", boxedKm(l.distance())).bind("rpe", l.rpeCap()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Every level recorded, oldest first. */
    public List<Level> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM levels WHERE account_id = :account ORDER BY since, id")
                .bind("account", accountId)
                .map((rs, ctx) -> new Level(Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                        TimeColumns.date(rs, "since", ctx), rs.getInt("sessions_per_week"),
                        optionalMinutes(rs, "minutes"), optionalDistance(rs, "distance_km"), rs.getInt("rpe_cap")))
                .list());
    }
}
