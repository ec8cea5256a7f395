package org.plimsoll.store.context;

import static org.plimsoll.store.NullableColumns.optionalDouble;
import static org.plimsoll.store.NullableColumns.optionalInt;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

/** Sleep, stress and sitting: one row per person and day; a second entry for a day replaces the first. */
public final class DailyContextRepository {
    private final Database database;

    public DailyContextRepository(Database database) {
        this.database = database;
    }

    public void save(long accountId, DailyContext context) {
        database.inTransaction(handle -> {
            upsert(handle, accountId, context);
            return null;
        });
    }

    public static void upsert(Handle handle, long accountId, DailyContext c) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO daily_context (account_id, on_date, sleep_hours, sleep_quality, stress, sitting_hours)
                        VALUES (:account, :date, :sleep, :quality, :stress, :sitting)
                        ON CONFLICT (account_id, on_date) DO UPDATE SET sleep_hours = excluded.sleep_hours,
                            sleep_quality = excluded.sleep_quality, stress = excluded.stress,
                            sitting_hours = excluded.sitting_hours""")
                .bind("account", accountId).bind("date", c.date())
                .bind("sleep", c.sleepHours().map(Hours::value).orElse(null))
                .bind("quality", c.sleepQuality().map(SleepQuality::value).orElse(null))
                .bind("stress", c.stress().map(Stress::value).orElse(null))
                .bind("sitting", c.sittingHours().map(Hours::value).orElse(null))
                .execute();
    }

    /** All entries, oldest first. */
    public List<DailyContext> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM daily_context WHERE account_id = :account ORDER BY on_date")
                .bind("account", accountId)
                .map((rs, ctx) -> new DailyContext(TimeColumns.date(rs, "on_date", ctx),
                        optionalDouble(rs, "sleep_hours", Hours::of), optionalInt(rs, "sleep_quality", SleepQuality::of),
                        optionalInt(rs, "stress", Stress::of), optionalDouble(rs, "sitting_hours", Hours::of)))
                .list());
    }
}
