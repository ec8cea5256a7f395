package org.plimsoll.engine.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.reason.LevelReason;

/**
 * ENGINE.md section 6 (issue 28 item 4): a hold counts sessions with a final response, and says how
 * many more at the level are done and waiting for their next morning, so "0 of 4" never hides two runs.
 */
class HoldCountTest {

    @Test
    void aHoldCountsSessionsWithTheirNextMorningInAndNamesThoseStillWaiting() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 4, 2);
        story.sessionWithCheckIns(Activity.RUN, 1, 30, 4, 2, 2, 2, 2);
        String second = story.session(Activity.RUN, 4, 30, 4);
        story.checkIn(second, CheckInWindow.BEFORE, 2);
        String third = story.session(Activity.RUN, 5, 30, 4);
        story.checkIn(third, CheckInWindow.BEFORE, 2);
        // A short walk-jog well below the level is done, but neither counts nor waits to count.
        story.session(Activity.RUN, 5, 10, 3);
        ActivityAssessment run = story.asOf(5).activities().get(0);
        LevelReason.HoldDay day = Story.first(run.reasons(), LevelReason.HoldDay.class);
        assertThat(day.sessionsAtLevel()).isEqualTo(1);
        assertThat(day.green()).isEqualTo(1);
        assertThat(day.awaitingMorning()).isEqualTo(2);
        assertThat(day.sessionsNeeded()).isEqualTo(4);
    }
}
