package org.plimsoll.formats.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;

/**
 * The bundle checked against the FHIR R4 rules that apply to it (Bundle and Observation invariants,
 * the id and dateTime grammars, required elements and their code sets), re-read from its JSON text.
 */
class FhirBundleTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    // FHIR R4 dateTime: a year, a month, a day, or a full time with zone.
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
            + "(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
            + "(\\.[0-9]+)?(Z|([+\\-])((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?");
    private static final Pattern INSTANT = Pattern.compile("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])"
            + "-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|([+\\-])"
            + "((0[0-9]|1[0-3]):[0-5][0-9]|14:00))");
    private static final Set<String> BUNDLE_TYPES = Set.of("document", "message", "transaction", "transaction-response",
            "batch", "batch-response", "history", "searchset", "collection");
    private static final Set<String> OBSERVATION_STATUS = Set.of("registered", "preliminary", "final", "amended",
            "corrected", "cancelled", "entered-in-error", "unknown");

    private static JsonNode reread(History history, LocalDate from, LocalDate to) throws Exception {
        return new ObjectMapper().readTree(FhirBundle.bytes(FhirBundle.of(history, "42", from, to, NOW)));
    }

    /** Every rule broken, as "where: which rule"; empty when the bundle conforms. */
    private static List<String> violations(JsonNode bundle) {
        List<String> out = new ArrayList<>();
        if (!"Bundle".equals(bundle.path("resourceType").asText())) {
            out.add("$: resourceType is not Bundle");
        }
        if (!BUNDLE_TYPES.contains(bundle.path("type").asText())) {
            out.add("$.type: not a Bundle type");
        }
        if (!ID.matcher(bundle.path("id").asText()).matches()) {
            out.add("$.id: not a FHIR id");
        }
        if (!INSTANT.matcher(bundle.path("timestamp").asText()).matches()) {
            out.add("$.timestamp: not a FHIR instant");
        }
        Set<String> fullUrls = new HashSet<>();
        int i = 0;
        for (JsonNode entry : bundle.path("entry")) {
            String at = "$.entry[" + i++ + "]";
            JsonNode resource = entry.path("resource");
            // bdl-7: fullUrl unique; bdl-8: fullUrl has no version; collection entries carry no request/response.
            if (!fullUrls.add(entry.path("fullUrl").asText())) {
                out.add(at + ": bdl-7 fullUrl not unique");
            }
            if (entry.path("fullUrl").asText().contains("/_history/")) {
                out.add(at + ": bdl-8");
            }
            if (entry.has("request") || entry.has("response")) {
                out.add(at + ": bdl-3/bdl-4 request or response in a collection");
            }
            if (!ID.matcher(resource.path("id").asText()).matches()) {
                out.add(at + ".resource.id: not a FHIR id");
            }
            if ("Observation".equals(resource.path("resourceType").asText())) {
                if (!OBSERVATION_STATUS.contains(resource.path("status").asText())) {
                    out.add(at + ": Observation.status missing or not in its value set");
                }
                if (!resource.path("code").path("coding").isArray()) {
                    out.add(at + ": Observation.code missing");
                }
                // obs-6: dataAbsentReason only without a value; obs-7: a component code differs from the code.
                if (resource.has("dataAbsentReason") && resource.has("valueInteger")) {
                    out.add(at + ": obs-6");
                }
                for (JsonNode component : resource.path("component")) {
                    if (component.path("code").equals(resource.path("code"))) {
                        out.add(at + ": obs-7");
                    }
                    if (!component.has("code")) {
                        out.add(at + ": component.code missing");
                    }
                }
                String effective = resource.has("effectiveDateTime") ? resource.path("effectiveDateTime").asText()
                        : resource.path("effectivePeriod").path("start").asText();
                if (!DATE_TIME.matcher(effective).matches()) {
                    out.add(at + ": effective is not a FHIR dateTime: " + effective);
                }
                if (resource.has("effectivePeriod") && !DATE_TIME.matcher(resource.path("effectivePeriod").path("end").asText()).matches()) {
                    out.add(at + ": effectivePeriod.end is not a FHIR dateTime");
                }
                if (resource.has("issued") && !INSTANT.matcher(resource.path("issued").asText()).matches()) {
                    out.add(at + ": issued is not a FHIR instant");
                }
                if (!fullUrls.contains(resource.path("subject").path("reference").asText())) {
                    out.add(at + ": subject does not resolve within the bundle");
                }
                resource.fieldNames().forEachRemaining(name -> {
                    if (name.startsWith("value") && !Set.of("valueInteger").contains(name)) {
                        out.add(at + ": unexpected " + name);
                    }
                });
            } else if (!"Patient".equals(resource.path("resourceType").asText())) {
                out.add(at + ": unexpected resource " + resource.path("resourceType"));
            }
        }
        return out;
    }

    @Test
    void twelveWeeksOfCheckInsMakeAConformingBundleWithOneObservationEach() throws Exception {
        History demo = DemoHistory.generate(LocalDate.of(2026, 2, 28), 12, LONDON);
        JsonNode bundle = reread(demo, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(violations(bundle)).isEmpty();
        assertThat(bundle.path("entry")).hasSize(1 + demo.checkIns().size());
        assertThat(bundle.path("entry").get(0).path("resource").path("resourceType").asText()).isEqualTo("Patient");
    }

    @Test
    void aCheckInAnHourAfterARunCarriesBothCodesItsScoreItsWindowAndTheTimeItDescribes() throws Exception {
        Session run = Session.of("s1", Activity.RUN, ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, LONDON), 40, 4);
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(run),
                List.of(CheckIn.forSession("c1", "s1", CheckInWindow.AFTER_1H, 4),
                        CheckIn.forSession("c2", "s1", CheckInWindow.DURING, 5),
                        CheckIn.daily("c3", LocalDate.of(2026, 3, 4), 1)),
                List.of(), List.of(), List.of());
        JsonNode bundle = reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(violations(bundle)).isEmpty();

        JsonNode after = bundle.path("entry").get(1).path("resource");
        assertThat(after.path("code").path("coding").findValuesAsText("code")).containsExactly("72514-3", "225908003");
        assertThat(after.path("code").path("coding").findValuesAsText("system"))
                .containsExactly("http://loinc.org", "http://snomed.info/sct");
        assertThat(after.path("valueInteger").asInt()).isEqualTo(4);
        assertThat(after.path("effectiveDateTime").asText()).isEqualTo("2026-03-02T19:40:00Z");
        assertThat(after.path("component").get(0).path("valueCodeableConcept").path("coding").get(0).path("code").asText())
                .isEqualTo("after-1h");
        JsonNode during = bundle.path("entry").get(2).path("resource");
        assertThat(during.path("effectivePeriod").path("start").asText()).isEqualTo("2026-03-02T18:00:00Z");
        assertThat(during.path("effectivePeriod").path("end").asText()).isEqualTo("2026-03-02T18:40:00Z");
        JsonNode daily = bundle.path("entry").get(3).path("resource");
        assertThat(daily.path("effectiveDateTime").asText()).isEqualTo("2026-03-04");
        assertThat(daily.path("component").get(0).path("valueCodeableConcept").path("coding").get(0).path("code").asText())
                .isEqualTo("daily");
    }

    @Test
    void onlyCheckInsOfTheChosenPeriodAreIncludedAndTheSameDataGivesTheSameIds() throws Exception {
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(),
                List.of(CheckIn.daily("a", LocalDate.of(2026, 2, 27), 2), CheckIn.daily("b", LocalDate.of(2026, 3, 1), 3)),
                List.of(), List.of(), List.of());
        JsonNode march = reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march.path("entry")).hasSize(2);
        assertThat(march.path("entry").get(1).path("resource").path("valueInteger").asInt()).isEqualTo(3);
        assertThat(reread(h, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(march);
    }

    @Test
    void theRuleCheckCatchesABrokenBundle() throws Exception {
        History h = new History(Profile.defaultFor(LONDON), List.of(), List.of(),
                List.of(CheckIn.daily("a", LocalDate.of(2026, 3, 1), 2)), List.of(), List.of(), List.of());
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) reread(h, LocalDate.MIN, LocalDate.MAX);
        var observation = (com.fasterxml.jackson.databind.node.ObjectNode) broken.path("entry").get(1).path("resource");
        observation.put("status", "done");
        observation.put("effectiveDateTime", "2026-3-1");
        assertThat(violations(broken)).hasSize(2);
    }
}
