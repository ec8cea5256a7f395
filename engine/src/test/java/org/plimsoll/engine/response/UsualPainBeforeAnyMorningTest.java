package org.plimsoll.engine.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.reason.ResponseReason;

/**
 * ENGINE.md section 3 for a new person (issue 28 item 3): the usual pain given at onboarding (a DAILY
 * check-in) is the usual pain B of a session logged for the days before it, and an hour-after rise
 * is never said to have settled before the next morning is in.
 */
class UsualPainBeforeAnyMorningTest {

    private static SessionResponse of(Assessment a, String id) {
        return a.responses().stream().filter(r -> r.session().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFirstDailyPainIsTheUsualPainOfASessionLoggedForTheDayBefore() {
        // Onboarding on day 2 with usual pain 3/10; a run of day 1 logged afterwards, 2/10 an hour after.
        Story story = Story.of().daily(2, 3);
        String run = story.session(Activity.RUN, 1, 25, 3);
        story.checkIn(run, CheckInWindow.AFTER_1H, 2);
        SessionResponse r = of(story.asOf(2), run);
        assertThat(r.baseline()).contains(org.plimsoll.engine.unit.MeanPain.of(3));
        assertThat(r.reasons()).contains(new ResponseReason.NoStartPainUsedUsual(3));
        assertThat(r.reasons()).doesNotContain(new ResponseReason.NoStartPainAtAll());
        // 2/10 an hour after a usual 3 is no rise: green, not "at the edge" against a start of 0.
        assertThat(r.response()).isEqualTo(Response.GREEN);
    }

    @Test
    void aNextMorningNeverStandsInForTheUsualPain() {
        // No daily pain at all: the session's own next morning of 6 must not become the usual it is judged by.
        Story story = Story.of();
        String run = story.session(Activity.RUN, 1, 25, 3);
        story.checkIn(run, CheckInWindow.NEXT_MORNING, 6);
        SessionResponse r = of(story.asOf(2), run);
        assertThat(r.baseline()).isEmpty();
        assertThat(r.reasons()).contains(new ResponseReason.NoStartPainAtAll());
    }

    @Test
    void todaysPainOnTheFirstDayIsNotItsOwnUsualPain() {
        // Section 8: with B unknown, today's pain counts as high from 5; the onboarding pain does not set B for today.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(1, 5);
        assertThat(story.asOf(1).today().pain().usual()).isEmpty();
        assertThat(story.asOf(1).today().pain().tooHighToTrain()).isTrue();
    }

    @Test
    void beforeTheNextMorningIsInAnHourAfterRiseIsNeverSaidToHaveSettled() {
        Story story = Story.of().daily(3, 2);
        String run = story.session(Activity.RUN, 3, 25, 3);
        story.checkIn(run, CheckInWindow.AFTER_1H, 5);
        SessionResponse r = of(story.asOf(3), run);
        assertThat(r.response()).isEqualTo(Response.PENDING);
        assertThat(r.reasons()).contains(new ResponseReason.HourAfterUp(5, 2, 2, false));
    }
}
