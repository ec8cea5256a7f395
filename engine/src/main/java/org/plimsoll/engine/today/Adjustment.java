package org.plimsoll.engine.today;

/** One cut to today's threshold and its cause, in percent (negative). */
public record Adjustment(Cause cause, int percent, String reason) {
    public enum Cause { SLEEP, STRESS, SITTING, RECENT_RED }
}
