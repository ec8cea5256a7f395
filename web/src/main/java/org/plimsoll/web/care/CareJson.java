package org.plimsoll.web.care;

import java.time.Instant;
import java.util.List;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareNote;

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

    public record Event(String at, String clinician, String action, String detail) {
        static Event of(CareEvent e) {
            return new Event(e.at().toString(), e.clinician().isEmpty() ? null : e.clinician(), e.action(), e.detail());
        }
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
