package org.plimsoll.words;

/** The log form's help (issue 28, item 1). */
public final class LogWords {
    private LogWords() {
    }

    /** Under the start: why it is already filled in, and that it is the person's to change. */
    public static String justFinished() {
        return "Filled in as just finished: the start is now less the minutes. If you trained earlier, change the date "
                + "or the start.";
    }
}
