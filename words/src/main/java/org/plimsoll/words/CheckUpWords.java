package org.plimsoll.words;

import java.time.LocalDate;

/** One check-up per period (issue 28, item 5): a second one replaces the first, and says so. */
public final class CheckUpWords {
    private CheckUpWords() {
    }

    /** On the check-up page, before saving again in the same period. */
    public static String willReplace(LocalDate earlier) {
        return "You did this period's check-up on " + Wording.day(earlier) + ". Saving again replaces it, so it counts once.";
    }

    /** After saving. */
    public static String replaces(LocalDate earlier) {
        return "This replaces the check-up of " + Wording.day(earlier) + ".";
    }
}
