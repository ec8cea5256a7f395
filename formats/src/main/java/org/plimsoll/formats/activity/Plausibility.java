package org.plimsoll.formats.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.plimsoll.engine.history.PlausibleDates;

/**
 * Whether an activity could have happened: a device whose clock was never set writes dates near
 * 1989, and a broken one writes the future or a week-long outing. Such a file is skipped whole.
 */
final class Plausibility {
    static final Duration LONGEST_ACTIVITY = Duration.ofDays(7);

    private Plausibility() {
    }

    /** Why the activity is impossible, if it is. */
    static Optional<String> problem(ImportedActivity a, Instant now) {
        LocalDate day = a.start().atOffset(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(PlausibleDates.EARLIEST)) {
            return Optional.of("impossible date " + day + ": the device's clock was not set");
        }
        if (a.start().isAfter(now.plus(Duration.ofDays(1)))) {
            return Optional.of("impossible date " + day + ": it is in the future");
        }
        if (a.elapsedSeconds() > LONGEST_ACTIVITY.toSeconds()) {
            return Optional.of("impossible duration: an activity of " + Math.round(a.elapsedSeconds() / 86400)
                    + " days");
        }
        return Optional.empty();
    }
}
