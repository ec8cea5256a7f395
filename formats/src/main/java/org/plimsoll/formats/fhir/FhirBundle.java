package org.plimsoll.formats.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;

/**
 * A person's pain check-ins as an HL7 FHIR R4 Bundle (type collection): one Patient, the CodeSystem
 * of the check-in windows, and one Observation per check-in, coded with LOINC 72514-3 and SNOMED CT
 * 225908003 (with their official display strings), the 0–10 score as valueInteger, the check-in
 * window as a component, and the Patient as performer: the person reports their own pain; and the
 * outcome check-ups ({@link CheckUpResources}). Every
 * resource carries a generated narrative. Written with Jackson, not a FHIR library: the shape is
 * small and fixed.
 */
public final class FhirBundle {
    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    /** Our own code system for the check-in windows; FHIR has none for them. */
    public static final String WINDOW_SYSTEM = "https://plimsoll.org/fhir/CodeSystem/check-in-window";
    /** LOINC 72514-3's long common name, LOINC's official display for the code. */
    public static final String LOINC_PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    /** SNOMED CT 225908003's preferred term (its fully specified name is "Pain score (observable entity)"). */
    public static final String SNOMED_PAIN_DISPLAY = "Pain score";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private FhirBundle() {
    }

    /**
     * The bundle for check-ins whose day falls in [from, to]. Identifiers are derived from the account
     * key and record ids (name-based UUIDs), so exporting the same data twice gives the same bundle.
     */
    public static ObjectNode of(History history, String accountKey, LocalDate from, LocalDate to, Instant now) {
        Map<String, Session> sessions = history.sessions().stream()
                .collect(Collectors.toMap(Session::id, Function.identity(), (a, b) -> a));
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", uuid("bundle:" + accountKey + ":" + from + ":" + to).toString());
        bundle.putObject("meta").put("lastUpdated", now.truncatedTo(ChronoUnit.SECONDS).toString());
        bundle.put("type", "collection");
        bundle.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode entries = bundle.putArray("entry");

        UUID patientId = uuid("patient:" + accountKey);
        ObjectNode patientEntry = entries.addObject();
        patientEntry.put("fullUrl", "urn:uuid:" + patientId);
        ObjectNode patient = patientEntry.putObject("resource");
        patient.put("resourceType", "Patient");
        patient.put("id", patientId.toString());
        narrative(patient, "A person who records their back pain in Plimsoll (account " + accountKey + ").");
        patient.putArray("identifier").addObject()
                .put("system", "https://plimsoll.org/fhir/NamingSystem/account").put("value", accountKey);
        windowCodeSystem(entries.addObject());

        for (CheckIn c : history.checkIns()) {
            Optional<Session> session = c.sessionId().map(sessions::get);
            Optional<LocalDate> day = c.date().or(() -> session.map(s -> dayOf(c.window(), s)));
            if (day.isEmpty() || day.get().isBefore(from) || day.get().isAfter(to)) {
                continue;
            }
            UUID id = uuid("observation:" + accountKey + ":" + c.id());
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", "urn:uuid:" + id);
            ObjectNode o = entry.putObject("resource");
            o.put("resourceType", "Observation");
            o.put("id", id.toString());
            narrative(o, "Back pain " + c.pain().value() + " out of 10, " + windowDisplay(c.window()).toLowerCase()
                    + session.map(x -> " a " + x.minutes() + "-minute " + x.activity().code() + " session").orElse("")
                    + " (" + day.get() + ")" + (c.sharp() ? "; sharp pain reported." : "."));
            o.put("status", "final");
            o.putArray("category").addObject().putArray("coding").addObject()
                    .put("system", "http://terminology.hl7.org/CodeSystem/observation-category")
                    .put("code", "survey").put("display", "Survey");
            ObjectNode code = o.putObject("code");
            ArrayNode coding = code.putArray("coding");
            coding.addObject().put("system", LOINC).put("code", "72514-3")
                    .put("display", LOINC_PAIN_DISPLAY);
            coding.addObject().put("system", SNOMED).put("code", "225908003").put("display", SNOMED_PAIN_DISPLAY);
            code.put("text", "Back pain, 0 to 10");
            o.putObject("subject").put("reference", "urn:uuid:" + patientId);
            o.putArray("performer").addObject().put("reference", "urn:uuid:" + patientId);
            effective(o, c, session, history.profile().morningCheckIn());
            c.recordedAt().ifPresent(at -> o.put("issued", at.truncatedTo(ChronoUnit.MILLIS).toString()));
            o.put("valueInteger", c.pain().value());
            ObjectNode window = o.putArray("component").addObject();
            window.putObject("code").put("text", "Check-in window").putArray("coding").addObject()
                    .put("system", WINDOW_SYSTEM).put("code", "window").put("display", "Check-in window");
            window.putObject("valueCodeableConcept").putArray("coding").addObject()
                    .put("system", WINDOW_SYSTEM).put("code", windowCode(c.window())).put("display", windowDisplay(c.window()));
            session.ifPresent(s -> o.putArray("note").addObject().put("text",
                    windowDisplay(c.window()) + " a " + s.minutes() + "-minute " + s.activity().code() + " session"
                            + (c.sharp() ? "; sharp pain reported" : "")));
            if (session.isEmpty() && c.sharp()) {
                o.putArray("note").addObject().put("text", "Sharp pain reported");
            }
        }
        CheckUpResources.addTo(entries, history, accountKey, patientId, from, to);
        MeasureResources.addTo(entries, history, accountKey, patientId, from, to);
        return bundle;
    }

