package org.plimsoll.web.person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.engine.reminder.DueCheckIns;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.account.Account;

/** One person's data and the engine's assessment of it, as of now in their time zone. */
public record Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now,
                       Map<Object, Object> derived, Optional<String> displayName) {
    public Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now,
                    Map<Object, Object> derived) {
        this(account, history, assessment, now, derived, Optional.empty());
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
     * The assessment in the scenario interface's JSON, computed once per assessment and shared:
     * read it, never change it.
     */
    public ObjectNode json() {
        return once(AssessmentJson.class, () -> AssessmentJson.tree(assessment));
    }

    /**
     * A value that depends only on the assessment (not on the time of day), computed the first time
     * a page asks and kept as long as the assessment is: {@code key} names what it is.
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
