package org.plimsoll.engine.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.ResponseReason;
import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Pain;

/** ENGINE.md section 3: the response to a session. Usual morning pain B = 2 in these stories. */
class ResponseRulesTest {

    private static SessionResponse only(Assessment a) {
        return a.responses().get(a.responses().size() - 1);
    }

    private static Story usualMorningsOf2() {
        return Story.of().mornings(1, 9, 2);
    }

    @Test
    void sharpPainDuringIsRed() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.BEFORE, 2).checkIn(s, CheckInWindow.DURING, 3, true);
        SessionResponse r = only(story.asOf(10));
        assertThat(r.response()).isEqualTo(Response.RED);
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.SharpPain());
    }

    @Test
    void duringFiveOrMoreAndAboveTheStartIsRed() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 5, 3, 2);
        assertThat(only(story.asOf(11)).response()).isEqualTo(Response.RED);
    }

    @Test
    void duringFiveThatIsNotAboveTheStartIsAmberNotRed() {
        // A high usual pain is no licence to train at 5 or more: at the edge, not within the threshold.
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 5, 5, 5, 3);
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.AMBER);
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.PainHighEvenIfUsual(5, 5));
    }

    @Test
    void someoneWhoseUsualPainIsSixTrainingAtSixIsAtTheEdgeNotProgressing() {
        Story story = Story.of().mornings(1, 9, 6);
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 6, 6, 6, 6);
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.AMBER);
        assertThat(codes(r.reasons())).doesNotContain(Code.WITHIN_THRESHOLD);
    }

    @Test
    void aNextMorningCheckInDatedDaysLaterDoesNotAnswerTheTwentyFourHourRuleButTheRealNextMorningDoes() {
        // Session on day 10; "next morning" entered for day 14 as 2/10, while day 11's own morning was 6/10.
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.BEFORE, 2).checkIn(s, CheckInWindow.DURING, 2);
        story.daily(11, 6);
        story.nextMorningOn(s, 14, 2);
        SessionResponse r = only(story.asOf(14));
        assertThat(r.response()).isEqualTo(Response.RED);
        assertThat(r.reasons().get(0)).isInstanceOf(ResponseReason.MorningRuleMet.class);
        assertThat(Story.first(r.reasons(), ResponseReason.MorningRuleMet.class).morning()).isEqualTo(6);
    }

    @Test
    void aDailyCheckInTheDayAfterStandsInForAMissingNextMorning() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.BEFORE, 2).checkIn(s, CheckInWindow.DURING, 2);
        story.daily(11, 2);
        SessionResponse r = only(story.asOf(13));
        assertThat(r.response()).isEqualTo(Response.GREEN);
        assertThat(r.nextMorning()).hasValue(Pain.of(2));
    }

    @Test
    void withoutAnyMorningPainTheDayAfterTheSessionIsIncompleteAfterThirtySixHours() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.BEFORE, 2).checkIn(s, CheckInWindow.DURING, 2);
        story.daily(12, 2); // two days later: not the next morning
        assertThat(only(story.asOf(12)).response()).isEqualTo(Response.INCOMPLETE);
    }

    @Test
    void theTwentyFourHourRuleNextMorningTwoAboveBaselineIsRed() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 2, 2, 4);
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.RED);
        assertThat(r.nextMorningRuleMet()).isTrue();
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.MorningRuleMet(4, 2, 2.0));
    }

    @Test
    void theTwentyFourHourRuleNeedsAMorningOfThreeOrMoreATwoAfterAUsualZeroIsFine() {
        // Seed 003: a morning of 0–2 is fine, even 2 points above a usual 0.
        Story story = Story.of().mornings(1, 9, 0);
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 0, 0, 0, 2);
        SessionResponse two = only(story.asOf(11));
        assertThat(two.response()).isEqualTo(Response.GREEN);
        assertThat(two.nextMorningRuleMet()).isFalse();

        Story worse = Story.of().mornings(1, 9, 0);
        worse.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 0, 0, 0, 3);
        SessionResponse three = only(worse.asOf(11));
        assertThat(three.response()).isEqualTo(Response.RED);
        assertThat(three.nextMorningRuleMet()).isTrue();
        assertThat(three.reasons().get(0)).isEqualTo(new ResponseReason.MorningRuleMet(3, 2, 0.0));
    }

    @Test
    void nextMorningOneAboveBaselineIsNotRed() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 2, 2, 3);
        assertThat(only(story.asOf(11)).response()).isEqualTo(Response.GREEN);
    }

    @Test
    void aRedFlagSymptomWithAnyCheckInIsRed() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.AFTER_1H, 2, false, Symptom.LEG_TINGLING);
        assertThat(only(story.asOf(10)).response()).isEqualTo(Response.RED);
    }

    @Test
    void duringThreeToFourAndAboveTheStartIsAmber() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 4, 2, 2);
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.AMBER);
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.PainRoseToModify(4, 2.0, 3, 4));
    }

    @Test
    void aSpikeAnHourAfterThatSettlesByMorningIsAmber() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 2, 4, 3);
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.AMBER);
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.HourAfterUp(4, 2, 2.0, true));
    }

    @Test
    void mildAndSettledIsGreen() {
        Story story = usualMorningsOf2();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 2, 3, 2);
        assertThat(only(story.asOf(11)).response()).isEqualTo(Response.GREEN);
    }

    @Test
    void withoutTheNextMorningItIsPendingWithAProvisionalColour() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.BEFORE, 2).checkIn(s, CheckInWindow.DURING, 4);
        SessionResponse r = only(story.asOf(10));
        assertThat(r.response()).isEqualTo(Response.PENDING);
        assertThat(r.provisional()).contains(Response.AMBER);
    }

    @Test
    void noNextMorningBy36HoursIsIncomplete() {
        Story story = usualMorningsOf2();
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, CheckInWindow.DURING, 2);
        // Started 07:00 on day 10; the end of day 11 is 41 hours later.
        SessionResponse r = only(story.asOf(11));
        assertThat(r.response()).isEqualTo(Response.INCOMPLETE);
        assertThat(r.reasons().get(0)).isEqualTo(new ResponseReason.NoMorningCheckIn(36));
    }

    @Test
    void baselineIsTheMedianOfMorningPainLeavingOutMorningsAfterARedSession() {
        Story story = Story.of().mornings(1, 4, 1).mornings(5, 8, 3);
        // Median of 1,1,1,1,3,3,3,3 is 2.
        story.sessionWithCheckIns(Activity.RUN, 8, 30, 4, 2, 2, 2, 8); // red: next morning 8, day 9
        story.mornings(10, 10, 1);
        String later = story.sessionWithCheckIns(Activity.RUN, 10, 30, 4, 2, 2, 2, 3);
        Assessment a = story.asOf(11);
        SessionResponse last = a.responses().stream().filter(r -> r.session().id().equals(later)).findFirst()
                .orElseThrow();
        // Day 9's morning (8/10, after the red session) is left out: B = median(1,1,1,1,3,3,3,3,1) = 1.
        assertThat(last.baseline()).hasValue(MeanPain.of(1.0));
        assertThat(last.response()).isEqualTo(Response.RED);
    }
}
