package org.plimsoll.engine.session;

import java.time.Duration;

/**
 * Whether two sessions are the same activity recorded twice: the same file imported again, or a
 * watch file and a Strava row of one run. They start within 2 minutes of each other and their
 * distances differ by at most 5%. When one of them has no distance (a manual entry, an indoor
 * session) the durations stand in: within 5%, or 2 minutes for short sessions.
 */
public final class SameActivity {
    static final Duration START_TOLERANCE = Duration.ofMinutes(2);
    static final double DISTANCE_TOLERANCE = 0.05;
    static final int MINUTES_TOLERANCE = 2;

    private SameActivity() {
    }

    public static boolean isSame(Session a, Session b) {
        Duration apart = Duration.between(a.start().toInstant(), b.start().toInstant()).abs();
        if (apart.compareTo(START_TOLERANCE) > 0) {
            return false;
        }
        if (a.distance().isPresent() && b.distance().isPresent()) {
            return within(a.distance().get().km(), b.distance().get().km(), 0);
        }
        return within(a.minutes().value(), b.minutes().value(), MINUTES_TOLERANCE);
    }

    private static boolean within(double x, double y, double absoluteFloor) {
        double larger = Math.max(x, y);
        return Math.abs(x - y) <= Math.max(larger * DISTANCE_TOLERANCE, absoluteFloor) + 1e-9;
    }
}
