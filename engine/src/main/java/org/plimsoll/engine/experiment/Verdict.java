package org.plimsoll.engine.experiment;

/** What an experiment can say of its second condition against its first, as far as the interval allows. */
public enum Verdict {
    /** Next mornings after the second condition were better: the whole interval lies below 0. */
    BETTER,
    /** Next mornings after the second condition were worse: the whole interval lies above 0. */
    WORSE,
    /** The interval holds 0: no difference can be told yet. */
    NO_CLEAR_DIFFERENCE,
    /** Fewer than 6 sessions with a next morning in one condition: no answer yet. */
    NOT_ENOUGH_DATA
}
