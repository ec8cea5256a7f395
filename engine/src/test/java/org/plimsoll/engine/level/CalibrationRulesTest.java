package org.plimsoll.engine.level;

import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.unit.Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Kilograms;

/** ENGINE.md section 6: hold, confirm, progress one variable, step back. */
class CalibrationRulesTest {

    private static ActivityAssessment run(Story story, int day) {
        return of(story, day, Activity.RUN);
    }

    private static ActivityAssessment of(Story story, int day, Activity activity) {
        return story.asOf(day).activities().stream().filter(a -> a.activity() == activity).findFirst().orElseThrow();
    }

    private static Dose dose(int sessionsPerWeek, int minutes, int rpeCap) {
        return new Dose(sessionsPerWeek, Optional.of(Minutes.of(minutes)), Optional.empty(), rpeCap, Optional.empty());
    }

    /** Two weeks of green runs of 30 minutes at RPE 4, three a week: days 1, 3, 5, 8, 10, 12 and 14. */
    private static Story twoGreenWeeksThreeAWeek(Story story) {
        for (int day : new int[] {1, 3, 5, 8, 10, 12, 14}) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, 2);
        }
        return story;
    }

    @Test
    void theWorkedExampleRaisesMinutesFrom30To33() {
        // Level 3 × 30 min at RPE 4, goal 4 × 50 min at RPE 6: frequency 0.75, minutes 0.60, intensity 0.67.
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4).goal(Activity.RUN, 4, 50, 6));
        ActivityAssessment run = run(story, 15);
        assertThat(run.state()).isEqualTo(LevelState.PROGRESS);
        assertThat(run.confirmedLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(33));
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
        assertThat(run.changedVariable()).contains(Variable.MINUTES);
        var confirmed = Story.first(run.reasons(), LevelReason.Confirmed.class);
        assertThat(confirmed.green()).isEqualTo(7);
        assertThat(confirmed.sessionsAtLevel()).isEqualTo(7);
    }

    @Test
    void aLevelIsHeldFourteenDaysBeforeItIsConfirmed() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        ActivityAssessment run = run(story, 14);
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(run.holdDays()).isEqualTo(13);
        assertThat(run.confirmedLevel()).isEmpty();
    }

    @Test
    void frequencyRisesFirstWhileBelowThreeSessionsAWeek() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 2, 30, 4));
        ActivityAssessment run = run(story, 15);
        assertThat(run.changedVariable()).contains(Variable.SESSIONS_PER_WEEK);
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
    }

    @Test
    void withoutAGoalDurationRisesFirst() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        assertThat(run(story, 15).changedVariable()).contains(Variable.MINUTES);
    }

    @Test
    void theStateReadsProgressUntilTheFirstSessionAtTheNewLevelThenHold() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        story.sessionWithCheckIns(Activity.RUN, 16, 33, 4, 2, 2, 2, 2);
        ActivityAssessment run = run(story, 17);
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(33));
        assertThat(run.holdDays()).isEqualTo(1);
    }

    @Test
    void aRedAtTheNewLevelStepsBackToTheConfirmedLevelAndHoldsItLonger() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        story.sessionWithCheckIns(Activity.RUN, 16, 33, 4, 2, 6, 5, 3);
        ActivityAssessment run = run(story, 17);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(codes(run.reasons())).startsWith(Code.RED_AT_NEW_LEVEL, Code.STEPPED_BACK);
        assertThat(Story.first(run.reasons(), LevelReason.SteppedBack.class).holdDays()).isEqualTo(21);
    }

    @Test
    void twoAmbersInARowAtTheNewLevelStepBack() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        story.sessionWithCheckIns(Activity.RUN, 16, 33, 4, 2, 3, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 18, 33, 4, 2, 4, 2, 2);
        ActivityAssessment run = run(story, 19);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        assertThat(codes(run.reasons())).contains(Code.TWO_AMBERS_AT_NEW_LEVEL);
    }

    @Test
    void aSessionWellBelowTheLevelNeitherConfirmsNorBreaksIt() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        story.sessionWithCheckIns(Activity.RUN, 1, 30, 4, 2, 2, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 4, 20, 4, 2, 2, 2, 2); // 67% of the level: does not count
        story.sessionWithCheckIns(Activity.RUN, 7, 30, 4, 2, 2, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 10, 27, 4, 2, 2, 2, 2); // 90%: counts
        ActivityAssessment run = run(story, 15);
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(Story.first(run.reasons(), LevelReason.HoldNeedsSessions.class).moreSessions()).isEqualTo(1);
    }

    @Test
    void aLevelNotConfirmedByDay21StepsBack() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int day = 1; day <= 19; day += 3) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 3, 2, 2); // amber: 3 during, from 2
        }
        ActivityAssessment run = run(story, 22);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(27));
        assertThat(Story.first(run.reasons(), LevelReason.NotConfirmedByDeadline.class).deadlineDay()).isEqualTo(21);
    }

    @Test
    void aFirstWeekOfSessionsSetsTheStartingLevelWhenNoneIsGiven() {
        Story story = Story.of();
        story.session(Activity.CYCLE, 1, 40, 3);
        story.session(Activity.CYCLE, 3, 30, 4);
        story.session(Activity.CYCLE, 6, 50, 4);
        ActivityAssessment cycle = story.asOf(7).activities().get(0);
        assertThat(cycle.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(cycle.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(40));
        assertThat(cycle.currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
    }

    @Test
    void anActivityWithNothingYetIsNew() {
        Story story = Story.of().goal(Activity.SWIM, 3, 30, 5);
        assertThat(story.asOf(1).activities()).isEmpty();
    }

    private static final StrengthSet GOBLET_SQUATS = new StrengthSet("goblet squat", 3, 10, Optional.of(Kilograms.of(16)));
    private static final StrengthSet BRIDGES = new StrengthSet("bridge", 3, 12, Optional.empty());

    @Test
    void strengthWithLoggedExercisesProgressesItsWorkFivePercentAfterAnAllGreenWeek() {
        // Work per session: 3 × 10 × 16 kg + 3 × 12 bodyweight reps = 480 + 36 = 516.
        Story story = Story.of().mornings(1, 10, 2);
        story.strengthSession(1, 30, 5, GOBLET_SQUATS, BRIDGES);
        story.strengthSession(3, 30, 5, GOBLET_SQUATS, BRIDGES);
        story.strengthSession(5, 30, 5, GOBLET_SQUATS, BRIDGES);
        ActivityAssessment strength = story.asOf(8).activities().get(0);

        assertThat(strength.confirmedLevel().orElseThrow().work()).hasValue(Work.of(516));
        assertThat(strength.currentLevel().orElseThrow().work()).hasValue(Work.of(542)); // 516 × 1.05 = 541.8
        assertThat(strength.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(strength.reasons().get(0)).isEqualTo(new LevelReason.StrengthWorkUp(5, 516, 542));
    }

    @Test
    void strengthSessionsBelowNinetyPercentOfTheWorkNeitherConfirmNorProgressTheWeek() {
        Story story = Story.of().mornings(1, 20, 2);
        story.strengthSession(1, 30, 5, GOBLET_SQUATS, BRIDGES);
        story.strengthSession(3, 30, 5, GOBLET_SQUATS, BRIDGES);
        // The second week only bridges: 36 of 542, far under 90%.
        story.strengthSession(9, 30, 5, BRIDGES);
        story.strengthSession(11, 30, 5, BRIDGES);
        ActivityAssessment strength = story.asOf(15).activities().get(0);
        assertThat(strength.currentLevel().orElseThrow().work()).hasValue(Work.of(542));
    }

    @Test
    void strengthWithoutLoggedExercisesProgressesItsMinutesFivePercent() {
        Story story = Story.of().mornings(1, 10, 2);
        for (int day : new int[] {1, 3, 5}) {
            story.sessionWithCheckIns(Activity.STRENGTH, day, 30, 5, 2, 2, 2, 2);
        }
        ActivityAssessment strength = story.asOf(8).activities().get(0);
        assertThat(strength.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(32)); // 30 × 1.05 = 31.5
        assertThat(strength.currentLevel().orElseThrow().work()).isEmpty();
        assertThat(strength.changedVariable()).contains(Variable.MINUTES);
    }

    @Test
    void ambersBelowTheLevelCountTowardTwoInARowAndTheStepBackLandsBelowWhatWasTolerated() {
        // Level 3 × 30 min; the person keeps to 20 minutes (two thirds) and each is amber.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 3, 2);
        story.sessionWithCheckIns(Activity.RUN, 3, 20, 4, 2, 4, 3, 2);
        assertThat(run(story, 5).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        story.sessionWithCheckIns(Activity.RUN, 6, 20, 4, 2, 4, 3, 2);
        ActivityAssessment run = run(story, 8);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        // 20 of 30 minutes, less one 10% step: 30 × 0.667 × 0.9 = 18 minutes.
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(18));
        assertThat(run.reasons().get(0)).isEqualTo(new LevelReason.TwoAmbersBelowLevel(67));
    }

    @Test
    void aGreenSessionBetweenTwoAmbersBreaksTheRow() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 3, 2);
        story.sessionWithCheckIns(Activity.RUN, 3, 20, 4, 2, 4, 3, 2);
        story.sessionWithCheckIns(Activity.RUN, 5, 20, 4, 2, 2, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 7, 20, 4, 2, 4, 3, 2);
        ActivityAssessment run = run(story, 9);
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
    }

    @Test
    void sessionsOlderThanEightWeeksAreHistoryNotALevel() {
        Story story = Story.of();
        story.session(Activity.OTHER, 1, 1, 2);
        // Not even a row asking for a baseline test: the old session is history (issue 28 item 6).
        assertThat(story.asOf(400).activities()).isEmpty();
    }

    @Test
    void aLevelStartsFromTheFirstWeekOfTheLatestStretchNotFromYearsAgo() {
        Story story = Story.of();
        story.session(Activity.RUN, 1, 60, 6);
        for (int day = 300; day < 305; day += 2) {
            story.session(Activity.RUN, day, 20, 3);
        }
        ActivityAssessment run = story.asOf(306).activities().get(0);
        // Three sessions of 20 minutes at effort 3 in the first week of the new stretch; the run of a year ago is history.
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(20));
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(3);
        assertThat(run.holdDays()).isEqualTo(6);
    }

    @Test
    void confirmedAtWhatWasDoneTheCyclistWhoRodeTwiceAWeekAtEffortFiveIsRaisedToThreeAWeekAtFive() {
        // The story: a level of 3 × 60 at effort 6, ridden 2 × 60 at effort 5 every week, was
        // "confirmed" at 3 a week and raised to 3 × 66 at effort 6: twice the weekly load ridden.
        Story story = Story.of().level(Activity.CYCLE, 1, 3, 60, 6);
        for (int day : new int[] {1, 4, 8, 11}) {
            story.sessionWithCheckIns(Activity.CYCLE, day, 60, 5, 2, 2, 2, 2);
        }
        ActivityAssessment cycle = of(story, 15, Activity.CYCLE);
        assertThat(cycle.state()).isEqualTo(LevelState.PROGRESS);
        assertThat(cycle.confirmedLevel()).contains(dose(2, 60, 5));
        assertThat(cycle.currentLevel()).contains(dose(3, 60, 5));
        assertThat(cycle.changedVariable()).contains(Variable.SESSIONS_PER_WEEK);
        assertThat(cycle.reasons()).contains(new LevelReason.ConfirmedAsDone(dose(3, 60, 6), dose(2, 60, 5)));
    }

    @Test
    void confirmedEffortIsTheHighestDoneWithinTheCapAndProgressionStartsFromIt() {
        // Level 3 × 30 at effort 5, run three a week at efforts 3 and 4 only: effort 4 is confirmed and
        // the next step (duration, without a goal) is 3 × 33 at 4, not at 5.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 5);
        int[] efforts = {3, 4, 3, 4, 3, 4, 3};
        int[] days = {1, 3, 5, 8, 10, 12, 14};
        for (int i = 0; i < days.length; i++) {
            story.sessionWithCheckIns(Activity.RUN, days[i], 30, efforts[i], 2, 2, 2, 2);
        }
        ActivityAssessment run = run(story, 15);
        assertThat(run.confirmedLevel()).contains(dose(3, 30, 4));
        assertThat(run.currentLevel()).contains(dose(3, 33, 4));
    }

    @Test
    void aLevelDoneInFullIsConfirmedAsItIs() {
        ActivityAssessment run = run(twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4)), 15);
        assertThat(run.confirmedLevel()).contains(dose(3, 30, 4));
        assertThat(codes(run.reasons())).doesNotContain(Code.CONFIRMED_AS_DONE);
    }

    @Test
    void twoAmbersAtAnEasierEffortThanTheNewLevelStepBackToTheEffortTheyWereDoneAt() {
        // Confirmed 3 × 30 at effort 5, raised to 33; two ambers at 33 minutes but effort 4: the step back
        // returns to 30 minutes, and the ceiling follows the evidence down to effort 4.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 5);
        for (int day : new int[] {1, 3, 5, 8, 10, 12, 14}) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 5, 2, 2, 2, 2);
        }
        assertThat(run(story, 15).currentLevel()).contains(dose(3, 33, 5));
        story.sessionWithCheckIns(Activity.RUN, 16, 33, 4, 2, 4, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 18, 33, 4, 2, 4, 2, 2);
        ActivityAssessment run = run(story, 19);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        assertThat(run.currentLevel()).contains(dose(3, 30, 4));
    }

    @Test
    void afterABreakOfTwentyOneDaysTheLevelComesBackAtSeventyPercentEffortFourAndASessionAWeekFewer() {
        // Confirmed 3 × 30 at effort 4 on day 15 and raised to 33; the last run is on day 14.
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        assertThat(run(story, 35).currentLevel()).contains(dose(3, 33, 4)); // 21 days without a run: not yet
        ActivityAssessment away = run(story, 42);
        assertThat(away.state()).isEqualTo(LevelState.HOLD);
        assertThat(away.currentLevel()).contains(dose(2, 21, 4)); // 70% of 30, one session a week fewer
        assertThat(away.holdDays()).isZero();
        assertThat(away.reasons()).containsExactly(new LevelReason.BreakLevelDown(Activity.RUN, 4L, 70,
                dose(2, 21, 4)));

        // The first run back begins the hold of the lighter level.
        story.sessionWithCheckIns(Activity.RUN, 43, 21, 4, 2, 2, 2, 2);
        ActivityAssessment back = run(story, 44);
        assertThat(back.state()).isEqualTo(LevelState.HOLD);
        assertThat(back.currentLevel()).contains(dose(2, 21, 4));
        assertThat(back.holdDays()).isEqualTo(1);
        assertThat(back.reasons().get(0)).isEqualTo(new LevelReason.BackAfterBreak(Activity.RUN, 4L,
                dose(2, 21, 4)));
    }

    @Test
    void afterABreakALevelOfTwoAWeekKeepsTwoSessionsAndAHardEffortComesDownToFour() {
        Story story = Story.of().level(Activity.CYCLE, 1, 2, 50, 7);
        story.sessionWithCheckIns(Activity.CYCLE, 1, 50, 6, 2, 2, 2, 2);
        assertThat(of(story, 30, Activity.CYCLE).currentLevel()).contains(dose(2, 35, 4));
    }

    @Test
    void afterFiftySixDaysWithoutASessionAnActivityStartsAgainFromNew() {
        // The story: after 10 weeks off, the old level was kept and even raised ("Held 83 days").
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        assertThat(run(story, 70).currentLevel()).contains(dose(2, 21, 4)); // 56 days: still the lighter level
        ActivityAssessment run = run(story, 84);
        assertThat(run.state()).isEqualTo(LevelState.NEW);
        assertThat(run.currentLevel()).isEmpty();
        assertThat(run.confirmedLevel()).isEmpty();
        assertThat(run.holdDays()).isZero();
        assertThat(run.reasons()).containsExactly(new LevelReason.BreakStartAgain(Activity.RUN, 10L));

        // The first week back sets the new starting level; the level of day 1 speaks for the back no more.
        story.sessionWithCheckIns(Activity.RUN, 85, 20, 3, 2, 2, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 87, 20, 3, 2, 2, 2, 2);
        ActivityAssessment again = run(story, 88);
        assertThat(again.state()).isEqualTo(LevelState.HOLD);
        assertThat(again.currentLevel()).contains(dose(2, 20, 3));
        assertThat(codes(again.reasons()).get(0)).isEqualTo(Code.STARTING_LEVEL_FROM_FIRST_WEEK);
        assertThat(again.holdDays()).isEqualTo(3);
    }

    @Test
    void aLevelSetDuringALongBreakIsWhereTheActivityStartsAgain() {
        Story story = twoGreenWeeksThreeAWeek(Story.of().level(Activity.RUN, 1, 3, 30, 4));
        story.level(Activity.RUN, 80, 2, 15, 3);
        story.sessionWithCheckIns(Activity.RUN, 85, 15, 3, 2, 2, 2, 2);
        ActivityAssessment run = run(story, 86);
        assertThat(run.currentLevel()).contains(dose(2, 15, 3));
        assertThat(codes(run.reasons()).get(0)).isEqualTo(Code.STARTING_LEVEL_SET);
    }

    @Test
    void aRedAtALevelThatIsNotNewIsNotConfirmedAndStepsBackByDay21() {
        // A starting level of 3 × 30: one red run on day 5 among greens. Not confirmed on day 15, and
        // not confirmed by day 21: one step down (no confirmed level to return to).
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int day : new int[] {1, 3, 8, 10, 12, 14, 17, 19}) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, 2);
        }
        story.sessionWithCheckIns(Activity.RUN, 5, 30, 4, 2, 6, 4, 2);
        assertThat(run(story, 15).state()).isEqualTo(LevelState.HOLD);
        ActivityAssessment run = run(story, 22);
        assertThat(run.state()).isEqualTo(LevelState.STEP_BACK);
        assertThat(run.currentLevel()).contains(dose(3, 27, 4));
        assertThat(Story.first(run.reasons(), LevelReason.NotConfirmedByDeadline.class).anyRed()).isTrue();
    }
}
