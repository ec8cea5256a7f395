package org.plimsoll.engine.dose;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;

/**
 * A dose of one activity (ENGINE.md section 6): sessions a week, minutes or distance per
 * session, and an RPE cap; valid from {@code since}.
 */
public record Level(Activity activity, LocalDate since, int sessionsPerWeek, OptionalInt minutes,
                    OptionalDouble distanceKm, int rpeCap) {
    public Level {
        if (sessionsPerWeek < 0 || sessionsPerWeek > 14) {
            throw new IllegalArgumentException("sessions per week must be 0–14, was " + sessionsPerWeek);
        }
        if (rpeCap < 0 || rpeCap > 10) {
            throw new IllegalArgumentException("RPE cap must be 0–10, was " + rpeCap);
        }
        if (minutes.isEmpty() && distanceKm.isEmpty()) {
            throw new IllegalArgumentException("a level needs minutes or a distance");
        }
    }
}
