package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Minutes;

/** A done entry and what comes next, in plain words. */
class DoneWordsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 1);

    private static PlannedSession run(LocalDate date) {
        return new PlannedSession(date, Activity.RUN, Optional.of(new Minutes(30)), 4, PlannedSession.Kind.SESSION,
                Optional.of(RunType.EASY), List.of(), List.of(), LocalDateTime.of(date.plusDays(1), java.time.LocalTime.of(7, 30)));
    }

    @Test
    void aDoneEntrySaysWhatWasLoggedAndNextSaysWhenInWords() {
        Session logged = Session.of("1", Activity.RUN, SUNDAY.atTime(7, 0).atZone(ZoneOffset.UTC), 25, 3);
        assertThat(DoneWords.done(logged)).isEqualTo("Done: Run, 25 minutes logged.");
        assertThat(DoneWords.next(run(SUNDAY.plusDays(1)), SUNDAY))
                .isEqualTo("Next: tomorrow, Run (easy), up to 30 min, effort up to 4.");
        assertThat(DoneWords.next(run(SUNDAY.plusDays(3)), SUNDAY)).startsWith("Next: Wed 4 Mar, Run");
    }
}
