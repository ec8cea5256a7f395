package org.plimsoll.engine.context;

/**
 * How a heart-rate variability reading was computed. The two are on different scales (SDNN runs
 * higher than RMSSD for the same heart), so readings of one kind are never compared with, or
 * averaged into a baseline of, the other (ENGINE.md section 8, "Readiness").
 */
public enum HrvKind {
    /** Root mean square of successive differences: what most rings, straps and Android write. */
    RMSSD,
    /** Standard deviation of beat-to-beat intervals: what Apple Health writes. */
    SDNN
}
