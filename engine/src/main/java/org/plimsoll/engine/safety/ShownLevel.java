package org.plimsoll.engine.safety;

import java.time.LocalDate;
import java.util.Objects;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;

/**
 * The level in force that a person was shown for an activity on a day, as the application kept it.
 * The engine is recomputed from the record every day, and a record reworked since (a check-in synced
 * late, a flare re-dated, a first week still forming) can make yesterday's answer, recomputed today,
 * higher than what was actually shown. While a flare or a referral stands, what was shown is the
 * ceiling (ENGINE.md sections 7 and 9: nothing is raised), so the answer never climbs from one day to
 * the next whatever the record did.
 */
public record ShownLevel(LocalDate date, Activity activity, Dose level) {
    public ShownLevel {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(level, "level");
    }
}
