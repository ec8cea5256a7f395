package org.plimsoll.engine.experiment;

/** Where an experiment stands on the day asked about. */
public enum ExperimentStatus {
    /** Its weeks are running; the plan names each session's condition. */
    RUNNING,
    /** Paused by the person, or by a flare or a referral (those days do not count). */
    PAUSED,
    /** Its weeks are over. */
    DONE,
    /** Stopped by the person, or early because one condition tipped the back over twice more. */
    STOPPED
}
