package org.plimsoll.store.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.NullableColumns;
import org.plimsoll.store.TimeColumns;

/** A person's outcome check-ups, each with the activities they rated, in the order they named them. */
public final class CheckUpRepository {
    private final Database database;

    public CheckUpRepository(Database database) {
        this.database = database;
    }

    public void add(long accountId, CheckUp checkUp, Instant now) {
        database.inTransaction(handle -> {
            insert(handle, accountId, checkUp, now);
            return null;
        });
    }

    /**
     * A check-up that replaces the one of its period (engine {@code Outcomes.replacedOn}): the check-ups from
     * {@code since} to its day go, and it is stored, in one transaction.
     */
    public void replace(long accountId, java.time.LocalDate since, CheckUp checkUp, Instant now) {
        database.inTransaction(handle -> {
            handle.createUpdate("""
                            DELETE FROM check_up_abilities WHERE check_up_id IN
                              (SELECT id FROM check_ups WHERE account_id = :a AND on_date BETWEEN :since AND :on)""")
                    .bind("a", accountId).bind("since", since).bind("on", checkUp.date()).execute();
            handle.createUpdate("DELETE FROM check_ups WHERE account_id = :a AND on_date BETWEEN :since AND :on")
                    .bind("a", accountId).bind("since", since).bind("on", checkUp.date()).execute();
            insert(handle, accountId, checkUp, now);
            return null;
        });
    }

    public static void insert(Handle handle, long accountId, CheckUp checkUp, Instant now) {
        AccountRepository.touch(handle, accountId);
        long id = handle.createUpdate("""
                        INSERT INTO check_ups (account_id, on_date, recorded_at, weekly_pain)
                        VALUES (:a, :on, :now, :pain)""")
                .bind("a", accountId).bind("on", checkUp.date()).bind("now", now)
                .bind("pain", checkUp.weeklyPain().map(Pain::value).orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (int i = 0; i < checkUp.abilities().size(); i++) {
            CheckUp.Ability a = checkUp.abilities().get(i);
            handle.createUpdate("""
                            INSERT INTO check_up_abilities (check_up_id, position, activity, score)
                            VALUES (:c, :i, :activity, :score)""")
                    .bind("c", id).bind("i", i).bind("activity", a.activity()).bind("score", a.score()).execute();
        }
    }

    /** Every check-up, oldest first. */
    public List<CheckUp> list(long accountId) {
        return database.withHandle(handle -> {
            record Row(long id, java.time.LocalDate on, Optional<Pain> pain) {
            }
            List<Row> rows = handle.createQuery("SELECT * FROM check_ups WHERE account_id = :a ORDER BY on_date, id")
                    .bind("a", accountId).map((rs, ctx) -> new Row(rs.getLong("id"), TimeColumns.date(rs, "on_date", ctx),
                            NullableColumns.optionalInt(rs, "weekly_pain").stream().mapToObj(Pain::new).findFirst()))
                    .list();
            Map<Long, List<CheckUp.Ability>> abilities = new LinkedHashMap<>();
            handle.createQuery("""
                            SELECT b.* FROM check_up_abilities b JOIN check_ups c ON c.id = b.check_up_id
                            WHERE c.account_id = :a ORDER BY b.check_up_id, b.position""")
                    .bind("a", accountId).map((rs, ctx) -> Map.entry(rs.getLong("check_up_id"),
                            new CheckUp.Ability(rs.getString("activity"), rs.getInt("score"))))
                    .forEach(e -> abilities.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return rows.stream().map(r -> new CheckUp(r.on(), r.pain(), abilities.getOrDefault(r.id(), List.of()))).toList();
        });
    }
}
