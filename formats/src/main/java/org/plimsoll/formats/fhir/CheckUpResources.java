package org.plimsoll.formats.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.history.CheckUp;

/**
 * The outcome check-ups in a FHIR R4 bundle (docs/outcomes.md): our Questionnaire, one
 * QuestionnaireResponse per check-up that answers it, and for the week's average pain, the one
 * measure with a LOINC code, an Observation derived from that response. The function scale has no
 * LOINC code, so it travels in the QuestionnaireResponse only.
 */
final class CheckUpResources {
    /** The canonical URL of the check-up questionnaire, and its version. */
    static final String QUESTIONNAIRE = "https://plimsoll.org/fhir/Questionnaire/check-up";
    static final String VERSION = "1";
    static final String PAIN_TEXT = "Over the past 7 days, how much has your back hurt on average? "
            + "(0 none, 10 worst imaginable)";
    static final String ABILITY_TEXT = "How well can you do it now? (0 not at all, 10 as well as before the back trouble)";

    private CheckUpResources() {
    }

    static void addTo(ArrayNode entries, History history, String accountKey, UUID patientId, LocalDate from, LocalDate to) {
        List<CheckUp> inRange = history.checkUps().stream()
                .filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to)).toList();
        if (inRange.isEmpty()) {
            return;
        }
        questionnaire(entries.addObject());
        int n = 0;
        for (CheckUp c : inRange) {
            // Check-ups have no id of their own: the day and its place among that day's give one.
            String key = accountKey + ":" + c.date() + ":" + n++;
            UUID responseId = FhirBundle.uuid("questionnaire-response:" + key);
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", "urn:uuid:" + responseId);
            ObjectNode qr = entry.putObject("resource");
            qr.put("resourceType", "QuestionnaireResponse");
            qr.put("id", responseId.toString());
            FhirBundle.narrative(qr, "Check-up of " + c.date() + c.weeklyPain().stream().map(p -> ": average pain "
                    + p.value() + " out of 10").findFirst().orElse("") + (c.abilities().isEmpty() ? "" : "; " + String.join(", ",
                    c.abilities().stream().map(a -> a.activity() + " " + a.score() + " out of 10").toList())) + ".");
            qr.put("questionnaire", QUESTIONNAIRE + "|" + VERSION);
            qr.put("status", "completed");
            qr.putObject("subject").put("reference", "urn:uuid:" + patientId);
            qr.put("authored", c.date().toString());
            qr.putObject("author").put("reference", "urn:uuid:" + patientId);
            qr.putObject("source").put("reference", "urn:uuid:" + patientId);
            ArrayNode items = qr.putArray("item");
            c.weeklyPain().ifPresent(p -> {
                ObjectNode item = items.addObject().put("linkId", "weekly-pain").put("text", PAIN_TEXT);
                item.putArray("answer").addObject().put("valueInteger", p.value());
            });
            for (CheckUp.Ability a : c.abilities()) {
                ObjectNode group = items.addObject().put("linkId", "ability").put("text", "An activity the back makes hard");
                ArrayNode parts = group.putArray("item");
                parts.addObject().put("linkId", "ability-activity").put("text", "The activity")
                        .putArray("answer").addObject().put("valueString", a.activity());
                parts.addObject().put("linkId", "ability-score").put("text", ABILITY_TEXT)
                        .putArray("answer").addObject().put("valueInteger", a.score());
            }
            c.weeklyPain().ifPresent(p -> painObservation(entries.addObject(), key, c.date(), p.value(), patientId, responseId));
        }
    }

    private static void painObservation(ObjectNode entry, String key, LocalDate date, int pain, UUID patientId,
                                        UUID responseId) {
        UUID id = FhirBundle.uuid("observation:weekly-pain:" + key);
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode o = entry.putObject("resource");
        o.put("resourceType", "Observation");
        o.put("id", id.toString());
        FhirBundle.narrative(o, "Average back pain over the 7 days to " + date + ": " + pain + " out of 10.");
        o.put("status", "final");
        o.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category")
                .put("code", "survey").put("display", "Survey");
        ObjectNode code = o.putObject("code");
        code.putArray("coding").addObject().put("system", FhirBundle.LOINC).put("code", "72514-3")
                .put("display", FhirBundle.LOINC_PAIN_DISPLAY);
        code.put("text", "Average back pain of the past 7 days, 0 to 10");
        o.putObject("subject").put("reference", "urn:uuid:" + patientId);
        o.putArray("performer").addObject().put("reference", "urn:uuid:" + patientId);
        o.putObject("effectivePeriod").put("start", date.minusDays(6).toString()).put("end", date.toString());
        o.put("valueInteger", pain);
        o.putArray("derivedFrom").addObject().put("reference", "urn:uuid:" + responseId);
    }

    /** Our questionnaire, in the bundle so that a reader has its questions without a server of ours. */
    private static void questionnaire(ObjectNode entry) {
        UUID id = FhirBundle.uuid("questionnaire:check-up:" + VERSION);
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode q = entry.putObject("resource");
        q.put("resourceType", "Questionnaire");
        q.put("id", id.toString());
        FhirBundle.narrative(q, "Plimsoll's check-up: the average back pain of the past 7 days, and how well the person "
                + "can do up to 5 activities they named (a patient-specific function scale).");
        q.put("url", QUESTIONNAIRE).put("version", VERSION).put("name", "CheckUp").put("title", "Plimsoll check-up")
                .put("status", "active").put("experimental", false).put("publisher", "Plimsoll")
                .put("description", "The average back pain of the past 7 days (0-10), and how well the person can do "
                        + "each of up to 5 activities they named (0-10), scored as in the Patient-Specific Functional "
                        + "Scale (Stratford et al. 1995).");
        q.putArray("subjectType").add("Patient");
        ArrayNode items = q.putArray("item");
        ObjectNode pain = items.addObject().put("linkId", "weekly-pain").put("text", PAIN_TEXT).put("type", "integer");
        pain.putArray("code").addObject().put("system", FhirBundle.LOINC).put("code", "72514-3")
                .put("display", FhirBundle.LOINC_PAIN_DISPLAY);
        range(pain);
        ObjectNode ability = items.addObject().put("linkId", "ability").put("text", "An activity the back makes hard")
                .put("type", "group").put("repeats", true);
        ArrayNode parts = ability.putArray("item");
        parts.addObject().put("linkId", "ability-activity").put("text", "The activity").put("type", "string")
                .put("required", true).put("maxLength", CheckUp.MOST_NAME_LENGTH);
        range(parts.addObject().put("linkId", "ability-score").put("text", ABILITY_TEXT).put("type", "integer")
                .put("required", true));
    }

    private static void range(ObjectNode item) {
        ArrayNode ext = item.putArray("extension");
        ext.addObject().put("url", "http://hl7.org/fhir/StructureDefinition/minValue").put("valueInteger", 0);
        ext.addObject().put("url", "http://hl7.org/fhir/StructureDefinition/maxValue").put("valueInteger", 10);
    }
}
