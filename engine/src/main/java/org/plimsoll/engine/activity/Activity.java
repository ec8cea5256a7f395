package org.plimsoll.engine.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The activity catalogue of ENGINE.md section 1 with each activity's default load profile.
 * A person may override the demands (see {@link Demands}); these are the defaults.
 */
public enum Activity {
    RUN("run", 1, 1, 3, false),
    WALK("walk", 0, 0, 1, false),
    INCLINE_WALK("incline-walk", 0, 0, 1, true),
    HIKE("hike", 0, 0, 1, false),
    CYCLE("cycle", 0, 1, 0, true),
    ELLIPTICAL("elliptical", 0, 1, 0, true),
    DEEP_WATER_RUNNING("deep-water-running", 0, 1, 0, true),
    SWIM("swim", 2, 2, 0, false),
    ROW("row", 1, 3, 0, false),
    GOLF("golf", 3, 1, 0, false),
    TENNIS("tennis", 3, 2, 2, false),
    STRENGTH("strength", 1, 1, 0, false),
    YOGA("yoga", 1, 0, 0, false),
    /** A back-exercise or mobility programme: gentle bending and turning, no impact, no arm load to speak of. */
    BACK_EXERCISES("back-exercises", 1, 0, 0, false),
    SITTING("sitting", 0, 0, 0, false),
    STANDING("standing", 0, 0, 0, false),
    /** Imported activities we cannot name: every demand 1, and easy to relabel. */
    OTHER("other", 1, 1, 1, false);

    private final String code;
    private final Demands defaultDemands;
    private final boolean lowImpactSwap;

    Activity(String code, int rotation, int armLoad, int impact, boolean lowImpactSwap) {
        this.code = code;
        this.defaultDemands = new Demands(rotation, armLoad, impact);
        this.lowImpactSwap = lowImpactSwap;
    }

    /** The lower-case name used in files, the API and the command line. */
    public String code() {
        return code;
    }

    public Demands defaultDemands() {
        return defaultDemands;
    }

    /** Whether the plan may offer this activity as a low-impact swap in a flare (ENGINE.md section 7). */
    public boolean isLowImpactSwap() {
        return lowImpactSwap;
    }

    /** What a person trains and names: every activity but the daily postures and "other". */
    public static final java.util.List<Activity> TRAINED = Arrays.stream(values())
            .filter(a -> !a.isPosture() && a != OTHER).toList();

    /** Daily postures are paced but never trained or progressed. */
    public boolean isPosture() {
        return this == SITTING || this == STANDING;
    }

    public static Optional<Activity> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(wanted)).findFirst();
    }

    public static String knownCodes() {
        return String.join(", ", Arrays.stream(values()).map(Activity::code).toArray(String[]::new));
    }
}
