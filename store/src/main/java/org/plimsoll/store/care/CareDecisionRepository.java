package org.plimsoll.store.care;

import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.optionalMinutes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.level.LevelRepository;

/**
 * What a clinician decided about a person's coaching (a level, a flare's start or end, a clearance,
 * the irritability): the decision with its reason, its effect where the engine looks (the level among
 * the levels, the irritability in the profile), its row in the audit and its line in the person's log,
 * all in one transaction.
 */
public final class CareDecisionRepository {
    private final Database database;

    public CareDecisionRepository(Database database) {
        this.database = database;
    }

    /**
     * One decision as the audit keeps it: the thing changed ("level:run", "flare", "referral",
     * "irritability", "checkUpEveryDays") and its old and new values, short (at most 20 characters each).
     */
    public record Audit(String what, String oldValue, String newValue) {
    }

    /**
     * Records a decision with its audit and log line; false, with nothing written, for an end of a
     * flare whose latest flare decision is already an end on the same day. That check is made with the
     * person's row locked, so 20 parallel ends record one.
     */
    public boolean decide(long patientId, long clinicianId, CareDecision decision, Audit audit, String summary,
                          Instant now) {
        return database.inTransaction(handle -> {
            if (decision instanceof CareDecision.FlareEnded) {
                handle.execute("UPDATE accounts SET revision = revision WHERE id = ?", patientId);
                // The latest flare decision, if it is an end dated the same day (the date bound as it is stored).
                boolean endedThatDay = handle.createQuery("""
                                SELECT COUNT(*) FROM care_decisions
                                WHERE id = (SELECT MAX(id) FROM care_decisions
                                            WHERE patient_id = :p AND kind IN ('flare_start', 'flare_end'))
                                  AND kind = 'flare_end' AND on_date = :on""")
                        .bind("p", patientId).bind("on", decision.date()).mapTo(Integer.class).one() > 0;
                if (endedThatDay) {
                    return false;
                }
            }
            long id = handle.createUpdate("""
                            INSERT INTO care_decisions (patient_id, clinician_id, at, on_date, kind, irritability, every_days,
                                reason)
                            VALUES (:p, :c, :now, :on, :kind, :irritability, :days, :reason)""")
                    .bind("p", patientId).bind("c", clinicianId).bind("now", now).bind("on", decision.date())
                    .bind("kind", kind(decision)).bind("reason", decision.why())
                    .bind("irritability", decision instanceof CareDecision.IrritabilitySet s ? s.irritability().name() : null)
                    .bind("days", decision instanceof CareDecision.CheckUpsEvery e ? (Integer) e.days() : null)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (decision instanceof CareDecision.LevelSet set) {
                long level = LevelRepository.insert(handle, patientId, set.level(), now);
                handle.createUpdate("UPDATE levels SET care_decision_id = :d WHERE id = :level")
                        .bind("d", id).bind("level", level).execute();
            } else if (decision instanceof CareDecision.IrritabilitySet set) {
                handle.createUpdate("UPDATE profiles SET irritability = :i WHERE account_id = :p")
                        .bind("i", set.irritability().name()).bind("p", patientId).execute();
            }
            handle.createUpdate("""
                            INSERT INTO care_changes (patient_id, clinician_id, at, setting, old_value, new_value, reason)
                            VALUES (:p, :c, :now, :what, :old, :new, :reason)""")
                    .bind("p", patientId).bind("c", clinicianId).bind("now", now).bind("what", audit.what())
                    .bind("old", audit.oldValue()).bind("new", audit.newValue()).bind("reason", decision.why()).execute();
            // Not every decision writes through a history write that bumps the revision (a flare's start does not).
            AccountRepository.touch(handle, patientId);
            CareRepository.log(handle, patientId, Optional.of(clinicianId), CareAction.DECISION_MADE,
                    summary + ": " + decision.why(), now);
            return true;
        });
    }

    private static String kind(CareDecision decision) {
        if (decision instanceof CareDecision.LevelSet) {
            return "level";
        } else if (decision instanceof CareDecision.FlareDeclared) {
            return "flare_start";
        } else if (decision instanceof CareDecision.FlareEnded) {
            return "flare_end";
        } else if (decision instanceof CareDecision.Cleared) {
            return "cleared";
        } else if (decision instanceof CareDecision.CheckUpsEvery) {
            return "check_ups";
        }
        return "irritability";
    }

    /** A person's decisions, oldest first, for the engine. */
    public List<CareDecision> list(long patientId) {
        return database.withHandle(handle -> list(handle, patientId));
    }

    static List<CareDecision> list(Handle handle, long patientId) {
        return handle.createQuery("""
                        SELECT d.*, l.activity, l.since, l.sessions_per_week, l.minutes, l.distance_km, l.rpe_cap
                        FROM care_decisions d LEFT JOIN levels l ON l.care_decision_id = d.id
                        WHERE d.patient_id = :p ORDER BY d.at, d.id""")
                .bind("p", patientId)
                .map((rs, ctx) -> {
                    String why = rs.getString("reason");
                    var on = TimeColumns.date(rs, "on_date", ctx);
                    return switch (rs.getString("kind")) {
                        case "level" -> rs.getString("activity") == null ? Optional.<CareDecision>empty()
                                : Optional.<CareDecision>of(new CareDecision.LevelSet(new Level(
                                Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                                TimeColumns.date(rs, "since", ctx), rs.getInt("sessions_per_week"),
                                optionalMinutes(rs, "minutes"), optionalDistance(rs, "distance_km"), rs.getInt("rpe_cap")), why));
                        case "flare_start" -> Optional.<CareDecision>of(new CareDecision.FlareDeclared(on, why));
                        case "flare_end" -> Optional.<CareDecision>of(new CareDecision.FlareEnded(on, why));
                        case "cleared" -> Optional.<CareDecision>of(new CareDecision.Cleared(
                                TimeColumns.instant(rs, "at", ctx), on, why));
                        case "irritability" -> Optional.<CareDecision>of(new CareDecision.IrritabilitySet(
                                Irritability.valueOf(rs.getString("irritability")), on, why));
                        case "check_ups" -> Optional.<CareDecision>of(new CareDecision.CheckUpsEvery(rs.getInt("every_days"),
                                on, why));
                        default -> Optional.<CareDecision>empty();
                    };
                }).list().stream().flatMap(Optional::stream).toList();
    }
}
