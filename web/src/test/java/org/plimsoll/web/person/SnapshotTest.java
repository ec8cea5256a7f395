package org.plimsoll.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.account.Account;

/** Requests share one snapshot per assessment: what it hands out cannot be changed under another request. */
class SnapshotTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aRequestThatChangesItsPartOfTheAssessmentChangesNobodyElses() {
        History history = DemoHistory.generate(TODAY.minusDays(1), 6, LONDON);
        Snapshot shared = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history,
                Assessment.derivedFrom(history, TODAY), TODAY.atTime(12, 0).atZone(LONDON), new ConcurrentHashMap<>());
        String whole = shared.json();
        int days = shared.json("plan").size();

        ArrayNode mine = (ArrayNode) shared.json("plan");
        mine.removeAll();
        ((ObjectNode) shared.json("today")).put("tampered", true);

        assertThat(days).isPositive();
        assertThat(shared.json("plan")).hasSize(days);
        assertThat(shared.json("today").has("tampered")).isFalse();
        assertThat(shared.json()).isEqualTo(whole).contains("\"plan\"");
    }

    @Test
    void aCachedPersonKeepsNeitherTheAssessmentsJsonTreeNorItsText() {
        History history = DemoHistory.generate(TODAY.minusDays(1), 6, LONDON);
        Map<Object, Object> derived = new ConcurrentHashMap<>();
        Snapshot shared = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history,
                Assessment.derivedFrom(history, TODAY), TODAY.atTime(12, 0).atZone(LONDON), derived);

        String whole = shared.json();
        shared.json("plan");

        assertThat(derived.values()).noneMatch(v -> v instanceof JsonNode || v instanceof String);
        assertThat(shared.json()).as("written again, the same text").isEqualTo(whole);
    }

    @Test
    void aRouteReadsItsPartWithoutTheWholeTreeBeingBuiltOrHeld() {
        History history = DemoHistory.generate(TODAY.minusDays(1), 6, LONDON);
        Map<Object, Object> derived = new ConcurrentHashMap<>();
        Assessment assessment = Assessment.derivedFrom(history, TODAY);
        Snapshot shared = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history,
                assessment, TODAY.atTime(12, 0).atZone(LONDON), derived);

        JsonNode plan = shared.json("plan");
        shared.json("today");

        assertThat(derived).as("nothing kept for the parts, not even a weak reference to a whole tree").isEmpty();
        assertThat(plan.toString()).isEqualTo(org.plimsoll.formats.scenario.AssessmentJson.tree(assessment).get("plan").toString());
    }
}
