package org.plimsoll.store.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.settings.CoachingSettingsRepository;

/**
 * Clinician accounts and the consent between a person and their clinician. Every read a clinician
 * makes of a person goes through {@link #standingLink}, scoped in SQL to links not revoked, so a
 * revocation takes effect on the next request.
 */
public final class CareRepository {
    private static final String NAME = "COALESCE(NULLIF(p.display_name, ''), a.email)";
    /** Links with the name of their person, as a clinician sees them. */
    private static final String LINKS_WITH_PERSON = "SELECT l.*, " + NAME + " AS other FROM care_links l "
            + "JOIN accounts a ON a.id = l.patient_id LEFT JOIN profiles p ON p.account_id = l.patient_id ";

    private final Database database;

    public CareRepository(Database database) {
        this.database = database;
    }

    public void registerClinician(long accountId, Instant now) {
        database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO clinicians (account_id, created_at) VALUES (:a, :now) ON CONFLICT (account_id) DO NOTHING""")
                .bind("a", accountId).bind("now", now).execute());
    }

    public boolean isClinician(long accountId) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM clinicians WHERE account_id = :a")
                .bind("a", accountId).mapTo(Integer.class).one() > 0);
    }

    public void invite(long patientId, String codeHash, Instant now, Instant expiresAt) {
        database.inTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO care_invitations (code_hash, patient_id, created_at, expires_at)
                            VALUES (:hash, :p, :now, :expires)""")
                    .bind("hash", codeHash).bind("p", patientId).bind("now", now).bind("expires", expiresAt).execute();
            log(handle, patientId, Optional.empty(), CareAction.INVITED, "", now);
            return null;
        });
    }

    /** What became of a code a clinician typed. */
    public sealed interface Acceptance {
        record Accepted(CareLink link) implements Acceptance {
        }

        record Refused(String why) implements Acceptance {
        }
    }

    /**
     * A clinician takes up an invitation: the code must be unused and unexpired, and not the
     * person's own. One transaction marks it used and grants the access, so a code works once.
     */
    public Acceptance accept(long clinicianId, String codeHash, Instant now) {
        return database.inTransaction(handle -> {
            Optional<Long> patient = handle.createQuery("""
                            SELECT patient_id FROM care_invitations
                            WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                    .bind("hash", codeHash).bind("now", now).mapTo(Long.class).findOne();
            if (patient.isEmpty()) {
                return new Acceptance.Refused("this code is unknown, used already, or more than 7 days old; "
                        + "ask for a new one");
            }
            if (patient.get() == clinicianId) {
                return new Acceptance.Refused("this is your own invitation: give it to your clinician");
            }
            if (handle.createUpdate("UPDATE care_invitations SET used_at = :now WHERE code_hash = :hash AND used_at IS NULL")
                    .bind("now", now).bind("hash", codeHash).execute() != 1) {
                return new Acceptance.Refused("this code was used a moment ago");
            }
            Optional<CareLink> existing = standing(handle, clinicianId, patient.get());
            if (existing.isPresent()) {
                return new Acceptance.Accepted(existing.get());
            }
            handle.createUpdate("""
                            INSERT INTO care_links (patient_id, clinician_id, created_at) VALUES (:p, :c, :now)""")
                    .bind("p", patient.get()).bind("c", clinicianId).bind("now", now).execute();
            log(handle, patient.get(), Optional.of(clinicianId), CareAction.ACCESS_GRANTED, "", now);
            return new Acceptance.Accepted(standing(handle, clinicianId, patient.get()).orElseThrow());
        });
    }

    /** The standing link between a clinician and a person, as the clinician sees it (the person's name). */
    public Optional<CareLink> standingLink(long clinicianId, long patientId) {
        return database.withHandle(handle -> standing(handle, clinicianId, patientId));
    }

    private static Optional<CareLink> standing(Handle handle, long clinicianId, long patientId) {
        return handle.createQuery(LINKS_WITH_PERSON
                        + "WHERE l.clinician_id = :c AND l.patient_id = :p AND l.revoked_at IS NULL")
                .bind("c", clinicianId).bind("p", patientId).map((rs, ctx) -> link(rs, ctx)).findOne();
    }

    private static CareLink link(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new CareLink(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("clinician_id"), rs.getString("other"),
                TimeColumns.instant(rs, "created_at", ctx), TimeColumns.optionalInstant(rs, "revoked_at", ctx));
    }

    /** A clinician's caseload: the people whose invitation stands, as the clinician sees them. */
    public List<CareLink> patients(long clinicianId) {
        return database.withHandle(handle -> handle.createQuery(LINKS_WITH_PERSON
                        + "WHERE l.clinician_id = :c AND l.revoked_at IS NULL ORDER BY l.created_at")
                .bind("c", clinicianId).map((rs, ctx) -> link(rs, ctx)).list());
    }

    /**
     * The people who ended this clinician's access and have not invited them again, the latest
     * ending first: the clinician is told it ended, and when, rather than shown an empty caseload.
     */
    public List<CareLink> formerPatients(long clinicianId) {
        return database.withHandle(handle -> handle.createQuery(LINKS_WITH_PERSON + """
                        WHERE l.clinician_id = :c AND l.revoked_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM care_links s
                        WHERE s.clinician_id = l.clinician_id AND s.patient_id = l.patient_id
                        AND (s.revoked_at IS NULL OR s.revoked_at > l.revoked_at)) ORDER BY l.revoked_at DESC""")
                .bind("c", clinicianId).map((rs, ctx) -> link(rs, ctx)).list());
    }

    /** Who has, or had, access to a person's record, as the person sees them. */
    public List<CareLink> clinicians(long patientId) {
        return database.withHandle(handle -> handle.createQuery("SELECT l.*, " + NAME + """
                         AS other FROM care_links l JOIN accounts a ON a.id = l.clinician_id
                        LEFT JOIN profiles p ON p.account_id = l.clinician_id
                        WHERE l.patient_id = :p ORDER BY l.created_at DESC""")
                .bind("p", patientId).map((rs, ctx) -> link(rs, ctx)).list());
    }

    /** The person ends a clinician's access; true when it stood. */
    public boolean revoke(long patientId, long linkId, Instant now) {
        return database.inTransaction(handle -> {
            Optional<Long> clinician = handle.createQuery("""
                            SELECT clinician_id FROM care_links WHERE id = :id AND patient_id = :p AND revoked_at IS NULL""")
                    .bind("id", linkId).bind("p", patientId).mapTo(Long.class).findOne();
            if (clinician.isEmpty()) {
                return false;
            }
            handle.createUpdate("UPDATE care_links SET revoked_at = :now WHERE id = :id").bind("now", now).bind("id", linkId)
                    .execute();
            log(handle, patientId, clinician, CareAction.ACCESS_ENDED, "", now);
            return true;
        });
    }

    /**
     * The person e-mails an invitation code to {@code address}, if fewer than {@code limit} went out since {@code since}:
     * a line of their log, which is also what the limit counts. The person's account row is locked
     * first (a no-op update), so parallel requests are counted one after another and never pass the
     * limit together, on SQLite and PostgreSQL alike. False when the limit is reached.
     */
    public boolean mailed(long patientId, String address, Instant now, int limit, Instant since) {
        return database.inTransaction(handle -> {
            handle.execute("UPDATE accounts SET revision = revision WHERE id = ?", patientId);
            int sent = handle.createQuery("""
                            SELECT COUNT(*) FROM care_events WHERE patient_id = :p AND action = 'INVITATION_MAILED' AND at > :since""")
                    .bind("p", patientId).bind("since", since).mapTo(Integer.class).one();
            if (sent >= limit) {
                return false;
            }
            log(handle, patientId, Optional.empty(), CareAction.INVITATION_MAILED, address, now);
            return true;
        });
    }

    /** Something a clinician did with a person's record, for the person to see. */
    public void record(long patientId, long clinicianId, CareAction action, String detail, Instant now) {
        database.inTransaction(handle -> {
            log(handle, patientId, Optional.of(clinicianId), action, detail, now);
            return null;
        });
    }

    static void log(Handle handle, long patientId, Optional<Long> clinicianId, CareAction action, String detail,
                            Instant now) {
        handle.createUpdate("""
                        INSERT INTO care_events (patient_id, clinician_id, at, action, detail)
                        VALUES (:p, :c, :now, :action, :detail)""")
                .bind("p", patientId).bind("c", clinicianId.orElse(null)).bind("now", now).bind("action", action.name())
                .bind("detail", detail.length() <= 400 ? detail : detail.substring(0, 400)).execute();
    }

    /** The log of a person's record, newest first (at most 200). */
    public List<CareEvent> events(long patientId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT e.*, COALESCE(NULLIF(p.display_name, ''), a.email, '') AS who FROM care_events e
                        LEFT JOIN accounts a ON a.id = e.clinician_id LEFT JOIN profiles p ON p.account_id = e.clinician_id
                        WHERE e.patient_id = :p ORDER BY e.at DESC, e.id DESC LIMIT 200""")
                .bind("p", patientId).map((rs, ctx) -> new CareEvent(TimeColumns.instant(rs, "at", ctx),
                        rs.getString("who"), rs.getString("action"), rs.getString("detail"))).list());
    }

    /** A note on the record, and its line in the person's log, in one transaction. */
    public CareNote note(long patientId, long clinicianId, String text, Instant now) {
        return database.inTransaction(handle -> note(handle, patientId, clinicianId, text, now));
    }

    /**
     * A note under the clinician's idempotency key, if one came: a double click on "Add the note", or a
     * retry, stores it once and is answered as the first was.
     */
    public org.plimsoll.store.idempotency.Outcome note(long patientId, long clinicianId, String text, Instant now,
            Optional<org.plimsoll.store.idempotency.IdempotencyKey> key,
            java.util.function.Function<CareNote, org.plimsoll.store.idempotency.Answer> answer) {
        return org.plimsoll.store.idempotency.IdempotencyRepository.once(database, clinicianId, now, key,
                handle -> answer.apply(note(handle, patientId, clinicianId, text, now)));
    }

    private static CareNote note(Handle handle, long patientId, long clinicianId, String text, Instant now) {
        long id = handle.createUpdate("""
                        INSERT INTO care_notes (patient_id, clinician_id, at, text) VALUES (:p, :c, :now, :text)""")
                .bind("p", patientId).bind("c", clinicianId).bind("now", now).bind("text", text)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        log(handle, patientId, Optional.of(clinicianId), CareAction.NOTE_ADDED, "", now);
        return new CareNote(id, "", TimeColumns.storable(now), text);
    }

    /** The notes on a person's record, newest first (at most 200). */
    public List<CareNote> notes(long patientId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT n.*, COALESCE(NULLIF(p.display_name, ''), a.email, '') AS who FROM care_notes n
                        LEFT JOIN accounts a ON a.id = n.clinician_id LEFT JOIN profiles p ON p.account_id = n.clinician_id
                        WHERE n.patient_id = :p ORDER BY n.at DESC, n.id DESC LIMIT 200""")
                .bind("p", patientId).map((rs, ctx) -> new CareNote(rs.getLong("id"), rs.getString("who"),
                        TimeColumns.instant(rs, "at", ctx), rs.getString("text"))).list());
    }

    /** One setting's change, as the audit keeps it: "default" for a value the person never had of their own. */
    public record Change(CoachingSettings.Setting setting, String oldValue, String newValue) {
    }

    /**
     * A clinician changes a person's coaching settings: the new settings, each changed value in the
     * audit (who, when, old and new, why) and a line in the person's log, all in one transaction.
     */
    public void changeSettings(long patientId, long clinicianId, CoachingSettings settings, List<Change> changes,
                               String reason, String summary, Instant now) {
        database.inTransaction(handle -> {
            CoachingSettingsRepository.save(handle, patientId, settings, now);
            for (Change c : changes) {
                handle.createUpdate("""
                                INSERT INTO care_changes (patient_id, clinician_id, at, setting, old_value, new_value, reason)
                                VALUES (:p, :c, :now, :setting, :old, :new, :reason)""")
                        .bind("p", patientId).bind("c", clinicianId).bind("now", now).bind("setting", c.setting().key())
                        .bind("old", c.oldValue()).bind("new", c.newValue()).bind("reason", reason).execute();
            }
            log(handle, patientId, Optional.of(clinicianId), CareAction.SETTINGS_CHANGED, summary + ": " + reason, now);
            return null;
        });
    }
}
