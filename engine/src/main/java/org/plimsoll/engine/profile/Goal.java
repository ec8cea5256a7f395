package org.plimsoll.engine.profile;

import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.SessionsPerWeek;

/** What a person wants to reach in one activity, e.g. 4 runs a week of 50 minutes up to RPE 7. */
public record Goal(Activity activity, Optional<SessionsPerWeek> sessionsPerWeek, Optional<Minutes> minutes,
                   Optional<Distance> distance, Optional<Effort> rpeCap) {
}
