package org.plimsoll.formats.scenario;

import static org.plimsoll.formats.scenario.AssessmentFields.distanceKm;
import static org.plimsoll.formats.scenario.AssessmentFields.minutes;
import static org.plimsoll.formats.scenario.AssessmentFields.strings;
import static org.plimsoll.formats.scenario.AssessmentFields.toleranceAndBaseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.today.Adjustment;
import org.plimsoll.words.Exercises;
import org.plimsoll.words.Reasons;
import org.plimsoll.words.Wording;

/**
 * The engine's answer as the JSON of SCENARIO.md. Field order is fixed, so the same assessment
 * always gives the same bytes.
 */
public final class AssessmentJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentJson() {
    }

    public static String write(Assessment a) {
        try {
            return MAPPER.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** The engine's answer to a scenario, as {@code plimsoll evaluate} prints it. */
    public static String write(Scenario scenario) {
        return write(Assessment.derivedFrom(scenario.history(), scenario.asOf()), scenario.history());
    }

    /**
     * A scenario's answer: the assessment, and with check-ups in the history its {@code "outcomes"}
     * as {@code GET /api/v1/check-ups} gives them (ENGINE.md section 14).
     */
    public static String write(Assessment a, History history) {
        ObjectNode root = tree(a);
        if (!history.checkUps().isEmpty()) {
            outcomes(root.putObject("outcomes"), history, a.asOf());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** The check-ups' schedule and every measure's trend, by the names of {@code GET /api/v1/check-ups}. */
    private static void outcomes(ObjectNode n, History history, LocalDate asOf) {
        n.put("everyDays", Outcomes.everyDays(history, asOf));
        n.put("nextDue", Outcomes.nextDue(history, asOf).toString());
        n.put("due", Outcomes.due(history, asOf));
        ArrayNode measures = n.putArray("measures");
        for (Outcomes.Series s : Outcomes.series(history, asOf)) {
            ObjectNode m = measures.addObject();
            m.put("measure", s.measure().name());
            if (s.activity().isEmpty()) {
                m.putNull("activity");
            } else {
                m.put("activity", s.activity());
            }
            m.put("name", Wording.outcomeMeasure(s.measure(), s.activity()));
            ArrayNode points = m.putArray("points");
            s.points().forEach(p -> points.addObject().put("date", p.date().toString()).put("value", p.value()));
            if (s.change().isPresent()) {
                Outcomes.Change c = s.change().get();
                m.putObject("change").put("from", c.from()).put("to", c.to()).put("matters", c.matters())
                        .put("worse", c.worse()).put("words", Wording.outcomeChange(c));
            } else {
                m.putNull("change");
            }
        }
    }

    /**
     * The parts of the answer in their order, each written by the one method that writes it both in the whole
     * tree and alone ({@link #part}), so a route that reads one part does not build the others and the
     * two cannot differ. A writer gives null for a part the answer leaves out.
     */
    private static final Map<String, Function<Assessment, JsonNode>> PARTS = parts();

    private static Map<String, Function<Assessment, JsonNode>> parts() {
        Map<String, Function<Assessment, JsonNode>> parts = new LinkedHashMap<>();
        parts.put("asOf", a -> NODES.textNode(a.asOf().toString()));
        parts.put("responses", AssessmentJson::responses);
        parts.put("activities", AssessmentJson::activities);
        parts.put("baselines", AssessmentJson::baselines);
        parts.put("pacing", a -> AssessmentTrends.pacing(NODES.arrayNode(), a.pacing()));
        parts.put("flare", AssessmentJson::flare);
        parts.put("referral", AssessmentJson::referral);
        parts.put("boomBust", a -> AssessmentTrends.boomBust(NODES.objectNode(), a.boomBust()));
        parts.put("today", AssessmentJson::today);
        parts.put("load", a -> AssessmentTrends.load(NODES.objectNode(), a.load()));
        parts.put("plan", AssessmentJson::plan);
        parts.put("phase", a -> NODES.numberNode(a.phase()));
        parts.put("insights", a -> AssessmentTrends.insights(NODES.objectNode(), a.insights()));
        // Only with experiments begun, so that the answers of histories without any keep their bytes.
        parts.put("experiments", a -> a.experiments().isEmpty() ? null : ExperimentJson.array(a.experiments()));
        return Collections.unmodifiableMap(parts);
    }

    public static ObjectNode tree(Assessment a) {
        ObjectNode root = NODES.objectNode();
        PARTS.forEach((name, writer) -> {
            JsonNode part = writer.apply(a);
            if (part != null) {
                root.set(name, part);
            }
        });
        return root;
    }

    /**
     * One part of {@link #tree} by its name ("plan", "today", "referral"...), written alone: a new node
     * the caller may change. Empty for a part this assessment's answer leaves out.
     *
     * @throws IllegalArgumentException for a name the answer has no part of
     */
    public static Optional<JsonNode> part(Assessment a, String name) {
        Function<Assessment, JsonNode> writer = PARTS.get(name);
        if (writer == null) {
            throw new IllegalArgumentException("the assessment's JSON has no part " + name);
        }
        return Optional.ofNullable(writer.apply(a));
    }

    /** The names of the parts, in the order of the whole tree. */
    public static Set<String> partNames() {
        return PARTS.keySet();
    }

    private static ArrayNode responses(Assessment a) {
        ArrayNode responses = NODES.arrayNode();
        for (SessionResponse r : a.responses()) {
            ObjectNode n = responses.addObject();
            n.put("sessionId", r.session().id());
            n.put("date", r.date().toString());
            n.put("response", r.response().name());
            r.provisional().ifPresent(p -> n.put("provisional", p.name()));
            strings(n.putArray("reasons"), Reasons.of(r.reasons()));
        }
        return responses;
    }

    private static ArrayNode activities(Assessment a) {
        ArrayNode activities = NODES.arrayNode();
        for (ActivityAssessment x : a.activities()) {
            ObjectNode n = activities.addObject();
            n.put("activity", x.activity().code());
            n.put("state", x.state().name());
            dose(n, "confirmedLevel", x.confirmedLevel());
            dose(n, "currentLevel", x.currentLevel());
            dose(n, "todayLevel", x.todayLevel());
            if (x.changedVariable().isPresent()) {
                n.put("changedVariable", x.changedVariable().get().code());
            } else {
                n.putNull("changedVariable");
            }
            n.put("holdDays", x.holdDays());
            strings(n.putArray("reasons"), Reasons.of(x.reasons()));
        }
        return activities;
    }

    private static ArrayNode baselines(Assessment a) {
        ArrayNode baselines = NODES.arrayNode();
        for (Pacing.Baseline b : a.baselines().values()) {
            ObjectNode n = baselines.addObject();
            n.put("activity", b.activity().code());
            toleranceAndBaseline(n, Optional.of(b));
            n.put("tests", b.tests());
        }
        return baselines;
    }

    private static ObjectNode flare(Assessment a) {
        ObjectNode flare = NODES.objectNode();
        flare.put("active", a.flare().isPresent());
        if (a.flare().isPresent()) {
            flare.put("since", a.flare().get().since().toString());
            flare.put("step", a.flare().get().step());
            flare.put("day", a.flare().get().dayOf(a.asOf()));
            strings(flare.putArray("reasons"), Reasons.of(a.flare().get().reasons()));
        } else {
            flare.putNull("since");
            flare.put("step", 0);
            flare.putArray("reasons");
        }
        ArrayNode episodes = flare.putArray("history");
        a.flares().forEach(f -> {
            ObjectNode e = episodes.addObject();
            e.put("since", f.since().toString());
            if (f.ended().isPresent()) {
                e.put("ended", f.ended().get().toString());
            } else {
                e.putNull("ended");
            }
            e.put("step", f.step());
        });
        return flare;
    }

    private static ObjectNode referral(Assessment a) {
        ObjectNode referral = NODES.objectNode();
        referral.put("level", a.referral().level().name());
        strings(referral.putArray("reasons"), Reasons.of(a.referral().reasons()));
        return referral;
    }

    private static ObjectNode today(Assessment a) {
        ObjectNode today = NODES.objectNode();
        today.put("factor", a.today().factor());
        ArrayNode adjustments = today.putArray("adjustments");
        for (Adjustment adj : a.today().adjustments()) {
            adjustments.addObject().put("cause", adj.cause().name()).put("percent", adj.percent())
                    .put("reason", Reasons.of(adj.reason()));
        }
        return today;
    }

    private static ArrayNode plan(Assessment a) {
        ArrayNode plan = NODES.arrayNode();
        for (PlannedSession p : a.plan()) {
            ObjectNode n = plan.addObject();
            n.put("date", p.date().toString());
            n.put("activity", p.activity().code());
            if (p.minutes().isPresent()) {
                n.put("minutes", p.minutes().get().value());
            } else {
                n.putNull("minutes");
            }
            n.put("rpeCap", p.rpeCap());
            n.put("kind", p.kind().name());
            if (p.runType().isPresent()) {
                n.put("runType", p.runType().get().code());
            }
            p.condition().ifPresent(c -> n.put("condition", c));
            strings(n.putArray("exercises"), Exercises.names(p.exercises()));
            strings(n.putArray("notes"), Reasons.of(p.notes()));
            ArrayNode checkIns = n.putArray("checkIns");
            if (!p.asksForCheckIns()) {
                continue;
            }
            checkIns.addObject().put("window", "BEFORE").put("when", "just before the session");
            checkIns.addObject().put("window", "AFTER_1H").put("when", "one hour after the session");
            // "when" is always words; "at" is the next morning's local date and time, for a reminder.
            checkIns.addObject().put("window", "NEXT_MORNING")
                    .put("when", "the next morning at " + p.nextMorningCheckIn().toLocalTime())
                    .put("at", p.nextMorningCheckIn().toString());
        }
        return plan;
    }

    private static void dose(ObjectNode parent, String field, Optional<Dose> dose) {
        if (dose.isEmpty()) {
            parent.putNull(field);
            return;
        }
        Dose d = dose.get();
        ObjectNode n = parent.putObject(field);
        n.put("sessionsPerWeek", d.sessionsPerWeek());
        if (d.minutes().isPresent()) {
            n.put("minutes", d.minutes().get().value());
        }
        if (d.distance().isPresent()) {
            n.put("distanceKm", d.distance().get().km());
        }
        n.put("rpeCap", d.rpeCap());
        d.rotation().ifPresent(r -> n.put("rotation", r.name()));
        if (d.work().isPresent()) {
            n.put("work", d.work().get().value());
        }
    }
}
