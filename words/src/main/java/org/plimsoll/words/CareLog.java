package org.plimsoll.words;

import java.time.LocalDate;
import java.util.List;

/**
 * The person's care log in words: who looked at their record, what changed, and their own steps.
 * A line is stored as an action code (store.care.CareAction's names) and its particulars; a value
 * from before the codes is shown as it was written.
 */
public final class CareLog {
    private CareLog() {
    }

    /** The line of the person's page: "Ana Physio looked at your report (last 12 weeks)." */
    public static String line(String action, String clinician, String detail) {
        String who = clinician.isEmpty() ? "A clinician" : clinician;
        return switch (action) {
            case "INVITED" -> "You made " + what(action, detail) + ".";
            case "INVITATION_MAILED" -> "You e-mailed " + what(action, detail) + ".";
            case "ACCESS_GRANTED" -> who + " accepted your invitation and can see your record.";
            case "RECORD_VIEWED", "REPORT_VIEWED", "ASSESSMENT_VIEWED" -> who + " looked at " + what(action, detail) + ".";
            case "NOTE_ADDED" -> who + " added a note.";
            case "SETTINGS_CHANGED" -> who + " changed your coaching: " + Wording.closed(detail);
            case "DECISION_MADE" -> who + " " + Wording.closed(detail);
            case "ACCESS_ENDED" -> "You ended " + who + "'s access.";
            default -> who + ": " + Wording.closed(detail);
        };
    }

    /**
     * One visit in the person's log: everything a clinician looked at in one sitting, each thing once,
     * in the order first looked at: "Sam Physio looked at your record and your report (last 12 weeks)."
     * {@code whats} are {@link #what}'s words.
     */
    public static String visit(String clinician, List<String> whats) {
        String who = clinician.isEmpty() ? "A clinician" : clinician;
        List<String> each = whats.stream().distinct().toList();
        String things = each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
        return who + " looked at " + things + ".";
    }

    /** What a clinician reads where a person used to be on their caseload: "Sam ended your access on Mon 2 Mar." */
    public static String accessEnded(String person, LocalDate on) {
        return person + " ended your access on " + Wording.day(on) + ".";
    }

    /** What the line is about, as the API's {@code detail} says it: "your record", "an invitation code to ...". */
    public static String what(String action, String detail) {
        return switch (action) {
            case "INVITED" -> "an invitation code, valid for 7 days";
            case "INVITATION_MAILED" -> "an invitation code to " + detail + ", valid for 7 days";
            case "ACCESS_GRANTED" -> "access to your record";
            case "RECORD_VIEWED" -> "your record";
            case "REPORT_VIEWED" -> "your report (last " + detail + " weeks)";
            case "ASSESSMENT_VIEWED" -> "your assessment, through the API";
            case "NOTE_ADDED" -> "a note on your record";
            case "ACCESS_ENDED" -> "access ended";
            default -> detail;
        };
    }
}
