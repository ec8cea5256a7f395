package org.plimsoll.formats.wearable;

import java.util.Map;
import org.plimsoll.engine.activity.Activity;

/**
 * Plimsoll activities for HealthKit's workout types, by the name after {@code HKWorkoutActivityType}.
 * A type not listed (dance, climbing, skiing …) becomes "other", which the person can relabel.
 */
final class AppleActivityTypes {
    static final String PREFIX = "HKWorkoutActivityType";

    private static final Map<String, Activity> TYPES = Map.ofEntries(
            Map.entry("Running", Activity.RUN),
            Map.entry("Cycling", Activity.CYCLE),
            Map.entry("HandCycling", Activity.CYCLE),
            Map.entry("Swimming", Activity.SWIM),
            Map.entry("Walking", Activity.WALK),
            Map.entry("Hiking", Activity.HIKE),
            Map.entry("StairClimbing", Activity.INCLINE_WALK),
            Map.entry("Stairs", Activity.INCLINE_WALK),
            Map.entry("Rowing", Activity.ROW),
            Map.entry("FunctionalStrengthTraining", Activity.STRENGTH),
            Map.entry("TraditionalStrengthTraining", Activity.STRENGTH),
            Map.entry("CoreTraining", Activity.STRENGTH),
            Map.entry("CrossTraining", Activity.STRENGTH),
            Map.entry("HighIntensityIntervalTraining", Activity.STRENGTH),
            Map.entry("Yoga", Activity.YOGA),
            Map.entry("Pilates", Activity.YOGA),
            Map.entry("Flexibility", Activity.YOGA),
            Map.entry("MindAndBody", Activity.YOGA),
            Map.entry("Elliptical", Activity.ELLIPTICAL),
            Map.entry("Golf", Activity.GOLF),
            Map.entry("Tennis", Activity.TENNIS),
            Map.entry("TableTennis", Activity.TENNIS),
            Map.entry("Badminton", Activity.TENNIS),
            Map.entry("Squash", Activity.TENNIS),
            Map.entry("Racquetball", Activity.TENNIS),
            Map.entry("Pickleball", Activity.TENNIS));

    private AppleActivityTypes() {
    }

    /** The short name a report shows ("Running"), from Apple's full one. */
    static String shortName(String type) {
        return type == null ? "" : type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
    }

    static Activity activity(String type) {
        return TYPES.getOrDefault(shortName(type), Activity.OTHER);
    }
}
