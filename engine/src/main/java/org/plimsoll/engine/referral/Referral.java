package org.plimsoll.engine.referral;

import java.util.List;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.reason.Reason;

/** Whether and how soon to see a clinician, and why. Progression pauses while it is in force. */
public record Referral(Urgency level, List<Reason> reasons) {
    public Referral {
        reasons = List.copyOf(reasons);
    }

    public boolean inForce() {
        return level != Urgency.NONE;
    }

    /** Under an emergency or same-day referral no training dose is offered anywhere (ENGINE.md section 9). */
    public boolean stopsTraining() {
        return level == Urgency.EMERGENCY || level == Urgency.SAME_DAY;
    }
}
