package org.plimsoll.store.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/**
 * Experiments a clinician suggests to a person (issue 30): open until the person accepts one, which
 * starts it in the same transaction, or says "not now". Either answer stays, so the clinician sees it.
 */
public final class ExperimentSuggestionRepository {
    /** What the person made of a suggestion; open until they answer. */
    public enum Answer { OPEN, ACCEPTED, DECLINED }

    /** One suggestion: the clinician's name as the person knows them, what to compare, and the answer so far. */
    public record Suggestion(long id, String clinician, Activity activity, List<String> conditions, int weeks,
                             Instant at, Answer answer, Optional<String> experimentId) {
        public Suggestion {
            conditions = List.copyOf(conditions);
        }
    }

    private final Database database;

    public ExperimentSuggestionRepository(Database database) {
        this.database = database;
    }

    /** A new suggestion; its id. Joins a transaction open on this thread (an idempotency key's). */
    public long suggest(long patientId, long clinicianId, Activity activity, List<String> conditions, int weeks,
                        Instant now) {
        return database.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO experiment_suggestions (patient_id, clinician_id, activity, first_condition,
                            second_condition, weeks, created_at)
                        VALUES (:p, :c, :activity, :first, :second, :weeks, :now)""")
                .bind("p", patientId).bind("c", clinicianId).bind("activity", activity.code())
                .bind("first", conditions.get(0)).bind("second", conditions.get(1)).bind("weeks", weeks)
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * The person accepts: the experiment starts and the suggestion names it, in one transaction; false
     * when the suggestion was no longer open (answered in another tab), and nothing is written.
     */
    public boolean accept(long patientId, long suggestionId, Experiment started, Instant now) {
        return database.inTransaction(handle -> {
            if (!answer(handle, patientId, suggestionId, Answer.ACCEPTED, Optional.of(started.id()), now)) {
                return false;
            }
            ExperimentRepository.insert(handle, patientId, started, now);
            return true;
        });
    }

    /** The person says "not now"; false when it was no longer open. */
    public boolean decline(long patientId, long suggestionId, Instant now) {
        return database.inTransaction(handle -> answer(handle, patientId, suggestionId, Answer.DECLINED,
                Optional.empty(), now));
    }

    private static boolean answer(Handle handle, long patientId, long suggestionId, Answer answer,
                                  Optional<String> experimentId, Instant now) {
        return handle.createUpdate("""
                        UPDATE experiment_suggestions SET answer = :answer, answered_at = :now, experiment_id = :e
                        WHERE patient_id = :p AND id = :id AND answer IS NULL""")
                .bind("answer", answer.name()).bind("now", now).bind("e", experimentId.orElse(null))
                .bind("p", patientId).bind("id", suggestionId).execute() == 1;
    }

    public Optional<Suggestion> find(long patientId, long suggestionId) {
        return list(patientId).stream().filter(s -> s.id() == suggestionId).findFirst();
    }

    /** The suggestions still waiting for the person's answer, oldest first. */
    public List<Suggestion> listOpen(long patientId) {
        return list(patientId).stream().filter(s -> s.answer() == Answer.OPEN).toList();
    }

    /** Every suggestion made to the person, oldest first (at most 100). */
    public List<Suggestion> list(long patientId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT s.*, COALESCE(NULLIF(p.display_name, ''), a.email, '') AS who FROM experiment_suggestions s
                        LEFT JOIN accounts a ON a.id = s.clinician_id LEFT JOIN profiles p ON p.account_id = s.clinician_id
                        WHERE s.patient_id = :p ORDER BY s.created_at, s.id LIMIT 100""")
                .bind("p", patientId)
                .map((rs, ctx) -> new Suggestion(rs.getLong("id"), rs.getString("who"),
                        Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                        List.of(rs.getString("first_condition"), rs.getString("second_condition")), rs.getInt("weeks"),
                        TimeColumns.instant(rs, "created_at", ctx),
                        rs.getString("answer") == null ? Answer.OPEN : Answer.valueOf(rs.getString("answer")),
                        Optional.ofNullable(rs.getString("experiment_id"))))
                .list());
    }
}
