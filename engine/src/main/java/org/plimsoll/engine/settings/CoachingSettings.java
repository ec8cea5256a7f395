package org.plimsoll.engine.settings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.unit.Percent;

/**
 * One person's coaching settings: every value ENGINE.md marks *(default)*, which the person or
 * their clinician may change within its range. The defaults and ranges are written once, in
 * {@link Setting}; a value outside its range is refused where it is made.
 */
public record CoachingSettings(int holdDays, int progressionStepPercent, int flareVolumePercent,
                               int flareFurtherCutPercent, Optional<Percent> baselineDiscountPercent, int breakDays,
                               int weeklyGuardPercent, int readinessCutPercent, List<ChangedByClinician> changes) {

    /**
     * A setting a clinician changed, with their reason, kept for as long as the value stands: the
     * engine says so among each activity's reasons.
     */
    public record ChangedByClinician(Setting setting, int value, LocalDate on, String why) {
    }

    /** Settings with the default readiness cut. */
    public CoachingSettings(int holdDays, int progressionStepPercent, int flareVolumePercent, int flareFurtherCutPercent,
                            Optional<Percent> baselineDiscountPercent, int breakDays, int weeklyGuardPercent,
                            List<ChangedByClinician> changes) {
        this(holdDays, progressionStepPercent, flareVolumePercent, flareFurtherCutPercent, baselineDiscountPercent,
                breakDays, weeklyGuardPercent, Setting.READINESS_CUT_PERCENT.defaultValue(), changes);
    }

    /** Settings nobody changed for a reason of their own. */
    public CoachingSettings(int holdDays, int progressionStepPercent, int flareVolumePercent, int flareFurtherCutPercent,
                            Optional<Percent> baselineDiscountPercent, int breakDays, int weeklyGuardPercent) {
        this(holdDays, progressionStepPercent, flareVolumePercent, flareFurtherCutPercent, baselineDiscountPercent,
                breakDays, weeklyGuardPercent, List.of());
    }

    /** Settings nobody changed for a reason of their own, with the default weekly guard. */
    public CoachingSettings(int holdDays, int progressionStepPercent, int flareVolumePercent, int flareFurtherCutPercent,
                            Optional<Percent> baselineDiscountPercent, int breakDays) {
        this(holdDays, progressionStepPercent, flareVolumePercent, flareFurtherCutPercent, baselineDiscountPercent,
                breakDays, Setting.WEEKLY_GUARD_PERCENT.defaultValue());
    }

    /** Settings nobody changed for a reason of their own, with the default break. */
    public CoachingSettings(int holdDays, int progressionStepPercent, int flareVolumePercent, int flareFurtherCutPercent,
                            Optional<Percent> baselineDiscountPercent) {
        this(holdDays, progressionStepPercent, flareVolumePercent, flareFurtherCutPercent, baselineDiscountPercent,
                Setting.BREAK_DAYS.defaultValue());
    }

    /** The value of one setting; a baseline discount of one's own, else the default. */
    public int value(Setting s) {
        return switch (s) {
            case HOLD_DAYS -> holdDays;
            case PROGRESSION_STEP_PERCENT -> progressionStepPercent;
            case FLARE_VOLUME_PERCENT -> flareVolumePercent;
            case FLARE_FURTHER_CUT_PERCENT -> flareFurtherCutPercent;
            case BASELINE_DISCOUNT_PERCENT -> baselineDiscountPercent.map(Percent::value).orElse(s.defaultValue());
            case BREAK_DAYS -> breakDays;
            case WEEKLY_GUARD_PERCENT -> weeklyGuardPercent;
            case READINESS_CUT_PERCENT -> readinessCutPercent;
        };
    }

    /** These settings with one value changed. */
    public CoachingSettings with(Setting s, int value) {
        return new CoachingSettings(s == Setting.HOLD_DAYS ? value : holdDays,
                s == Setting.PROGRESSION_STEP_PERCENT ? value : progressionStepPercent,
                s == Setting.FLARE_VOLUME_PERCENT ? value : flareVolumePercent,
                s == Setting.FLARE_FURTHER_CUT_PERCENT ? value : flareFurtherCutPercent,
                s == Setting.BASELINE_DISCOUNT_PERCENT ? Optional.of(new Percent(value)) : baselineDiscountPercent,
                s == Setting.BREAK_DAYS ? value : breakDays,
                s == Setting.WEEKLY_GUARD_PERCENT ? value : weeklyGuardPercent,
                s == Setting.READINESS_CUT_PERCENT ? value : readinessCutPercent, changes);
    }

    /** These settings, with the clinicians' reasons for them. */
    public CoachingSettings withChanges(List<ChangedByClinician> why) {
        return new CoachingSettings(holdDays, progressionStepPercent, flareVolumePercent, flareFurtherCutPercent,
                baselineDiscountPercent, breakDays, weeklyGuardPercent, readinessCutPercent, why);
    }

    /** Each setting with its name (as in scenario files and the API), default and allowed range. */
    public enum Setting {
        /** How long a level is held before it can be confirmed (section 6). */
        HOLD_DAYS("holdDays", 14, 14, 21),
        /** One step of minutes or distance when a level progresses (section 6). */
        PROGRESSION_STEP_PERCENT("progressionStepPercent", 10, 10, 15),
        /** A flare's weekly volume, in percent of the level (section 7). */
        FLARE_VOLUME_PERCENT("flareVolumePercent", 70, 60, 80),
        /** The further cut when a RED comes after a flare's day 7, in percentage points (section 7). */
        FLARE_FURTHER_CUT_PERCENT("flareFurtherCutPercent", 15, 10, 20),
        /**
         * The discount from a baseline test's tolerance (section 5). Without a value of its own it
         * follows irritability: 10% LOW, 15% MODERATE (this default), 20% HIGH.
         */
        BASELINE_DISCOUNT_PERCENT("baselineDiscountPercent", 15, 10, 20),
        /**
         * Days without a session of an activity after which its level drops for a restart (section 6,
         * after a break).
         */
        BREAK_DAYS("breakDays", 21, 14, 28),
        /**
         * The weekly guard: no week's planned minutes of an activity above this share of the most done
         * in any of its last 4 weeks (section 6).
         */
        WEEKLY_GUARD_PERCENT("weeklyGuardPercent", 110, 105, 115),
        /**
         * The cut when a watch or ring says the body is less ready (section 8, "Readiness"); 0 turns
         * readiness off for a person who does not want their watch to move the plan.
         */
        READINESS_CUT_PERCENT("readinessCutPercent", 10, 0, 10);

        private final String key;
        private final int defaultValue;
        private final int min;
        private final int max;

        Setting(String key, int defaultValue, int min, int max) {
            this.key = key;
            this.defaultValue = defaultValue;
            this.min = min;
            this.max = max;
        }

        public String key() {
            return key;
        }

        /** The setting of this name, as scenario files, the API and the audit write it. */
        public static Optional<Setting> byKey(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        }

        public int defaultValue() {
            return defaultValue;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        public boolean allows(int value) {
            return value >= min && value <= max;
        }
    }

    /*
     * Fixed rules beside the settings, so every size of a cut is read from one place. ENGINE.md does
     * not let a clinician change these, so they are constants, not settings.
     */

    /** The baseline discount for LOW irritability, in percent (ENGINE.md section 5). */
    public static final int LOW_IRRITABILITY_DISCOUNT_PERCENT = 10;
    /** The baseline discount for HIGH irritability, in percent (ENGINE.md section 5). */
    public static final int HIGH_IRRITABILITY_DISCOUNT_PERCENT = 20;
    /**
     * Today's cuts in percent, as positive numbers (ENGINE.md section 8). The first three are the
     * defaults that a person's own clear estimate replaces (section 11); the last two are fixed.
     */
    public static final int SLEEP_CUT_PERCENT = 10;
    public static final int STRESS_CUT_PERCENT = 10;
    public static final int SITTING_CUT_PERCENT = 5;
    public static final int RECENT_RED_CUT_PERCENT = 15;
    public static final int PAIN_TODAY_CUT_PERCENT = 15;

    public static final CoachingSettings DEFAULT = new CoachingSettings(Setting.HOLD_DAYS.defaultValue(),
            Setting.PROGRESSION_STEP_PERCENT.defaultValue(), Setting.FLARE_VOLUME_PERCENT.defaultValue(),
            Setting.FLARE_FURTHER_CUT_PERCENT.defaultValue(), Optional.empty(), Setting.BREAK_DAYS.defaultValue());

    public CoachingSettings {
        changes = List.copyOf(changes);
        require(Setting.HOLD_DAYS, holdDays);
        require(Setting.PROGRESSION_STEP_PERCENT, progressionStepPercent);
        require(Setting.FLARE_VOLUME_PERCENT, flareVolumePercent);
        require(Setting.FLARE_FURTHER_CUT_PERCENT, flareFurtherCutPercent);
        baselineDiscountPercent.ifPresent(own -> require(Setting.BASELINE_DISCOUNT_PERCENT, own.value()));
        require(Setting.BREAK_DAYS, breakDays);
        require(Setting.WEEKLY_GUARD_PERCENT, weeklyGuardPercent);
        require(Setting.READINESS_CUT_PERCENT, readinessCutPercent);
    }

    private static void require(Setting s, int value) {
        if (!s.allows(value)) {
            throw new IllegalArgumentException(s.key() + " must be from " + s.min() + " to " + s.max() + ", was " + value);
        }
    }

    /** A step of minutes or distance as a fraction: 0.10 by default. */
    public double progressionStep() {
        return progressionStepPercent / 100.0;
    }

    /** The baseline discount as a fraction: the person's own, else the one their irritability sets. */
    public double baselineDiscount(Irritability irritability) {
        if (baselineDiscountPercent.isPresent()) {
            return baselineDiscountPercent.get().fraction();
        }
        return switch (irritability) {
            case LOW -> LOW_IRRITABILITY_DISCOUNT_PERCENT / 100.0;
            case HIGH -> HIGH_IRRITABILITY_DISCOUNT_PERCENT / 100.0;
            case MODERATE -> Setting.BASELINE_DISCOUNT_PERCENT.defaultValue() / 100.0;
        };
    }

    /** A flare's volume in percent of the level: the flare volume, less the further cut once taken. */
    public int flareVolumePercent(boolean furtherCut) {
        return furtherCut ? flareVolumePercent - flareFurtherCutPercent : flareVolumePercent;
    }
}
