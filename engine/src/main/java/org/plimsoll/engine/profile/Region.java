package org.plimsoll.engine.profile;

/** The part of the back a person tracks. */
public enum Region {
    /** Lumbar. */
    LOW,
    /** Thoracic. */
    MID,
    /** Cervicothoracic. */
    UPPER
}
