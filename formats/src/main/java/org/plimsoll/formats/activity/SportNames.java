package org.plimsoll.formats.activity;

import java.util.Locale;
import org.plimsoll.engine.activity.Activity;

/**
 * Plimsoll activities for the sport names that GPX, TCX and Strava files write ("Running",
 * "Trail Run", "Biking", "VirtualRide", "Weight Training" …). Unknown names map to {@code other},
 * which the person can relabel. FIT files carry numbers instead: see FitProfile.
 */
final class SportNames {
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
