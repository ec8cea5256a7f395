package org.plimsoll.engine.today;

import org.plimsoll.engine.reason.Reason;

/** One cut to today's threshold, in percent (negative), its cause, and why. */
public record Adjustment(Cause cause, int percent, Reason reason) {
    public enum Cause { SLEEP, STRESS, SITTING, RECENT_RED, PAIN_TODAY, READINESS }
}
