package org.plimsoll.engine.flare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.reason.Reason;

/**
 * One flare: from its first day, with the cuts taken (from the first day, intensity and duration;
 * a further volume cut after a RED past day 7; one session a week fewer after 14 days unsettled)
 * and the day it ended, if it has.
 */
public record FlareEpisode(LocalDate since, Optional<LocalDate> ended, boolean furtherVolumeCut,
                           boolean frequencyCut, double baselineBefore, List<Reason> reasons) {
    public FlareEpisode {
        reasons = List.copyOf(reasons);
    }

    /** The de-escalation steps taken: 1 from the first day, one more for each later cut (at most 3). */
    public int step() {
        return 1 + (furtherVolumeCut ? 1 : 0) + (frequencyCut ? 1 : 0);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(since) && ended.map(day::isBefore).orElse(true);
    }

    /** The clinician's end of this flare, if that is how it ended. */
    public java.util.Optional<Reason> endedByClinician() {
        return reasons.stream().filter(r -> r instanceof org.plimsoll.engine.reason.FlareReason.FlareEndedByClinician).findFirst();
    }

    /** Days since it started; the first day is day 0. */
    public long dayOf(LocalDate day) {
        return java.time.temporal.ChronoUnit.DAYS.between(since, day);
    }
}
