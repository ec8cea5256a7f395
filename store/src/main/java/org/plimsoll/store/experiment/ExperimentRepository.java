package org.plimsoll.store.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.account.AccountRepository;

/** A person's experiments (ENGINE.md section 15): started, paused, carried on and stopped, oldest first. */
public final class ExperimentRepository {
    private final Database database;

    public ExperimentRepository(Database database) {
        this.database = database;
    }

    public void add(long accountId, Experiment e, Instant now) {
        database.inTransaction(handle -> {
            insert(handle, accountId, e, now);
            return null;
        });
    }

    /** For callers that write a whole history in one transaction (restore, the demo). */
    public static void insert(Handle handle, long accountId, Experiment e, Instant now) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO experiments (account_id, experiment_id, activity, first_condition, second_condition,
                            start_date, weeks, paused_on, stopped_on, created_at)
                        VALUES (:a, :id, :activity, :first, :second, :start, :weeks, :paused, :stopped, :now)""")
                .bind("a", accountId).bind("id", e.id()).bind("activity", e.activity().code())
                .bind("first", e.first()).bind("second", e.second()).bind("start", e.start()).bind("weeks", e.weeks())
                .bind("paused", e.pausedOn().orElse(null)).bind("stopped", e.stoppedOn().orElse(null))
                .bind("now", now).execute();
    }

    /** The experiment's pause and stop as given: a pause from a day, carried on (none), stopped on a day. */
    public void update(long accountId, Experiment e) {
        database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            return handle.createUpdate("""
                            UPDATE experiments SET paused_on = :paused, stopped_on = :stopped
                            WHERE account_id = :a AND experiment_id = :id""")
                    .bind("a", accountId).bind("id", e.id()).bind("paused", e.pausedOn().orElse(null))
                    .bind("stopped", e.stoppedOn().orElse(null)).execute();
        });
    }

    public Optional<Experiment> find(long accountId, String id) {
        return list(accountId).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every experiment, by start, then in the order they were started. */
    public List<Experiment> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM experiments WHERE account_id = :a ORDER BY start_date, created_at, experiment_id""")
                .bind("a", accountId)
                .map((rs, ctx) -> new Experiment(rs.getString("experiment_id"),
                        Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                        List.of(rs.getString("first_condition"), rs.getString("second_condition")),
                        TimeColumns.date(rs, "start_date", ctx), rs.getInt("weeks"),
                        TimeColumns.optionalDate(rs, "paused_on", ctx), TimeColumns.optionalDate(rs, "stopped_on", ctx)))
                .list());
    }
}
