package org.plimsoll.engine.care;

import java.time.Instant;
import java.time.LocalDate;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Irritability;

/**
 * Something a person's clinician decided about their coaching, with the reason the person reads
 * beside every answer it shapes (ENGINE.md sections 5, 6, 7 and 9, issue 18). The values themselves
 * live where the engine always looks (the level among the levels, the irritability in the profile);
 * a decision says who stands behind them and why.
 */
public sealed interface CareDecision {
    /** A reason is one line the person reads, of at most this many characters. */
    int REASON_LENGTH = 400;

    /** The day the decision counts from, in the person's zone. */
    LocalDate date();

    String why();

    /**
     * A level set by the clinician: calibration starts again from it (section 6). ENGINE.md gives no
     * bounds for it, so these are a careful physiotherapist's, the same in the API and in scenario files.
     */
    record LevelSet(Level level, String why) implements CareDecision {
        public static final int MOST_SESSIONS_A_WEEK = 7;
        public static final int FEWEST_MINUTES = 5;
        public static final int MOST_MINUTES = 240;
        public static final int MOST_EFFORT = 10;

        @Override
        public LocalDate date() {
            return level.since();
        }
    }

    /** The clinician says the back is flaring from this day (section 7). */
    record FlareDeclared(LocalDate date, String why) implements CareDecision {
    }

    /**
     * The clinician ends the flare in force: from this day it is over, and its reduced dose is held
     * until it is confirmed, as when a flare settles (section 7).
     */
    record FlareEnded(LocalDate date, String why) implements CareDecision {
    }

    /**
     * The clinician saw the person and cleared them to carry on (section 9): it clears what was
     * reported before {@code at}, and nothing reported after it.
     */
    record Cleared(Instant at, LocalDate date, String why) implements CareDecision {
    }

    /** The irritability the profile holds, set by the clinician (it sets the baseline discount, section 5). */
    record IrritabilitySet(Irritability irritability, LocalDate date, String why) implements CareDecision {
    }

    /** How often the outcome check-ups come, in days (7 to 56; 14 unless a clinician chose). */
    record CheckUpsEvery(int days, LocalDate date, String why) implements CareDecision {
    }
}
