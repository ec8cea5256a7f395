package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.live.LiveGuide;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.today.Adjustment;

/**
 * The OpenAPI document is written by hand; its code lists are the engine's. Every enum the document
 * gives a field is checked against the Java enum it names, wherever in the document it appears, so a
 * code added to the engine and not to the document (or the other way round) fails here.
 */
class OpenApiCodeListsTest {
    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiCodeListsTest.class.getResourceAsStream("/org/plimsoll/web/openapi/openapi.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Every enum list in the document under a property of this name (array items included). */
    private static List<List<String>> enumsOf(JsonNode node, String property) {
        List<List<String>> found = new ArrayList<>();
        collect(node, property, found);
        return found;
    }

    private static void collect(JsonNode node, String property, List<List<String>> found) {
        if (node.isObject()) {
            JsonNode props = node.path("properties");
            JsonNode named = props.path(property);
            JsonNode list = named.has("items") ? named.path("items").path("enum") : named.path("enum");
            if (list.isArray()) {
                List<String> values = new ArrayList<>();
                list.forEach(v -> values.add(v.asText()));
                found.add(values);
            }
            node.elements().forEachRemaining(child -> collect(child, property, found));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, property, found));
        }
    }

    private static <E extends Enum<E>> List<String> codes(Class<E> type, Function<E, String> code) {
        return Arrays.stream(type.getEnumConstants()).map(code).toList();
    }

    private static void sameEverywhere(JsonNode doc, String property, List<String> expected) {
        List<List<String>> lists = enumsOf(doc, property);
        assertThat(lists).as(property + " has a code list in the document").isNotEmpty();
        assertThat(lists).as(property).allSatisfy(list -> assertThat(list).containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void everyCodeListInTheDocumentIsTheEnginesOwn() throws IOException {
        JsonNode doc = document();
        List<String> activities = codes(Activity.class, Activity::code);
        sameEverywhere(doc, "activity", activities);
        sameEverywhere(doc, "symptoms", codes(Symptom.class, Enum::name));
        sameEverywhere(doc, "window", codes(CheckInWindow.class, Enum::name));
        sameEverywhere(doc, "region", codes(Region.class, Enum::name));
        sameEverywhere(doc, "regions", codes(Region.class, Enum::name));
        sameEverywhere(doc, "response", codes(Response.class, Enum::name));
        sameEverywhere(doc, "state", codes(LevelState.class, Enum::name));
        sameEverywhere(doc, "level", codes(Urgency.class, Enum::name));
        sameEverywhere(doc, "kind", codes(PlannedSession.Kind.class, Enum::name));
        sameEverywhere(doc, "cause", codes(Adjustment.Cause.class, Enum::name));
        sameEverywhere(doc, "decision", codes(LiveGuide.Decision.class, Enum::name));
        sameEverywhere(doc, "irritability", codes(Irritability.class, Enum::name));
        sameEverywhere(doc, "units", codes(Units.class, Enum::name));
        sameEverywhere(doc, "runType", codes(RunType.class, RunType::code));
        // The full export's columns (snake_case, as in the file).
        sameEverywhere(doc, "run_type", codes(RunType.class, RunType::code));
        sameEverywhere(doc, "check_window", codes(CheckInWindow.class, Enum::name));
        sameEverywhere(doc, "symptom", codes(Symptom.class, Enum::name));
        sameEverywhere(doc, "changedVariable", codes(Variable.class, Variable::code));
        sameEverywhere(doc, "measure", codes(org.plimsoll.engine.outcome.Outcomes.Measure.class, Enum::name));
        sameEverywhere(doc, "hrvKind", codes(org.plimsoll.engine.context.HrvKind.class, Enum::name));
        sameEverywhere(doc, "source", codes(Source.class, s -> s.name().toLowerCase(Locale.ROOT)));
        // The import's choice for unlabelled files: every trained activity and "other", no posture.
        JsonNode unlabelled = Stream.of(doc.at("/paths/~1api~1v1~1imports/post/parameters"))
                .flatMap(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false))
                .filter(p -> p.path("name").asText().equals("unlabelled")).findFirst().orElseThrow();
        List<String> choices = new ArrayList<>();
        unlabelled.at("/schema/enum").forEach(v -> choices.add(v.asText()));
        assertThat(choices).containsExactlyInAnyOrderElementsOf(Stream.concat(
                Activity.TRAINED.stream().map(Activity::code), Stream.of(Activity.OTHER.code())).toList());
    }
}
