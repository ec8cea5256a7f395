package org.plimsoll.formats.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plimsoll.engine.experiment.Comparison;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.history.Experiment;

/**
 * Finished experiments (ENGINE.md section 15, issue 30) in the FHIR bundle: one Observation per result,
 * its code in words (no terminology has a code for a test of one person's own two conditions), the
 * difference in next-morning pain (second condition minus first, positive: worse) as the value with its
 * 95% interval as two components, and one component per condition with the sessions it counted. An
 * experiment without an answer yet says why in {@code dataAbsentReason}. Only experiments whose last day
 * falls in the bundle's period, and only finished ones: a running one is no result yet.
 */
public final class ExperimentResources {
    private ExperimentResources() {
    }

    /** The bundle with an Observation added per finished experiment whose last day is in [from, to]. */
    public static ObjectNode addTo(ObjectNode bundle, List<ExperimentAnswer> answers, String accountKey, LocalDate from,
                                   LocalDate to) {
        ArrayNode entries = (ArrayNode) bundle.get("entry");
        UUID patientId = FhirBundle.uuid("patient:" + accountKey);
        for (ExperimentAnswer a : answers) {
            LocalDate last = a.ends().minusDays(1);
            boolean finished = a.status() == ExperimentStatus.DONE || a.status() == ExperimentStatus.STOPPED;
            if (finished && !last.isBefore(from) && !last.isAfter(to)) {
                observation(entries.addObject(), a, accountKey, patientId, last);
            }
        }
        return bundle;
    }

    private static void observation(ObjectNode entry, ExperimentAnswer a, String accountKey, UUID patientId,
                                    LocalDate last) {
        Experiment e = a.experiment();
        UUID id = FhirBundle.uuid("observation:experiment:" + accountKey + ":" + e.id());
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode o = entry.putObject("resource");
        o.put("resourceType", "Observation");
        o.put("id", id.toString());
        String question = "Next-morning back pain after " + e.activity().code() + " sessions done as \"" + e.second()
                + "\" against \"" + e.first() + "\" (0 to 10 scale, randomised order within pairs)";
        FhirBundle.narrative(o, "Experiment " + e.start() + " to " + last + ": " + question + ". " + finding(a));
        o.put("status", "final");
        o.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category")
                .put("code", "survey").put("display", "Survey");
        o.putObject("code").put("text", question);
        o.putObject("subject").put("reference", "urn:uuid:" + patientId);
        o.putArray("performer").addObject().put("reference", "urn:uuid:" + patientId);
        o.putObject("effectivePeriod").put("start", e.start().toString()).put("end", last.toString());
        if (a.difference().isPresent()) {
            Comparison.Difference d = a.difference().get();
            points(o.putObject("valueQuantity"), d.effect());
        } else {
            o.putObject("dataAbsentReason").putArray("coding").addObject()
                    .put("system", "http://terminology.hl7.org/CodeSystem/data-absent-reason")
                    .put("code", "not-performed").put("display", "Not Performed");
        }
        o.putArray("note").addObject().put("text", finding(a));
        ArrayNode components = o.putArray("component");
        a.sessions().forEach((condition, n) -> components.addObject()
                .put("valueInteger", n)
                .putObject("code").put("text", "Sessions with a next-morning check-in done as \"" + condition + "\""));
        a.difference().ifPresent(d -> {
            ObjectNode low = components.addObject();
            low.putObject("code").put("text", "95% interval of the difference, lower end");
            points(low.putObject("valueQuantity"), d.low());
            ObjectNode high = components.addObject();
            high.putObject("code").put("text", "95% interval of the difference, upper end");
            points(high.putObject("valueQuantity"), d.high());
        });
    }

    /**
     * A difference on the 0–10 scale, to two decimals. No UCUM code: a pain point has none but an annotation,
     * which the validator rightly warns is ignored when units are compared; the unit in words says it.
     */
    private static void points(ObjectNode q, double value) {
        q.put("value", Math.round(value * 100) / 100.0).put("unit", "points on the 0 to 10 pain scale");
    }

    /** The verdict in a sentence for a reader of the record (a clinician): the direction and the interval. */
    private static String finding(ExperimentAnswer a) {
        String status = a.status() == ExperimentStatus.STOPPED ? "Stopped" : "Finished";
        return switch (a.verdict()) {
            case BETTER -> status + ": better with \"" + a.experiment().second() + "\".";
            case WORSE -> status + ": worse with \"" + a.experiment().second() + "\".";
            case NO_CLEAR_DIFFERENCE -> status + ": no clear difference.";
            case NOT_ENOUGH_DATA -> status + " before enough sessions for an answer.";
        };
    }
}
