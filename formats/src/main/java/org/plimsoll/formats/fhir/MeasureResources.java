package org.plimsoll.formats.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.history.History;

/**
 * A person's morning measures as FHIR R4 Observations, one per measure and day: sleep duration
 * (LOINC 93832-4), heart-rate variability SDNN (LOINC 80404-7) and resting heart rate (LOINC
 * 40443-4), each a valueQuantity in UCUM units. RMSSD, what most rings and Garmin write, has no
 * LOINC code of that kind: it is coded in a small code system of ours, carried in the bundle like
 * the check-in windows' (docs/export.md, <b>Choice</b>).
 */
final class MeasureResources {
    static final String MEASURE_SYSTEM = "https://plimsoll.org/fhir/CodeSystem/morning-measure";
    static final String LOINC_SLEEP_DISPLAY = "Sleep duration";
    static final String LOINC_SDNN_DISPLAY = "R-R interval.standard deviation (Heart rate variability)";
    static final String LOINC_RESTING_DISPLAY = "Heart rate --resting";
    private static final String UCUM = "http://unitsofmeasure.org";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private MeasureResources() {
    }

    /** The Observations of the days in [from, to], and our code system when an RMSSD reading needs it. */
    static void addTo(ArrayNode entries, History history, String accountKey, UUID patientId, LocalDate from,
                      LocalDate to) {
        boolean rmssd = false;
        for (DailyContext day : history.context()) {
            if (day.date().isBefore(from) || day.date().isAfter(to)) {
                continue;
            }
            String date = day.date().toString();
            day.sleepHours().ifPresent(h -> observation(entries, accountKey, patientId, "sleep", date, "activity",
                    "Activity", FhirBundle.LOINC, "93832-4", LOINC_SLEEP_DISPLAY, "Sleep duration, hours",
                    h.value(), "h", "h", "Slept " + h.value() + " hours in the night before " + date + "."));
            if (day.hrv().isPresent()) {
                double ms = day.hrv().get().ms();
                boolean sdnn = day.hrvKind().orElseThrow() == HrvKind.SDNN;
                rmssd |= !sdnn;
                observation(entries, accountKey, patientId, "hrv", date, "activity", "Activity",
                        sdnn ? FhirBundle.LOINC : MEASURE_SYSTEM, sdnn ? "80404-7" : "hrv-rmssd",
                        sdnn ? LOINC_SDNN_DISPLAY : RMSSD_DISPLAY, "Heart-rate variability ("
                                + day.hrvKind().get().name() + "), morning", ms, "ms", "ms",
                        "Morning heart-rate variability " + ms + " ms (" + day.hrvKind().get().name() + ") on " + date + ".");
            }
            day.restingHeartRate().ifPresent(r -> observation(entries, accountKey, patientId, "resting", date,
                    "vital-signs", "Vital Signs", FhirBundle.LOINC, "40443-4", LOINC_RESTING_DISPLAY,
                    "Resting heart rate", r.bpm(), "beats/minute", "/min",
                    "Resting heart rate " + r.bpm() + " beats a minute on " + date + "."));
        }
        if (rmssd) {
            codeSystem(entries.addObject());
        }
    }

    static final String RMSSD_DISPLAY = "Heart rate variability, RMSSD";

    private static void observation(ArrayNode entries, String accountKey, UUID patientId, String measure, String date,
                                    String category, String categoryDisplay, String system, String code,
                                    String display, String text, double value, String unit, String ucum,
                                    String sentence) {
        UUID id = FhirBundle.uuid("measure:" + accountKey + ":" + measure + ":" + date);
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode o = entry.putObject("resource");
        o.put("resourceType", "Observation");
        o.put("id", id.toString());
        FhirBundle.narrative(o, sentence);
        o.put("status", "final");
        o.putArray("category").addObject().putArray("coding").addObject().put("system", CATEGORY)
                .put("code", category).put("display", categoryDisplay);
        ObjectNode c = o.putObject("code");
        c.putArray("coding").addObject().put("system", system).put("code", code).put("display", display);
        c.put("text", text);
        o.putObject("subject").put("reference", "urn:uuid:" + patientId);
        // The person's own watch or ring, or the person typing: they report it, as they report their pain.
        o.putArray("performer").addObject().put("reference", "urn:uuid:" + patientId);
        o.put("effectiveDateTime", date);
        o.putObject("valueQuantity").put("value", value).put("unit", unit).put("system", UCUM).put("code", ucum);
    }

    private static void codeSystem(ObjectNode entry) {
        UUID id = FhirBundle.uuid("codesystem:morning-measure:1");
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode cs = entry.putObject("resource");
        cs.put("resourceType", "CodeSystem");
        cs.put("id", id.toString());
        FhirBundle.narrative(cs, "Morning measures from a watch or ring that LOINC has no code for.");
        cs.put("url", MEASURE_SYSTEM).put("version", "1").put("name", "MorningMeasure")
                .put("title", "Plimsoll morning measures").put("status", "active").put("experimental", false)
                .put("publisher", "Plimsoll")
                .put("description", "Morning measures from a watch or ring that LOINC has no code for.")
                .put("caseSensitive", true).put("content", "complete").put("count", 1);
        cs.putArray("concept").addObject().put("code", "hrv-rmssd").put("display", RMSSD_DISPLAY)
                .put("definition", "Heart rate variability as the root mean square of successive differences "
                        + "between normal heartbeats (RMSSD), in milliseconds, measured in the morning.");
    }
}
