package org.plimsoll.engine.load;

import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.Session;

/**
 * What one session asked of the back (ENGINE.md section 2): session-RPE load in arbitrary units
 * (Foster 2001) and the component loads, each in minutes weighted by the activity's demand.
 */
public record SessionLoad(double au, double rotation, double arm, double impact, double breathing) {
    /** Hard breathing and bracing start at this effort (seed 000). */
    public static final int BREATHING_RPE = 6;

    /** A session without an effort rating has no session-RPE load; its minutes still load the back. */
    public static SessionLoad of(Session s, Demands catalogue) {
        int rotationDemand = s.rotationOverride().map(Demand::value).orElse(catalogue.rotation());
        int armDemand = s.armLoadOverride().map(Demand::value).orElse(catalogue.armLoad());
        int rpe = s.rpe().map(Effort::value).orElse(0);
        double minutes = s.minutes().value();
        return new SessionLoad(
                rpe * minutes,
                minutes * rotationDemand * (rpe / 5.0),
                minutes * armDemand,
                minutes * catalogue.impact(),
                rpe >= BREATHING_RPE ? minutes : 0);
    }
}
