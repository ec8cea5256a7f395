package org.plimsoll.engine.profile;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;

/** What a person wants to reach in one activity, e.g. 4 runs a week of 50 minutes up to RPE 7. */
public record Goal(Activity activity, OptionalInt sessionsPerWeek, OptionalInt minutes,
                   OptionalDouble distanceKm, OptionalInt rpeCap) {
}
