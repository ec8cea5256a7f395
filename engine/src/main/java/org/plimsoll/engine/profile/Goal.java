package org.plimsoll.engine.profile;

import java.util.Optional;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/** What a person wants to reach in one activity, e.g. 4 runs a week of 50 minutes up to RPE 7. */
public record Goal(Activity activity, OptionalInt sessionsPerWeek, Optional<Minutes> minutes,
                   Optional<Distance> distance, OptionalInt rpeCap) {
}
