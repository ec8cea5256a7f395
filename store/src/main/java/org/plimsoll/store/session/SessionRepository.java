package org.plimsoll.store.session;

import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.boxedKm;
import static org.plimsoll.store.NullableColumns.boxed;
import static org.plimsoll.store.NullableColumns.optionalDouble;
import static org.plimsoll.store.NullableColumns.optionalInt;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.unit.Minutes;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Kilograms;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

/** Training sessions with their strength sets. The id in the returned Session is the row id. */
public final class SessionRepository {
    private final Database database;

    public SessionRepository(Database database) {
        this.database = database;
    }

    /** Stores a new session (its id is ignored) and returns it with the id it was given. */
    public Session add(long accountId, Session session, Optional<String> sourceFileHash, Instant now) {
        return database.inTransaction(handle -> insert(handle, accountId, session, sourceFileHash, now));
    }

    /** For callers that write several records in one transaction (the demo, imports). */
    public static Session insert(Handle handle, long accountId, Session s, Optional<String> sourceFileHash,
                                 Instant now) {
        return insert(handle, accountId, s, sourceFileHash, now, revision -> { });
    }

    /** The same, telling {@code revised} the revision the write moved the account to. */
    public static Session insert(Handle handle, long accountId, Session s, Optional<String> sourceFileHash,
                                 Instant now, java.util.function.LongConsumer revised) {
        revised.accept(AccountRepository.touch(handle, accountId));
        long id = handle.createUpdate("""
                        INSERT INTO sessions (account_id, activity, started_at, time_zone, minutes, distance_km, rpe,
                            rpe_estimated, run_type, hills, rotation_override, arm_load_override, source,
                            source_file_hash, created_at, updated_at, experiment_condition)
                        VALUES (:account, :activity, :start, :zone, :minutes, :distance, :rpe, :estimated, :runType,
                            :hills, :rotation, :armLoad, :source, :hash, :now, :now, :condition)""")
                .bind("account", accountId)
                .bind("condition", s.condition().orElse(null))
                .bindMap(editable(s))
                .bind("source", s.source().name())
                .bind("hash", sourceFileHash.orElse(null))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertSets(handle, id, s.strengthSets());
        return withId(s, String.valueOf(id));
    }

