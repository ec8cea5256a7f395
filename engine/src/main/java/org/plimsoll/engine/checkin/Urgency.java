package org.plimsoll.engine.checkin;

/** How soon a clinician should be seen (ENGINE.md section 9), least urgent first. */
public enum Urgency {
    NONE, SOON, SAME_DAY, EMERGENCY
}
