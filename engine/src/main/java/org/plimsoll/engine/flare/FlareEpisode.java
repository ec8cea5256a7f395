package org.plimsoll.engine.flare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One flare: from its first day, with the de-escalation step reached (1: intensity and duration
 * cut; 2: a further cut after a RED past day 7; 3: one session a week fewer after 14 days unsettled)
 * and the day it ended, if it has.
 */
public record FlareEpisode(LocalDate since, Optional<LocalDate> ended, int step, double baselineBefore,
                           List<String> reasons) {
    public FlareEpisode {
        reasons = List.copyOf(reasons);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(since) && ended.map(day::isBefore).orElse(true);
    }

    /** Days since it started; the first day is day 0. */
    public long dayOf(LocalDate day) {
        return java.time.temporal.ChronoUnit.DAYS.between(since, day);
    }
}
