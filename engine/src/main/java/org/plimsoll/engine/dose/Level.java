package org.plimsoll.engine.dose;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.ZeroToTen;

/**
 * A dose of one activity (ENGINE.md section 6): sessions a week, minutes or distance per
 * session, and an RPE cap; valid from {@code since}. Zero sessions a week is a level a clinician
 * may set (a pause); the dose it gives is one a week (see {@link Dose#of}).
 */
public record Level(Activity activity, LocalDate since, int sessionsPerWeek, Optional<Minutes> minutes,
                    Optional<Distance> distance, int rpeCap) {
    public Level {
        if (sessionsPerWeek < 0 || sessionsPerWeek > Dose.MOST_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException("sessions per week must be 0–14, was " + sessionsPerWeek);
        }
        ZeroToTen.require("RPE cap", rpeCap);
        if (minutes.isEmpty() && distance.isEmpty()) {
            throw new IllegalArgumentException("a level needs minutes or a distance");
        }
    }
}
