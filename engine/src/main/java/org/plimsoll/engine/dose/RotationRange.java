package org.plimsoll.engine.dose;

/** How much rotation range and speed a rotation-heavy activity allows at a level. */
public enum RotationRange {
    MINIMAL, REDUCED, FULL;

    public RotationRange wider() {
        return this == MINIMAL ? REDUCED : FULL;
    }

    public RotationRange narrower() {
        return this == FULL ? REDUCED : MINIMAL;
    }
}
