package org.plimsoll.engine.session;

import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * Whether a session could have happened, per activity: the one place its bounds live, for the
 * form, the API and imports alike. A session of no minutes, or longer than a day, is impossible
 * and refused. Beyond an activity's usual longest, or faster than almost anyone goes, it is rare
 * but can be real (a 24-hour race, a fast ride downhill): it is kept once the person confirms it.
 * A speed no one reaches is impossible (a GPS track recorded in a car, kilometres typed as metres).
 */
public final class SessionBounds {
    /** A session lasts at least a minute... */
    public static final int FEWEST_MINUTES = 1;
    /** ...and at most a day: a longer one is two sessions, or a device left running. */
    public static final int MOST_MINUTES = 24 * 60;

    /** One activity's bounds: the longest session most people do, and the speeds past which a distance is doubtful. */
    public record Limits(Minutes usualLongest, Optional<Speed> usualFastest, Optional<Speed> fastestPossible) {
    }

    /** An average speed in km/h. */
    public record Speed(double kmPerHour) {
    }

    /** What is wrong with a session, if anything: the field named, the bound it passed. */
    public sealed interface Verdict {
        /** Within the bounds. */
        record Plausible() implements Verdict {
        }

        /** Rare but real: kept only when the person confirms it. */
        record Unusual(Activity activity, Field field, Limits limits) implements Verdict {
        }

        /** Cannot have happened: refused. */
        record Impossible(Activity activity, Field field, Limits limits) implements Verdict {
        }
    }

    /** The field a verdict is about: the minutes, or the distance in those minutes. */
    public enum Field { MINUTES, DISTANCE }

    private SessionBounds() {
    }

    /** The bounds of one activity; the speeds only where its distance means something. */
    public static Limits of(Activity activity) {
        return switch (activity) {
            case RUN -> limits(300, 20, 30);
            case WALK, INCLINE_WALK -> limits(480, 8, 20);
            case HIKE -> limits(720, 8, 20);
            case CYCLE -> limits(480, 45, 100);
            case ELLIPTICAL -> limits(180, 25, 60);
            case DEEP_WATER_RUNNING -> limits(120, 6, 15);
            case SWIM -> limits(240, 6, 10);
            case ROW -> limits(240, 20, 30);
            case GOLF -> limits(360, 10, 40);
            case TENNIS -> limits(300, 15, 40);
            case STRENGTH, YOGA -> new Limits(new Minutes(180), Optional.empty(), Optional.empty());
            case BACK_EXERCISES -> new Limits(new Minutes(120), Optional.empty(), Optional.empty());
            case SITTING, STANDING -> new Limits(new Minutes(720), Optional.empty(), Optional.empty());
            case OTHER -> limits(480, 60, 200);
        };
    }

    private static Limits limits(int usualLongestMinutes, double usualFastest, double fastestPossible) {
        return new Limits(new Minutes(usualLongestMinutes), Optional.of(new Speed(usualFastest)),
                Optional.of(new Speed(fastestPossible)));
    }

    /**
     * The bound every activity shares: from a minute to a day. All a form or file can be told about
     * minutes whose activity is unknown or misspelt.
     */
    public static boolean possibleMinutes(int minutes) {
        return minutes >= FEWEST_MINUTES && minutes <= MOST_MINUTES;
    }

    /** The verdict on a session's minutes and distance: impossible before unusual, minutes before distance. */
    public static Verdict check(Activity activity, Minutes minutes, Optional<Distance> distance) {
        Limits limits = of(activity);
        if (!possibleMinutes(minutes.value())) {
            return new Verdict.Impossible(activity, Field.MINUTES, limits);
        }
        Optional<Double> speed = distance.filter(d -> d.km() > 0).map(d -> d.km() / (minutes.value() / 60.0));
        if (speed.isPresent() && limits.fastestPossible().isPresent()
                && speed.get() > limits.fastestPossible().get().kmPerHour()) {
            return new Verdict.Impossible(activity, Field.DISTANCE, limits);
        }
        if (minutes.compareTo(limits.usualLongest()) > 0) {
            return new Verdict.Unusual(activity, Field.MINUTES, limits);
        }
        if (speed.isPresent() && limits.usualFastest().isPresent()
                && speed.get() > limits.usualFastest().get().kmPerHour()) {
            return new Verdict.Unusual(activity, Field.DISTANCE, limits);
        }
        return new Verdict.Plausible();
    }
}
