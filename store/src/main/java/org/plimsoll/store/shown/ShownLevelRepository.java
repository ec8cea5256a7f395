package org.plimsoll.store.shown;

import static org.plimsoll.store.NullableColumns.boxedKm;
import static org.plimsoll.store.NullableColumns.boxedMinutes;
import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.optionalDouble;
import static org.plimsoll.store.NullableColumns.optionalMinutes;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.safety.ShownLevel;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/**
 * The level in force last shown for each of a person's activities on a day (docs/engine.md, I6): the
 * day's latest and the latest earlier day's, since today's first answer must not overwrite the
 * yesterday that today's later answers are held to. It is derived
 * from the record, not part of it, so keeping it does not change the account's revision (which would
 * make every read a write) and it is not in the full export; it goes with the account.
 */
public final class ShownLevelRepository {
    private final Database database;

    public ShownLevelRepository(Database database) {
        this.database = database;
    }

    /** The levels kept, per activity the latest day's first. */
    public List<ShownLevel> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT activity, on_date, sessions_per_week, minutes, distance_km, rpe_cap, work
                        FROM shown_levels WHERE account_id = :account ORDER BY activity, on_date DESC""")
                .bind("account", accountId)
                .map((rs, ctx) -> {
                    Optional<Activity> activity = Activity.fromCode(rs.getString("activity"));
                    Dose level = new Dose(rs.getInt("sessions_per_week"), optionalMinutes(rs, "minutes"),
                            optionalDistance(rs, "distance_km"), rs.getInt("rpe_cap"), Optional.empty(),
                            optionalDouble(rs, "work").isPresent() ? Optional.of(Work.of(rs.getDouble("work")))
                                    : Optional.empty());
                    java.time.LocalDate date = TimeColumns.date(rs, "on_date", ctx);
                    return activity.map(a -> new ShownLevel(date, a, level));
                })
                .list().stream().flatMap(Optional::stream).toList());
    }

    /**
     * Keeps what was shown, replacing the same day's row of its activity and dropping days before the
     * latest earlier one; rows already equal are left alone, so a page read again writes nothing.
     */
    public void keep(long accountId, List<ShownLevel> shown, List<ShownLevel> kept) {
        List<ShownLevel> changed = changed(shown, kept);
        if (!changed.isEmpty()) {
            database.inTransaction(handle -> {
                write(handle, accountId, changed);
                return null;
            });
        }
    }

    /** Of the levels shown, those not kept already: only these need a write. */
    public static List<ShownLevel> changed(List<ShownLevel> shown, List<ShownLevel> kept) {
        // The rotation range is the activity's, not the level's, and is not kept.
        return shown.stream().map(s -> new ShownLevel(s.date(), s.activity(), new Dose(
                        s.level().sessionsPerWeek(), s.level().minutes(), s.level().distance(), s.level().rpeCap(),
                        Optional.empty(), s.level().work())))
                .filter(s -> !kept.contains(s)).toList();
    }

    /** Writes {@code changed} (from {@link #changed}) in the caller's transaction. */
    public static void write(Handle handle, long accountId, List<ShownLevel> changed) {
        for (ShownLevel s : changed) {
            Dose d = s.level();
            handle.createUpdate("""
                            INSERT INTO shown_levels (account_id, activity, on_date, sessions_per_week, minutes,
                                distance_km, rpe_cap, work)
                            VALUES (:account, :activity, :date, :sessions, :minutes, :km, :effort, :work)
                            ON CONFLICT (account_id, activity, on_date) DO UPDATE SET
                                sessions_per_week = :sessions, minutes = :minutes, distance_km = :km,
                                rpe_cap = :effort, work = :work""")
                    .bind("account", accountId).bind("activity", s.activity().code()).bind("date", s.date())
                    .bind("sessions", d.sessionsPerWeek()).bind("minutes", boxedMinutes(d.minutes()))
                    .bind("km", boxedKm(d.distance())).bind("effort", d.rpeCap())
                    .bind("work", d.work().map(Work::value).orElse(null)).execute();
            handle.createUpdate("""
                            DELETE FROM shown_levels WHERE account_id = :account AND activity = :activity
                                AND on_date < (SELECT MAX(on_date) FROM shown_levels WHERE account_id = :account
                                    AND activity = :activity AND on_date < :date)""")
                    .bind("account", accountId).bind("activity", s.activity().code()).bind("date", s.date())
                    .execute();
        }
    }
}
