package org.plimsoll.store.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;

/**
 * What each person's clinicians' caseload needs of them, kept so that opening a caseload is one
 * query rather than every person's history loaded and assessed (issue 31). A row says for which
 * revision of the person's data and which day in their zone it was computed; the caller decides
 * from those whether it still serves (docs/care.md, "The caseload").
 */
public final class AttentionRepository {
    /** Why a person needs attention, as computed for one revision of their data on one day. */
    public record Stored(long revision, LocalDate day, int rank, List<Reason> reasons) {
        public Stored {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One person of a caseload: the link (with their name), their data's revision now, their zone
     * and units, and what is stored for them (empty when nothing is, or what is no longer reads).
     */
    public record Line(CareLink link, long revision, ZoneId zone, Units units, Optional<Stored> attention) {
    }

    /** A computed row to keep. */
    public record Kept(long patientId, Stored attention) {
    }

    private final Database database;

    public AttentionRepository(Database database) {
        this.database = database;
    }

    /** The clinician's standing links, their people's revisions and stored attention, in one query. */
    public List<Line> caseload(long clinicianId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT l.id, l.patient_id, l.clinician_id, l.created_at, l.revoked_at,
                        COALESCE(NULLIF(p.display_name, ''), a.email) AS other, a.revision AS now_revision,
                        p.time_zone, p.units, c.revision AS attention_revision, c.on_date, c.urgency, c.reasons
                        FROM care_links l JOIN accounts a ON a.id = l.patient_id
                        LEFT JOIN profiles p ON p.account_id = l.patient_id
                        LEFT JOIN care_attention c ON c.patient_id = l.patient_id
                        WHERE l.clinician_id = :c AND l.revoked_at IS NULL ORDER BY l.created_at""")
                .bind("c", clinicianId).map((rs, ctx) -> {
                    CareLink link = new CareLink(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("clinician_id"),
                            rs.getString("other"), TimeColumns.instant(rs, "created_at", ctx),
                            TimeColumns.optionalInstant(rs, "revoked_at", ctx));
                    String zone = rs.getString("time_zone");
                    String units = rs.getString("units");
                    Optional<Stored> stored = Optional.empty();
                    String reasons = rs.getString("reasons");
                    if (reasons != null) {
                        long revision = rs.getLong("attention_revision");
                        LocalDate day = TimeColumns.date(rs, "on_date", ctx);
                        int rank = rs.getInt("urgency");
                        stored = AttentionCodec.decode(reasons).map(r -> new Stored(revision, day, rank, r));
                    }
                    return new Line(link, rs.getLong("now_revision"), zone == null ? ZoneOffset.UTC : ZoneId.of(zone),
                            units == null ? Units.KM : Units.valueOf(units), stored);
                }).list());
    }

    /** What is stored for one person, if anything. */
    public Optional<Stored> of(long patientId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT revision, on_date, urgency, reasons FROM care_attention WHERE patient_id = :p")
                .bind("p", patientId).map((rs, ctx) -> {
                    long revision = rs.getLong("revision");
                    LocalDate day = TimeColumns.date(rs, "on_date", ctx);
                    int rank = rs.getInt("urgency");
                    return AttentionCodec.decode(rs.getString("reasons")).map(r -> new Stored(revision, day, rank, r));
                }).findOne().flatMap(o -> o));
    }

    /**
     * Keeps the rows in one transaction. A row replaces the one stored only when it was computed for a
     * later day, or the same day and a revision at least as new: a computation that started before a
     * newer one and finished after it never puts the older answer back.
     */
    public void keep(Collection<Kept> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        database.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO care_attention (patient_id, revision, on_date, urgency, reasons, computed_at)
                    VALUES (:p, :revision, :day, :rank, :reasons, :now)
                    ON CONFLICT (patient_id) DO UPDATE SET revision = excluded.revision, on_date = excluded.on_date,
                    urgency = excluded.urgency, reasons = excluded.reasons, computed_at = excluded.computed_at
                    WHERE care_attention.on_date < excluded.on_date
                    OR (care_attention.on_date = excluded.on_date AND care_attention.revision <= excluded.revision)""");
            for (Kept row : rows) {
                Stored a = row.attention();
                batch.bind("p", row.patientId()).bind("revision", a.revision()).bind("day", a.day())
                        .bind("rank", a.rank()).bind("reasons", AttentionCodec.encode(a.reasons())).bind("now", now)
                        .add();
            }
            batch.execute();
            return null;
        });
    }

    /**
     * Of these people, those whose latest check-in written (whatever day or time it is recorded for)
     * carries a red flag of the checklist (ENGINE.md section 9) or pain of 8 or more (one of section 9's
     * "two of three days"): the writes that may have made their caseload row urgent (docs/care.md, "The
     * red-flag lane"). Read in chunks of a thousand people through the check-ins' index by account.
     */
    public java.util.Set<Long> withRedFlagInLatestCheckIn(Collection<Long> patientIds) {
        java.util.Set<Long> flagged = new java.util.HashSet<>();
        List<Long> all = new ArrayList<>(patientIds);
        for (int from = 0; from < all.size(); from += 1_000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            flagged.addAll(database.withHandle(handle -> handle.createQuery("""
                            SELECT c.account_id FROM checkins c WHERE c.id IN (SELECT MAX(id) FROM checkins
                            WHERE account_id IN (<ids>) GROUP BY account_id) AND (c.pain >= 8
                            OR EXISTS (SELECT 1 FROM checkin_symptoms s WHERE s.checkin_id = c.id))""")
                    .bindList("ids", chunk).map((rs, ctx) -> rs.getLong(1)).list()));
        }
        return flagged;
    }

    /**
     * Of these people, the accounts of those with at least one clinician whose access stands (only
     * theirs is kept up to date), read in one query for a whole batch.
     */
    public List<Account> accountsWithClinician(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT a.* FROM accounts a WHERE a.id IN (<ids>) AND EXISTS (SELECT 1 FROM care_links l
                        WHERE l.patient_id = a.id AND l.revoked_at IS NULL)""")
                .bindList("ids", new ArrayList<>(patientIds)).map(AccountRepository.ACCOUNT).list());
    }
}
