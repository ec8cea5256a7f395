package org.plimsoll.engine.level;

import org.plimsoll.engine.dose.Dose;

/**
 * After a break (ENGINE.md section 6): an activity left for 21 days *(default; 14–28)* comes back
 * lighter and is held again; one left for more than 56 days starts again from a baseline. Catching
 * up after a layoff is a classic flare trigger (seed 003).
 */
final class Break {
    /** Back at 70% of the last confirmed minutes (or distance)... */
    static final int VOLUME_PERCENT = 70;
    /** ...at an effort of 4 at most... */
    static final int RPE_CAP = 4;
    /** ...and one session a week fewer, but not below 2 (a level already at 1 or 2 keeps its own). */
    static final int FEWEST_SESSIONS = 2;
    /** After this many days without a session the level is gone: the activity is NEW again. */
    static final int START_AGAIN_AFTER_DAYS = StartingLevel.STRETCH_GAP_DAYS;

    private Break() {
    }

    /** The level to come back to after a break, from the last confirmed one. */
    static Dose dose(Dose lastConfirmed) {
        int f = lastConfirmed.sessionsPerWeek();
        return lastConfirmed.scaledVolumePercent(VOLUME_PERCENT)
                .withRpeCap(Math.min(lastConfirmed.rpeCap(), RPE_CAP))
                .withSessionsPerWeek(f > FEWEST_SESSIONS ? Math.max(FEWEST_SESSIONS, f - 1) : f);
    }
}
