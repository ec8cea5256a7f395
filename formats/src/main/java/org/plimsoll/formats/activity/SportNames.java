package org.plimsoll.formats.activity;

import java.util.Locale;
import java.util.Map;
import org.plimsoll.engine.activity.Activity;

/**
 * Plimsoll activities for the sport names that GPX, TCX and Strava files write ("Running",
 * "Trail Run", "Biking", "VirtualRide", "Weight Training" …). Unknown names map to {@code other},
 * which the person can relabel. FIT files carry numbers instead: see FitProfile.
 */
final class SportNames {
    /**
     * Strava's GPX files write the activity type as a number ({@code <type>9</type>} is a run).
     * Strava does not publish the list; these are the codes that independent readers of its
     * exports agree on (bunburya/shyft, TomFryers/activate, and others), each named as Strava
     * names the type. Another number is not guessed at: it stays unlabelled.
     */
    private static final Map<String, String> STRAVA_GPX_TYPES = Map.of(
            "1", "Ride", "4", "Hike", "9", "Run", "10", "Walk", "16", "Swim");

    /** The sport a GPX track's {@code <type>} names: Strava's number as Strava's name, any other text as it is. */
    static String gpxType(String type) {
        return type == null ? null : STRAVA_GPX_TYPES.getOrDefault(type.strip(), type);
    }
    private SportNames() {
    }

    static Activity activity(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (n.contains("deepwater")) {
            return Activity.DEEP_WATER_RUNNING;
        } else if (n.contains("run") || n.contains("treadmill") || n.contains("jog")) {
            return Activity.RUN; // running, trail run, virtual run, treadmill
        } else if (n.contains("ride") || n.contains("bik") || n.contains("cycl") || n.contains("spin")) {
            return Activity.CYCLE; // cycling, biking, mountain bike, e-bike, virtual ride, indoor cycling
        } else if (n.contains("swim")) {
            return Activity.SWIM; // pool and open water
        } else if (n.contains("row")) {
            return Activity.ROW; // rowing, indoor rowing
        } else if (n.contains("walk") || n.contains("hik")) {
            return Activity.WALK;
        } else if (n.contains("elliptical")) {
            return Activity.ELLIPTICAL;
        } else if (n.contains("yoga") || n.contains("pilates") || n.contains("flexib") || n.contains("stretch")) {
            return Activity.YOGA;
        } else if (n.contains("weight") || n.contains("strength") || n.contains("training") || n.contains("workout")
                || n.contains("crossfit") || n.contains("hiit")) {
            return Activity.STRENGTH;
        } else if (n.contains("golf")) {
            return Activity.GOLF;
        } else if (n.contains("tennis") || n.contains("squash") || n.contains("badminton") || n.contains("padel")
                || n.contains("racket") || n.contains("racquet") || n.contains("pickleball")) {
            return Activity.TENNIS;
        }
        return Activity.OTHER;
    }
}