    /**
     * Stores the sessions of one imported file in one transaction, leaving out those the person
     * already has (the same activity by {@link SameActivity}); returns the sessions it stored.
     * A dry run decides the same way and stores nothing.
     */
    public List<Session> addImported(long accountId, Optional<String> fileHash, List<Session> sessions, boolean dryRun,
                                     Instant now) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Instant from = sessions.stream().map(s -> s.start().toInstant()).min(Instant::compareTo).orElseThrow()
                .minus(Duration.ofDays(1));
        Instant to = sessions.stream().map(s -> s.start().toInstant()).max(Instant::compareTo).orElseThrow()
                .plus(Duration.ofDays(1));
        return database.inTransaction(handle -> {
            List<Session> nearby = select(handle,
                    "WHERE s.account_id = :account AND s.started_at >= :from AND s.started_at <= :to",
                    Map.of("account", accountId, "from", from, "to", to));
            List<Session> fresh = sessions.stream()
                    .filter(s -> nearby.stream().noneMatch(old -> SameActivity.isSame(old, s))).toList();
            if (dryRun) {
                return fresh;
            }
            List<Session> stored = new ArrayList<>();
            for (Session session : fresh) {
                stored.add(insert(handle, accountId, session, fileHash, now));
            }
            return stored;
        });
    }

    /** The columns a person can edit, by parameter name, shared by insert and update. */
    private static Map<String, Object> editable(Session s) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("activity", s.activity().code());
        values.put("start", s.start().toInstant());
        values.put("zone", s.start().getZone().getId());
        values.put("minutes", s.minutes().value());
        values.put("distance", boxedKm(s.distance()));
        values.put("rpe", s.rpe().map(Effort::value).orElse(null));
        values.put("estimated", s.rpeEstimated());
        values.put("runType", s.runType().map(RunType::code).orElse(null));
        values.put("hills", s.hills());
        values.put("rotation", s.rotationOverride().map(Demand::value).orElse(null));
        values.put("armLoad", s.armLoadOverride().map(Demand::value).orElse(null));
        return values;
    }

    private static void insertSets(Handle handle, long sessionId, List<StrengthSet> sets) {
        for (int i = 0; i < sets.size(); i++) {
            StrengthSet set = sets.get(i);
            handle.createUpdate("""
                            INSERT INTO strength_sets (session_id, position, exercise, sets, reps, load_kg)
                            VALUES (:session, :position, :exercise, :sets, :reps, :load)""")
                    .bind("session", sessionId).bind("position", i).bind("exercise", set.exercise())
                    .bind("sets", set.sets()).bind("reps", set.reps()).bind("load", set.loadKg().map(Kilograms::value).orElse(null))
                    .execute();
        }
    }

    /** Replaces what the person can edit; returns false when the session is not theirs. */
    public boolean update(long accountId, Session s, Instant now) {
        long id = Long.parseLong(s.id());
        return database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            int changed = handle.createUpdate("""
                            UPDATE sessions SET activity = :activity, started_at = :start, time_zone = :zone,
                                minutes = :minutes, distance_km = :distance, rpe = :rpe, rpe_estimated = :estimated,
                                run_type = :runType, hills = :hills, rotation_override = :rotation,
                                arm_load_override = :armLoad, experiment_condition = :condition, updated_at = :now
                            WHERE id = :id AND account_id = :account""")
                    .bind("id", id).bind("account", accountId).bind("condition", s.condition().orElse(null))
                    .bindMap(editable(s))
                    .bind("now", now)
                    .execute();
            if (changed == 0) {
                return false;
            }
            handle.createUpdate("DELETE FROM strength_sets WHERE session_id = :id").bind("id", id).execute();
            insertSets(handle, id, s.strengthSets());
            return true;
        });
    }

    public boolean delete(long accountId, long sessionId) {
        return database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            return handle.createUpdate("DELETE FROM sessions WHERE id = :id AND account_id = :account")
                    .bind("id", sessionId).bind("account", accountId).execute() > 0;
        });
    }

    public Optional<Session> find(long accountId, long sessionId) {
        return database.withHandle(handle -> {
            List<Session> found = select(handle, "WHERE s.account_id = :account AND s.id = :id",
                    Map.of("account", accountId, "id", sessionId));
            return found.stream().findFirst();
        });
    }

    /** All of a person's sessions, oldest first. */
    public List<Session> list(long accountId) {
        return database.withHandle(handle -> select(handle, "WHERE s.account_id = :account",
                Map.of("account", accountId)));
    }

    /** The sessions that started after a moment, oldest first: what reminders look at. */
    public List<Session> startedAfter(long accountId, Instant since) {
        return database.withHandle(handle -> select(handle, "WHERE s.account_id = :account AND s.started_at > :since",
                Map.of("account", accountId, "since", TimeColumns.storable(since))));
    }

    /** The most recent sessions, newest first. */
    public List<Session> listRecent(long accountId, int limit) {
        List<Session> all = list(accountId);
        List<Session> recent = new ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
        java.util.Collections.reverse(recent);
        return recent;
    }

    private static List<Session> select(Handle handle, String where, Map<String, Object> binds) {
        Map<Long, List<StrengthSet>> sets = new LinkedHashMap<>();
        handle.createQuery("SELECT ss.* FROM strength_sets ss JOIN sessions s ON s.id = ss.session_id "
                        + where + " ORDER BY ss.session_id, ss.position")
                .bindMap(binds)
                .map((rs, ctx) -> {
                    sets.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>()).add(new StrengthSet(
                            rs.getString("exercise"), rs.getInt("sets"), rs.getInt("reps"),
                            optionalDouble(rs, "load_kg", Kilograms::of)));
                    return null;
                }).list();
        return handle.createQuery("SELECT s.* FROM sessions s " + where + " ORDER BY s.started_at, s.id")
                .bindMap(binds)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    var rpe = optionalInt(rs, "rpe");
                    return new Session(
                            String.valueOf(id),
                            Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                            TimeColumns.instant(rs, "started_at", ctx).atZone(ZoneId.of(rs.getString("time_zone"))),
                            new Minutes(rs.getInt("minutes")),
                            optionalDistance(rs, "distance_km"),
                            rpe.isPresent() ? Optional.of(new Effort(rpe.getAsInt())) : Optional.empty(),
                            rs.getBoolean("rpe_estimated"),
                            Optional.ofNullable(rs.getString("run_type")).flatMap(RunType::fromCode),
                            rs.getBoolean("hills"),
                            demand(rs, "rotation_override"),
                            demand(rs, "arm_load_override"),
                            sets.getOrDefault(id, List.of()),
                            Source.valueOf(rs.getString("source")),
                            Optional.ofNullable(rs.getString("experiment_condition")));
                }).list();
    }

    static Session withId(Session s, String id) {
        return new Session(id, s.activity(), s.start(), s.minutes(), s.distance(), s.rpe(), s.rpeEstimated(),
                s.runType(), s.hills(), s.rotationOverride(), s.armLoadOverride(), s.strengthSets(), s.source(),
                s.condition());
    }

    private static Optional<Demand> demand(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return optionalInt(rs, column).stream().mapToObj(Demand::of).findFirst();
    }
}
