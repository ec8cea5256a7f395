package org.plimsoll.web.person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.DueCheckIns;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.account.Account;

/** One person's data and the engine's assessment of it, as of now in their time zone. */
public record Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now,
                       Supplier<ObjectNode> assessmentJson, Supplier<History> dueSource,
                       Map<Object, Object> derived) {
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
        return assessmentJson.get();
    }

    /**
     * A value that depends only on the assessment (not on the time of day), computed the first time
     * a page asks and kept as long as the assessment is: {@code key} names what it is.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.get());
    }

    public List<DueCheckIns.Due> due() {
        return DueCheckIns.at(dueSource.get(), now);
    }
}
