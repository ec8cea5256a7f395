package org.plimsoll.store.context;

import static org.plimsoll.store.NullableColumns.optionalDouble;
import static org.plimsoll.store.NullableColumns.optionalInt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.store.NullableColumns;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

/**
 * Sleep, stress, sitting and a watch or ring's morning measures: one row per person and day; a
 * second entry for a day replaces the first. Sleep, HRV and resting heart rate each remember
 * whether they were imported: an import fills only what is empty or was imported before, so a
 * value the person typed is never overwritten, and an entry typed without them keeps the imported ones.
 */
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

    /** A day's entry as the person typed it: its values are theirs (typed), and an imported one it leaves out stays. */
    public static void upsert(Handle handle, long accountId, DailyContext c) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO daily_context (account_id, on_date, sleep_hours, sleep_quality, stress, sitting_hours,
                            hrv_ms, hrv_kind, resting_heart_rate)
                        VALUES (:account, :date, :sleep, :quality, :stress, :sitting, :hrv, :kind, :resting)
                        ON CONFLICT (account_id, on_date) DO UPDATE SET
                            sleep_hours = CASE WHEN excluded.sleep_hours IS NULL AND daily_context.sleep_imported
                                THEN daily_context.sleep_hours ELSE excluded.sleep_hours END,
                            sleep_imported = CASE WHEN excluded.sleep_hours IS NULL
                                OR excluded.sleep_hours = daily_context.sleep_hours
                                THEN daily_context.sleep_imported ELSE FALSE END,
                            sleep_quality = excluded.sleep_quality, stress = excluded.stress,
                            sitting_hours = excluded.sitting_hours,
                            hrv_ms = CASE WHEN excluded.hrv_ms IS NULL AND daily_context.hrv_imported
                                THEN daily_context.hrv_ms ELSE excluded.hrv_ms END,
                            hrv_kind = CASE WHEN excluded.hrv_ms IS NULL AND daily_context.hrv_imported
                                THEN daily_context.hrv_kind ELSE excluded.hrv_kind END,
                            hrv_imported = CASE WHEN excluded.hrv_ms IS NULL OR (excluded.hrv_ms = daily_context.hrv_ms
                                AND excluded.hrv_kind = daily_context.hrv_kind)
                                THEN daily_context.hrv_imported ELSE FALSE END,
                            resting_heart_rate = CASE WHEN excluded.resting_heart_rate IS NULL
                                AND daily_context.resting_heart_rate_imported
                                THEN daily_context.resting_heart_rate ELSE excluded.resting_heart_rate END,
                            resting_heart_rate_imported = CASE WHEN excluded.resting_heart_rate IS NULL
                                OR excluded.resting_heart_rate = daily_context.resting_heart_rate
                                THEN daily_context.resting_heart_rate_imported ELSE FALSE END""")
                .bind("account", accountId).bind("date", c.date())
                .bind("hrv", c.hrv().map(Hrv::ms).orElse(null))
                .bind("kind", c.hrvKind().map(HrvKind::name).orElse(null))
                .bind("resting", c.restingHeartRate().map(HeartRate::bpm).orElse(null))
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
                        optionalInt(rs, "stress", Stress::of), optionalDouble(rs, "sitting_hours", Hours::of),
                        optionalDouble(rs, "hrv_ms", Hrv::ofMs),
                        NullableColumns.optionalText(rs, "hrv_kind").map(HrvKind::valueOf),
                        optionalInt(rs, "resting_heart_rate", HeartRate::ofBpm)))
                .list());
    }

    /** Which of a day's measures came from a watch or ring's export rather than from the person. */
    public record Imported(boolean sleep, boolean hrv, boolean restingHeartRate) {
        public static final Imported NONE = new Imported(false, false, false);
    }

    /** Which of the day's measures were imported; none when the day has no entry. */
    public Imported importedOn(long accountId, LocalDate date) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT sleep_imported, hrv_imported, resting_heart_rate_imported
                        FROM daily_context WHERE account_id = :account AND on_date = :date""")
                .bind("account", accountId).bind("date", date)
                .map((rs, ctx) -> new Imported(rs.getBoolean("sleep_imported"), rs.getBoolean("hrv_imported"),
                        rs.getBoolean("resting_heart_rate_imported")))
                .findOne().orElse(Imported.NONE));
    }

    /** How many nights of sleep and mornings of HRV and resting heart rate an import stored. */
    public record Counted(int sleep, int hrv, int restingHeartRate) {
    }

    /**
     * The sleep, HRV and resting heart rate of days read from a watch or ring's export, in one
     * transaction, as {@link #importMeasures(Handle, long, LocalDate, Optional, Optional, Optional,
     * Optional, boolean)} stores each (the other values of {@code days} are not read).
     */
    public Counted importMeasures(long accountId, List<DailyContext> days, boolean dryRun) {
        return database.inTransaction(handle -> {
            int sleep = 0;
            int hrv = 0;
            int resting = 0;
            for (DailyContext d : days) {
                Stored s = importMeasures(handle, accountId, d.date(), d.sleepHours(), d.hrv(), d.hrvKind(),
                        d.restingHeartRate(), dryRun);
                sleep += s.sleep() ? 1 : 0;
                hrv += s.hrv() ? 1 : 0;
                resting += s.restingHeartRate() ? 1 : 0;
            }
            return new Counted(sleep, hrv, resting);
        });
    }

    /** Which of a day's imported measures were stored: new, or changed from an earlier import. */
    public record Stored(boolean sleep, boolean hrv, boolean restingHeartRate) {
    }

    /**
     * A day's measures from a watch or ring's export: each fills its value when that is empty or
     * was imported before, never over one the person typed; the same value again is not stored
     * again. With {@code dryRun}, says what would be stored and stores nothing.
     */
    public static Stored importMeasures(Handle handle, long accountId, LocalDate date, Optional<Hours> sleep,
                                        Optional<Hrv> hrv, Optional<HrvKind> kind, Optional<HeartRate> resting,
                                        boolean dryRun) {
        Optional<Existing> row = handle.createQuery("""
                        SELECT sleep_hours, sleep_imported, hrv_ms, hrv_kind, hrv_imported, resting_heart_rate,
                               resting_heart_rate_imported
                        FROM daily_context WHERE account_id = :account AND on_date = :date""")
                .bind("account", accountId).bind("date", date)
                .map((rs, ctx) -> new Existing(optionalDouble(rs, "sleep_hours", Hours::of), rs.getBoolean("sleep_imported"),
                        optionalDouble(rs, "hrv_ms", Hrv::ofMs), NullableColumns.optionalText(rs, "hrv_kind").map(HrvKind::valueOf),
                        rs.getBoolean("hrv_imported"), optionalInt(rs, "resting_heart_rate", HeartRate::ofBpm),
                        rs.getBoolean("resting_heart_rate_imported")))
                .findOne();
        Existing before = row.orElse(Existing.NONE);
        boolean newSleep = sleep.isPresent() && (before.sleep.isEmpty() || before.sleepImported)
                && !sleep.equals(before.sleep);
        boolean newHrv = hrv.isPresent() && (before.hrv.isEmpty() || before.hrvImported)
                && !(hrv.equals(before.hrv) && kind.equals(before.kind));
        boolean newResting = resting.isPresent() && (before.resting.isEmpty() || before.restingImported)
                && !resting.equals(before.resting);
        Stored stored = new Stored(newSleep, newHrv, newResting);
        if (dryRun || !(newSleep || newHrv || newResting)) {
            return stored;
        }
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO daily_context (account_id, on_date, sleep_hours, sleep_imported, hrv_ms, hrv_kind,
                            hrv_imported, resting_heart_rate, resting_heart_rate_imported)
                        VALUES (:account, :date, :sleep, :sleepImported, :hrv, :kind, :hrvImported, :resting,
                            :restingImported)
                        ON CONFLICT (account_id, on_date) DO UPDATE SET sleep_hours = excluded.sleep_hours,
                            sleep_imported = excluded.sleep_imported, hrv_ms = excluded.hrv_ms,
                            hrv_kind = excluded.hrv_kind, hrv_imported = excluded.hrv_imported,
                            resting_heart_rate = excluded.resting_heart_rate,
                            resting_heart_rate_imported = excluded.resting_heart_rate_imported""")
                .bind("account", accountId).bind("date", date)
                .bind("sleep", (newSleep ? sleep : before.sleep).map(Hours::value).orElse(null))
                .bind("sleepImported", newSleep || before.sleepImported)
                .bind("hrv", (newHrv ? hrv : before.hrv).map(Hrv::ms).orElse(null))
                .bind("kind", (newHrv ? kind : before.kind).map(HrvKind::name).orElse(null))
                .bind("hrvImported", newHrv || before.hrvImported)
                .bind("resting", (newResting ? resting : before.resting).map(HeartRate::bpm).orElse(null))
                .bind("restingImported", newResting || before.restingImported)
                .execute();
        return stored;
    }

    private record Existing(Optional<Hours> sleep, boolean sleepImported, Optional<Hrv> hrv, Optional<HrvKind> kind,
                            boolean hrvImported, Optional<HeartRate> resting, boolean restingImported) {
        static final Existing NONE = new Existing(Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                Optional.empty(), false);
    }
}
