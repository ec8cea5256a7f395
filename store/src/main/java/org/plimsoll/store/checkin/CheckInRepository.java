package org.plimsoll.store.checkin;

import static org.plimsoll.store.NullableColumns.optionalMinutes;
import static org.plimsoll.store.NullableColumns.boxedMinutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

/** Check-ins with their symptom lists. A session's check-ins go when the session goes. */
public final class CheckInRepository {
    private final Database database;

    public CheckInRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a new check-in (its id is ignored). When it names a session, that session must be
     * the person's own: otherwise nothing is written and the result is empty.
     */
    public Optional<CheckIn> add(long accountId, CheckIn checkIn, Instant now) {
        return database.inTransaction(handle -> {
            if (checkIn.sessionId().isPresent()) {
                boolean own = handle.createQuery(
                                "SELECT COUNT(*) FROM sessions WHERE id = :id AND account_id = :account")
                        .bind("id", Long.parseLong(checkIn.sessionId().get())).bind("account", accountId)
                        .mapTo(Integer.class).one() > 0;
                if (!own) {
                    return Optional.empty();
                }
            }
            return Optional.of(insert(handle, accountId, checkIn, now));
        });
    }

    /** For callers that write several records in one transaction; the session must exist. */
    public static CheckIn insert(Handle handle, long accountId, CheckIn c, Instant now) {
        return insert(handle, accountId, c, now, revision -> { });
    }

    /** The same, telling {@code revised} the revision the write moved the account to. */
    public static CheckIn insert(Handle handle, long accountId, CheckIn c, Instant now,
                                 java.util.function.LongConsumer revised) {
        revised.accept(AccountRepository.touch(handle, accountId));
        Instant recordedAt = TimeColumns.storable(c.recordedAt().orElse(now));
        long id = handle.createUpdate("""
                        INSERT INTO checkins (account_id, session_id, check_window, on_date, recorded_at, pain, sharp,
                            region, stiffness_minutes, cleared_by_clinician)
                        VALUES (:account, :session, :window, :date, :recordedAt, :pain, :sharp, :region, :stiffness,
                            :cleared)""")
                .bind("account", accountId)
                .bind("session", c.sessionId().map(Long::parseLong).orElse(null))
                .bind("window", c.window().name())
                .bind("date", c.date())
                .bind("recordedAt", recordedAt)
                .bind("pain", c.pain().value())
                .bind("sharp", c.sharp())
                .bind("region", c.region().map(Region::name).orElse(null))
                .bind("stiffness", boxedMinutes(c.stiffnessMinutes()))
                .bind("cleared", c.clearedByClinician())
                // Read by position: finding a mapper for Long by type is a search through the registered
                // factories, paid on every check-in.
                .executeAndReturnGeneratedKeys("id").map((rs, ctx) -> rs.getLong(1)).one();
        for (Symptom symptom : c.symptoms()) {
            handle.createUpdate("INSERT INTO checkin_symptoms (checkin_id, symptom) VALUES (:id, :symptom)")
                    .bind("id", id).bind("symptom", symptom.name()).execute();
        }
        return new CheckIn(String.valueOf(id), c.sessionId(), c.window(), c.date(), Optional.of(recordedAt),
                c.pain(), c.sharp(), c.region(), c.stiffnessMinutes(), c.symptoms(), c.clearedByClinician());
    }

    /** All of a person's check-ins in the order they were recorded. */
    public List<CheckIn> list(long accountId) {
        return database.withHandle(handle -> select(handle, "WHERE c.account_id = :account",
                Map.of("account", accountId)));
    }

    public List<CheckIn> listForSession(long accountId, long sessionId) {
        return database.withHandle(handle -> select(handle,
                "WHERE c.account_id = :account AND c.session_id = :session",
                Map.of("account", accountId, "session", sessionId)));
    }

    public boolean delete(long accountId, long checkInId) {
        return database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            return handle.createUpdate("DELETE FROM checkins WHERE id = :id AND account_id = :account")
                    .bind("id", checkInId).bind("account", accountId).execute() > 0;
        });
    }

    private static List<CheckIn> select(Handle handle, String where, Map<String, Object> binds) {
        Map<Long, Set<Symptom>> symptoms = new HashMap<>();
        handle.createQuery("SELECT cs.* FROM checkin_symptoms cs JOIN checkins c ON c.id = cs.checkin_id " + where)
                .bindMap(binds)
                .map((rs, ctx) -> symptoms.computeIfAbsent(rs.getLong("checkin_id"),
                        k -> EnumSet.noneOf(Symptom.class)).add(Symptom.valueOf(rs.getString("symptom"))))
                .list();
        List<CheckIn> result = new ArrayList<>();
        handle.createQuery("SELECT c.* FROM checkins c " + where + " ORDER BY c.recorded_at, c.id")
                .bindMap(binds)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    long session = rs.getLong("session_id");
                    Optional<String> sessionId = rs.wasNull() ? Optional.empty() : Optional.of(String.valueOf(session));
                    return new CheckIn(String.valueOf(id), sessionId,
                            CheckInWindow.valueOf(rs.getString("check_window")),
                            TimeColumns.optionalDate(rs, "on_date", ctx),
                            TimeColumns.optionalInstant(rs, "recorded_at", ctx),
                            new Pain(rs.getInt("pain")),
                            rs.getBoolean("sharp"),
                            Optional.ofNullable(rs.getString("region")).map(Region::valueOf),
                            optionalMinutes(rs, "stiffness_minutes"),
                            symptoms.getOrDefault(id, Set.of()),
                            rs.getBoolean("cleared_by_clinician"));
                })
                .forEach(result::add);
        return result;
    }
}
