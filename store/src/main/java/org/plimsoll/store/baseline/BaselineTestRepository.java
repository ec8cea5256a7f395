package org.plimsoll.store.baseline;

import static org.plimsoll.store.NullableColumns.boxedKm;
import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.optionalDouble;
import static org.plimsoll.store.NullableColumns.optionalInt;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Reps;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

public final class BaselineTestRepository {
    private final Database database;

    public BaselineTestRepository(Database database) {
        this.database = database;
    }

    public void add(long accountId, BaselineTest test) {
        database.inTransaction(handle -> {
            insert(handle, accountId, test);
            return null;
        });
    }

    public static void insert(Handle handle, long accountId, BaselineTest t) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO baseline_tests (account_id, activity, on_date, pain_onset_km, pain_onset_minutes,
                            pain_onset_reps)
                        VALUES (:account, :activity, :date, :km, :minutes, :reps)""")
                .bind("account", accountId).bind("activity", t.activity().code()).bind("date", t.date())
                .bind("km", boxedKm(t.painOnsetKm()))
                .bind("minutes", t.painOnsetMinutes().map(ExactMinutes::value).orElse(null))
                .bind("reps", t.painOnsetReps().map(Reps::value).orElse(null))
                .execute();
    }

    public List<BaselineTest> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM baseline_tests WHERE account_id = :account ORDER BY on_date, id")
                .bind("account", accountId)
                .map((rs, ctx) -> new BaselineTest(Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                        TimeColumns.date(rs, "on_date", ctx), optionalDistance(rs, "pain_onset_km"),
                        optionalDouble(rs, "pain_onset_minutes", ExactMinutes::of),
                        optionalInt(rs, "pain_onset_reps", Reps::of)))
                .list());
    }
}
