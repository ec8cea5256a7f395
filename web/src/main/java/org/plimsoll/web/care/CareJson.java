package org.plimsoll.web.care;

import java.time.Instant;
import java.util.List;
import org.plimsoll.store.care.CareAction;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareNote;
import org.plimsoll.words.CareLog;

/** The care routes' JSON answers, one record per schema of the OpenAPI document (same names, same fields). */
public final class CareJson {
    private CareJson() {
    }

    /** {@code CareInvitation}: a code just made; {@code emailedTo} is null when it was not e-mailed. */
    public record Invitation(String code, String expiresAt, String emailedTo, String note) {
    }

    /** {@code CareAccess}: who has or had access, their notes and the log, as the person sees them. */
    public record Access(List<Clinician> clinicians, List<Note> notes, List<Event> events) {
    }

    public record Clinician(String id, String name, String since, String revokedAt) {
        static Clinician of(CareLink l) {
            return new Clinician(String.valueOf(l.id()), l.otherName(), l.since().toString(),
                    l.revokedAt().map(Instant::toString).orElse(null));
        }
    }

    public record Note(String at, String clinician, String text) {
        static Note of(CareNote n) {
            return new Note(n.at().toString(), n.clinician(), n.text());
        }
    }

    /**
     * A line of the log: {@code action} is the API's word for it (one of the schema's enum), {@code detail}
     * what it was about in words; a line from before the codes is given as it was written.
     */
    public record Event(String at, String clinician, String action, String detail) {
        static Event of(CareEvent e) {
            return new Event(e.at().toString(), e.clinician().isEmpty() ? null : e.clinician(),
                    e.code().map(CareJson::apiName).orElse(e.action()), CareLog.what(e.action(), e.detail()));
        }
    }

    /** The API's word for an action, as the OpenAPI document has always listed them. */
    static String apiName(CareAction action) {
        return switch (action) {
            case INVITED -> "invited";
            case INVITATION_MAILED -> "mailed";
            case ACCESS_GRANTED -> "accepted";
            case RECORD_VIEWED, REPORT_VIEWED, ASSESSMENT_VIEWED -> "viewed";
            case NOTE_ADDED -> "noted";
            case SETTINGS_CHANGED -> "changed";
            case DECISION_MADE -> "decided";
            case ACCESS_ENDED -> "revoked";
        };
    }

    /** {@code CarePatients}. */
    public record Patients(List<Patient> patients) {
    }

    /** {@code CarePatient}: one person of a caseload, and why they need attention now. */
    public record Patient(String id, String name, String since, List<String> attention) {
        static Patient of(CareLink l, List<String> attention) {
            return new Patient(String.valueOf(l.patientId()), l.otherName(), l.since().toString(), attention);
        }
    }

    /** {@code CareNote}: a note just written. */
    public record NewNote(String id, String at, String text) {
        static NewNote of(CareNote n) {
            return new NewNote(String.valueOf(n.id()), n.at().toString(), n.text());
        }
    }
}
