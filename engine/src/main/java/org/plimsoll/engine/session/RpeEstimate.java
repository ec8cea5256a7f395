package org.plimsoll.engine.session;

import org.plimsoll.engine.unit.Effort;
import java.util.Collection;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;

/**
 * An effort estimate for an imported session that carries none (ENGINE.md section 1): from the
 * average heart rate as a share of the person's maximum when the file has heart rate, otherwise
 * from pace for the activities where pace says something about effort. Sessions carrying an
 * estimate are flagged until the person confirms or corrects it.
 */
public final class RpeEstimate {
    /** Used until a person's own sessions show their maximum (about 220 − age for a 30-year-old). */
    public static final int DEFAULT_MAX_HEART_RATE = 190;
    /** How many sessions with heart rate it takes before their highest value stands for the maximum. */
    public static final int SESSIONS_FOR_OWN_MAXIMUM = 5;
    /** Readings above this are strap or optical spikes, not a heart. */
    private static final int HIGHEST_PLAUSIBLE = 220;

    private RpeEstimate() {
    }

    /**
     * The maximum heart rate to judge zones against: the highest plausible maximum among the
     * person's sessions once there are enough of them, the default before that.
     */
    public static int maxHeartRate(Collection<Integer> sessionMaxima) {
        int[] plausible = sessionMaxima.stream().mapToInt(Integer::intValue)
                .filter(hr -> hr > 0 && hr <= HIGHEST_PLAUSIBLE).toArray();
        if (plausible.length < SESSIONS_FOR_OWN_MAXIMUM) {
            return DEFAULT_MAX_HEART_RATE;
        }
        return java.util.Arrays.stream(plausible).max().orElse(DEFAULT_MAX_HEART_RATE);
    }

    /**
     * CR-10 effort from the session's average heart rate as a share of the maximum, with the
     * intensity bands of the ACSM position stand (Garber 2011): very light below 57%, light below
     * 64%, moderate below 77%, vigorous below 96%, near maximal above.
     */
    public static Effort fromHeartRate(int averageHeartRate, int maxHeartRate) {
        double share = (double) averageHeartRate / maxHeartRate;
        if (share < 0.57) {
            return new Effort(2);
        } else if (share < 0.64) {
            return new Effort(3);
        } else if (share < 0.70) {
            return new Effort(4);
        } else if (share < 0.77) {
            return new Effort(5);
        } else if (share < 0.84) {
            return new Effort(6);
        } else if (share < 0.90) {
            return new Effort(7);
        } else if (share < 0.96) {
            return new Effort(8);
        }
        return new Effort(9);
    }

    /**
     * A coarse effort from average speed for running, walking, hiking, cycling, swimming and
     * rowing; empty for activities whose pace says nothing about effort, or without distance.
     */
    public static Optional<Effort> fromPace(Activity activity, double distanceKm, double minutes) {
        if (distanceKm <= 0 || minutes <= 0) {
            return Optional.empty();
        }
        double kmPerHour = distanceKm / (minutes / 60);
        switch (activity) {
            case RUN:
                return Optional.of(new Effort(band(kmPerHour, 8.0, 9.2, 10.9, 12.6, 14.1, 3)));
            case WALK:
            case HIKE:
            case INCLINE_WALK:
                return Optional.of(new Effort(band(kmPerHour, 4.0, 5.5, 6.5, 7.5, 8.5, 2)));
            case CYCLE:
                return Optional.of(new Effort(band(kmPerHour, 15, 20, 25, 30, 35, 3)));
            case SWIM:
                return Optional.of(new Effort(band(kmPerHour, 2.0, 2.4, 3.0, 3.6, 4.2, 3)));
            case ROW:
                return Optional.of(new Effort(band(kmPerHour, 10.9, 12.0, 13.3, 15.0, 16.4, 3)));
            default:
                return Optional.empty();
        }
    }

    /** The effort for a speed: {@code lowest} below the first edge, one more per edge passed. */
    private static int band(double speed, double e1, double e2, double e3, double e4, double e5, int lowest) {
        int rpe = lowest;
        for (double edge : new double[] {e1, e2, e3, e4, e5}) {
            if (speed >= edge) {
                rpe++;
            }
        }
        return rpe;
    }

    /**
     * Whether an edited session's effort is still flagged as an estimate (ENGINE.md section 1): only
     * while it was flagged, the effort is the estimate unchanged, and the person has not confirmed it.
     * An effort the person changed is their own, whatever the client says.
     */
    public static boolean flagAfterEdit(Session before, Optional<Effort> edited, boolean confirmed) {
        return before.rpeEstimated() && edited.isPresent() && edited.equals(before.rpe()) && !confirmed;
    }
}
