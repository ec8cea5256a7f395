package org.plimsoll.formats.wearable;

/**
 * Which measure of heart-rate variability a device reports: Apple writes SDNN, most others RMSSD.
 * The two are never compared with each other. (Local until stream w29a's record reaches main.)
 */
public enum HrvKind {
    RMSSD, SDNN
}