    /**
     * Our code system of the check-in windows, in the bundle so that whoever reads it has the codes'
     * definitions (and a validator can check them) without a server of ours.
     */
    private static void windowCodeSystem(ObjectNode entry) {
        UUID id = uuid("codesystem:check-in-window:1");
        entry.put("fullUrl", "urn:uuid:" + id);
        ObjectNode cs = entry.putObject("resource");
        cs.put("resourceType", "CodeSystem");
        cs.put("id", id.toString());
        narrative(cs, "When a Plimsoll pain check-in was made, relative to a training session or the day.");
        cs.put("url", WINDOW_SYSTEM).put("version", "1").put("name", "CheckInWindow")
                .put("title", "Plimsoll check-in windows").put("status", "active").put("experimental", false)
                .put("publisher", "Plimsoll")
                .put("description", "When a pain check-in was made, relative to a training session or the day.")
                .put("caseSensitive", true).put("content", "complete").put("count", CheckInWindow.values().length + 1);
        ArrayNode concepts = cs.putArray("concept");
        concepts.addObject().put("code", "window").put("display", "Check-in window")
                .put("definition", "When the check-in was made.");
        for (CheckInWindow w : CheckInWindow.values()) {
            concepts.addObject().put("code", windowCode(w)).put("display", windowDisplay(w))
                    .put("definition", windowDefinition(w));
        }
    }

    /** A resource's generated narrative (FHIR dom-6): its content in one plain sentence. */
    static void narrative(ObjectNode resource, String sentence) {
        resource.putObject("text").put("status", "generated")
                .put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(sentence) + "</div>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static byte[] bytes(ObjectNode bundle) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate dayOf(CheckInWindow window, Session s) {
        LocalDate start = s.start().toLocalDate();
        return window == CheckInWindow.NEXT_MORNING ? start.plusDays(1) : start;
    }

    /** When the pain was felt: the session's start, its span, an hour after, the next morning, or the day. */
    private static void effective(ObjectNode o, CheckIn c, Optional<Session> session, LocalTime morning) {
        if (session.isEmpty()) {
            o.put("effectiveDateTime", c.date().orElseThrow().toString());
            return;
        }
        Session s = session.get();
        ZonedDateTime start = s.start().truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime end = start.plusMinutes(s.minutes().value());
        switch (c.window()) {
            case BEFORE -> o.put("effectiveDateTime", DATE_TIME.format(start));
            case DURING -> o.putObject("effectivePeriod").put("start", DATE_TIME.format(start)).put("end", DATE_TIME.format(end));
            case AFTER_1H -> o.put("effectiveDateTime", DATE_TIME.format(end.plusHours(1)));
            case NEXT_MORNING -> o.put("effectiveDateTime", DATE_TIME.format(
                    start.toLocalDate().plusDays(1).atTime(morning).atZone(s.start().getZone())));
            case DAILY -> o.put("effectiveDateTime", c.date().orElse(start.toLocalDate()).toString());
        }
    }

    static String windowCode(CheckInWindow window) {
        return switch (window) {
            case BEFORE -> "before";
            case DURING -> "during";
            case AFTER_1H -> "after-1h";
            case NEXT_MORNING -> "next-morning";
            case DAILY -> "daily";
        };
    }

    static String windowDisplay(CheckInWindow window) {
        return switch (window) {
            case BEFORE -> "Before";
            case DURING -> "Worst during";
            case AFTER_1H -> "One hour after";
            case NEXT_MORNING -> "Next morning after";
            case DAILY -> "Daily morning";
        };
    }

    static String windowDefinition(CheckInWindow window) {
        return switch (window) {
            case BEFORE -> "Just before a training session.";
            case DURING -> "The worst pain during a training session.";
            case AFTER_1H -> "One hour after a training session ended.";
            case NEXT_MORNING -> "The morning after a training session.";
            case DAILY -> "A morning check-in that belongs to no session.";
        };
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
