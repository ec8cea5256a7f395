package org.plimsoll.store.care;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a line of a person's care log records, stored by its name ({@code care_events.action}); the
 * words a person reads are made from it when shown ({@code words.CareLog}). The detail column holds
 * only the particulars: the address of an e-mailed invitation, the weeks of a report, the summary and
 * reason of a change or decision; empty otherwise.
 */
public enum CareAction {
    INVITED,
    INVITATION_MAILED,
    ACCESS_GRANTED,
    RECORD_VIEWED,
    /** Detail: the weeks the report covered. */
    REPORT_VIEWED,
    ASSESSMENT_VIEWED,
    NOTE_ADDED,
    SETTINGS_CHANGED,
    DECISION_MADE,
    ACCESS_ENDED;

    /** The action a stored value names; empty for a value written before the codes (shown as it is). */
    public static Optional<CareAction> of(String stored) {
        return Arrays.stream(values()).filter(a -> a.name().equals(stored)).findFirst();
    }
}
