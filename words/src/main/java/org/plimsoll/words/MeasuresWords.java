package org.plimsoll.words;

import java.util.ArrayList;
import java.util.List;
import org.plimsoll.engine.context.HrvKind;

/** What an import brought in from a watch, ring or daily-measures file, in plain words. */
public final class MeasuresWords {
    /** The one name of each measure: on the forms, Progress, the clinician's page, the report and the API. */
    public static final String SLEEP = "Sleep";
    public static final String HRV = "Heart-rate variability";
    public static final String RESTING_HEART_RATE = "Resting heart rate";

    private MeasuresWords() {
    }

    /** How a watch or ring computes its heart-rate variability, as the form offers it. */
    public static String kind(HrvKind kind) {
        return switch (kind) {
            case RMSSD -> "RMSSD (most rings and straps, Garmin, Android)";
            case SDNN -> "SDNN (Apple Watch)";
        };
    }

    /** "52 ms (SDNN), from your watch or ring": an imported value, shown where the person would type one. */
    public static String fromWatch(String value) {
        return value + ", from your watch or ring";
    }

    /** Why the form asks: kept short, a tired person skips a long one. */
    public static final String FORM_HELP = "Only if your watch or ring shows them in the morning. Leave them empty "
            + "otherwise: nothing is missing without them.";

    /** The settings page's switch and what it does. */
    public static final String READINESS_LEGEND = "Let my watch or ring lighten hard days";

    public static String readinessHelp(int cutPercent) {
        return "When your heart-rate variability has been below your usual range for a week, or your resting heart "
                + "rate above it two mornings running, today's training is made " + cutPercent + "% lighter, and "
                + "Today says why. It needs about three weeks of morning readings before it can act.";
    }

    public static final String READINESS_ON = "On";
    public static final String READINESS_OFF = "Off: my watch's numbers never change my training";

    /**
     * The report's line: "Added 3 nights of sleep and 5 mornings of resting heart rate to your
     * days." ("Would add" in a check that stores nothing); empty when none came in.
     */
    public static String added(boolean dryRun, int sleepNights, int hrvMornings, int restingMornings) {
        String what = measures(sleepNights, hrvMornings, restingMornings);
        return what.isEmpty() ? "" : (dryRun ? "Would add " : "Added ") + what + " to your days.";
    }

    /**
     * "3 nights of sleep, 5 mornings of heart-rate variability and 5 of resting heart rate": each
     * measure with its count, those with none left out; empty when none came in.
     */
    public static String measures(int sleepNights, int hrvMornings, int restingMornings) {
        List<String> parts = new ArrayList<>();
        if (sleepNights > 0) {
            parts.add(sleepNights + (sleepNights == 1 ? " night" : " nights") + " of sleep");
        }
        if (hrvMornings > 0) {
            parts.add(hrvMornings + (hrvMornings == 1 ? " morning" : " mornings") + " of heart-rate variability");
        }
        if (restingMornings > 0) {
            parts.add(restingMornings + (restingMornings == 1 ? " morning" : " mornings") + " of resting heart rate");
        }
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Progress's section heading, and the clinician's and the report's. */
    public static final String SECTION = "Sleep, heart-rate variability and resting heart rate";

    /** The unit a measure is shown in, after its number. */
    public static String unit(String measure) {
        return switch (measure) {
            case "sleep" -> "hours";
            case "hrv" -> "ms";
            default -> "beats a minute";
        };
    }

    /** The one name of a measure by its API key: "sleep", "hrv", "restingHeartRate". */
    public static String name(String measure) {
        return switch (measure) {
            case "sleep" -> SLEEP;
            case "hrv" -> HRV;
            default -> RESTING_HEART_RATE;
        };
    }

    /** "Your usual range: 44–54 ms, the shaded band (from your last 60 days)." */
    public static String usualRange(String measure, double low, double high) {
        return "Your usual range: " + number(low) + "–" + number(high) + " " + unit(measure)
                + ", the shaded band (from your last 60 days).";
    }

    /** Said where a usual range would be, until there are enough mornings for one. */
    public static String noUsualRangeYet(int readings, int needed) {
        return "No usual range yet: it needs " + needed + " mornings in 60 days, and there "
                + (readings == 1 ? "is 1." : "are " + readings + ".");
    }

    /** Why the chart of HRV shows one kind only. */
    public static String hrvKindShown(String kind) {
        return "Readings of the " + kind + " kind, as your latest are; another kind is on a different scale.";
    }

    /** A number as a person reads it: "7", "7.5". */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
