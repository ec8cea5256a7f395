package org.plimsoll.web.person;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.reminder.DueCheckIns;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.store.account.Account;

/**
 * One person's data and the engine's assessment of it, as of now in their time zone. Several
 * requests share what is derived from one assessment, so what it hands out cannot be changed:
 * the assessment's JSON as text, or one of its parts written for the caller alone.
 */
public final class Snapshot {
    private final Account account;
    private final History history;
    private final Assessment assessment;
    private final ZonedDateTime now;
    private final Map<Object, Object> derived;
    private final Optional<String> displayName;

    public Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now,
                    Map<Object, Object> derived, Optional<String> displayName) {
        this.account = account;
        this.history = history;
        this.assessment = assessment;
        this.now = now;
        this.derived = derived;
        this.displayName = displayName;
    }

    public Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now,
                    Map<Object, Object> derived) {
        this(account, history, assessment, now, derived, Optional.empty());
    }

    public Account account() {
        return account;
    }

    public History history() {
        return history;
    }

    public Assessment assessment() {
        return assessment;
    }

    public ZonedDateTime now() {
        return now;
    }

    public Optional<String> displayName() {
        return displayName;
    }

    /** What the report and the share page call the person: their chosen name, else their e-mail address. */
    public String name() {
        return displayName.orElse(account.email());
    }

    public Profile profile() {
        return history.profile();
    }

    public ZoneId zone() {
        return now.getZone();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /**
     * The assessment in the scenario interface's JSON, as text: written on each call (only a clinician's
     * view of the whole assessment asks, seldom twice for one assessment), so a cached person does not
     * hold it.
     */
    public String json() {
        return AssessmentJson.tree(assessment).toString();
    }

    /**
     * One part of the assessment's JSON ("plan", "today"...), written alone for the caller, who may change
     * or keep it: a route builds only the parts it reads, and nothing of the whole tree is built or held
     * (the routes keep their own answers' text).
     */
    public JsonNode json(String field) {
        return AssessmentJson.part(assessment, field)
                .orElseThrow(() -> new IllegalArgumentException("this assessment's JSON leaves out " + field));
    }

    /**
     * A value that depends only on the assessment (not on the time of day), computed the first time
     * a page asks and kept as long as the assessment is: {@code key} names what it is. Requests share
     * it, so it must be a value nobody can change.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> compute) {
        // Not computeIfAbsent: a computation may itself ask for another value (today's answer needs
        // the JSON), which a ConcurrentHashMap refuses. Two first requests may both compute; one wins.
        Object value = derived.get(key);
        if (value == null) {
            Object fresh = compute.get();
            value = derived.putIfAbsent(key, fresh);
            if (value == null) {
                value = fresh;
            }
        }
        return (T) value;
    }

    /** Due now; worked out from the few days that can matter (kept per assessment), not the whole history. */
    public List<DueCheckIns.Due> due() {
        return DueCheckIns.at(once(DueCheckIns.class, () -> DueCheckIns.relevantOn(history, today())), now);
    }
}
