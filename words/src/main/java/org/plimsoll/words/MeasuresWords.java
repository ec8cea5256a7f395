package org.plimsoll.words;

import java.util.ArrayList;
import java.util.List;

/** What an import brought in from a watch, ring or daily-measures file, in plain words. */
public final class MeasuresWords {
    private MeasuresWords() {
    }

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
}
