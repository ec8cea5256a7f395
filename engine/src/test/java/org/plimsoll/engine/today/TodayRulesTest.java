package org.plimsoll.engine.today;

import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plimsoll.engine.Story.codes;

import java.time.LocalTime;
import java.util.List;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.TodayReason;

/** ENGINE.md section 8: today's factor and how the cut is taken. */
class TodayRulesTest {
    private static final Dose THIRTY_AT_RPE_4 = new Dose(3, Optional.of(Minutes.of(30)), Optional.empty(), 4, Optional.empty());

    @Test
    void theWorkedExample30MinutesAtRpe4WithFactor0Point8IsRpe3And27Minutes() {
        Dose today = new TodayFactor(0.8, java.util.List.of()).applyTo(THIRTY_AT_RPE_4);
        assertThat(today.rpeCap()).isEqualTo(3);
        assertThat(today.minutes()).hasValue(Minutes.of(27));
    }

    @Test
    void shortSleepAndHighStressEachTakeTenPercent() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).context(10, 5.5, 3, 7, 4.0);
        Assessment a = story.asOf(10);
        assertThat(a.today().factor()).isEqualTo(0.8);
        assertThat(a.today().adjustments()).extracting(Adjustment::cause)
                .containsExactly(Adjustment.Cause.SLEEP, Adjustment.Cause.STRESS);
        var run = a.activities().get(0);
        assertThat(run.todayLevel().orElseThrow().rpeCap()).isEqualTo(3);
        assertThat(run.todayLevel().orElseThrow().minutes()).hasValue(Minutes.of(27));
        assertThat(run.reasons()).contains(new TodayReason.TodayCut(-10, new TodayReason.ShortSleep(5.5, 6.0)));
    }

    @Test
    void yesterdaysStressCountsWhenTodayHasNoneAndLongSittingYesterdayTakesFive() {
        Story story = Story.of().context(9, null, null, 8, 9.0).context(10, 7.5, 4, null, null);
        TodayFactor f = story.asOf(10).today();
        assertThat(f.adjustments()).extracting(Adjustment::cause)
                .containsExactly(Adjustment.Cause.STRESS, Adjustment.Cause.SITTING);
        assertThat(f.factor()).isEqualTo(0.85);
    }

    @Test
    void poorSleepQualityCountsAsPoorSleep() {
        Story story = Story.of().context(10, 8.0, 2, 2, 3.0);
        assertThat(story.asOf(10).today().adjustments()).extracting(Adjustment::cause)
                .containsExactly(Adjustment.Cause.SLEEP);
    }

    @Test
    void aRedSessionInTheLastSevenDaysTakesFifteenPercent() {
        Story story = Story.of().mornings(1, 5, 2);
        story.sessionWithCheckIns(Activity.RUN, 6, 30, 4, 2, 6, 5, 3);
        assertThat(story.asOf(12).today().adjustments()).extracting(Adjustment::percent).containsExactly(-15);
        assertThat(story.asOf(13).today().adjustments()).isEmpty();
    }

    @Test
    void theFactorNeverFallsBelow0Point6() {
        Story story = Story.of().mornings(1, 5, 2).context(9, null, null, null, 10.0).context(10, 4.0, 1, 9, null);
        story.sessionWithCheckIns(Activity.RUN, 8, 30, 4, 2, 6, 5, 3);
        // −10 −10 −5 −15 = −40%: exactly the floor.
        assertThat(story.asOf(10).today().factor()).isEqualTo(0.6);
    }

    @Test
    void whatTheRpeCapCannotAbsorbComesOffTheMinutes() {
        Dose atThree = new Dose(3, Optional.of(Minutes.of(40)), Optional.empty(), 3, Optional.empty());
        Dose today = new TodayFactor(0.8, java.util.List.of()).applyTo(atThree);
        assertThat(today.rpeCap()).isEqualTo(3);
        assertThat(today.minutes()).hasValue(Minutes.of(32));
    }

    /**
     * 24 sessions every other day, half after a short night. {@code morningAfterShortSleep} is the
     * next-morning pain after those (usual morning pain 2; the others are followed by a 2).
     */
    private static Story shortNightsFollowedBy(int morningAfterShortSleep, int sessions) {
        Story story = Story.of().level(Activity.WALK, 1, 3, 30, 4).mornings(1, 60, 2);
        for (int i = 0; i < sessions; i++) {
            int day = 2 + 2 * i;
            boolean shortNight = i % 2 == 1;
            story.context(day, shortNight ? 5.0 : 7.5, 4, 3, 5.0);
            story.sessionWithCheckIns(Activity.WALK, day, 30, 3, 2, 2, 2, shortNight ? morningAfterShortSleep : 2);
        }
        return story;
    }

    @Test
    void aCutOfZeroPercentIsNeverListedAPersonsOwnEstimateOfZeroMeansNoCutAndNoLine() {
        // Short nights have not worsened this person's mornings (12 after a short night, 12 others,
        // all followed by a 2): their own sleep cut is 0%, so nothing is cut and nothing is listed.
        Story story = shortNightsFollowedBy(2, 24).context(50, 5.0, 4, 3, 5.0);
        Assessment a = story.asOf(50);
        assertThat(a.today().adjustments()).isEmpty();
        assertThat(a.today().factor()).isEqualTo(1.0);
        var walk = a.activities().get(0);
        assertThat(walk.todayLevel()).isEqualTo(walk.currentLevel());
        assertThat(codes(walk.reasons())).doesNotContain(Code.TODAY_CUT, Code.TODAY_LEVEL);
        assertThat(a.plan()).allSatisfy(p -> assertThat(codes(p.notes())).doesNotContain(Code.LIGHTER_TODAY));
    }

    @Test
    void eachCauseIsListedAtMostOnceAndNoneAtZeroPercent() {
        Adjustment sleep = new Adjustment(Adjustment.Cause.SLEEP, -10, new TodayReason.PoorSleep(2));
        assertThatThrownBy(() -> new TodayFactor(0.8, List.of(sleep, sleep)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once");
        assertThatThrownBy(() -> new TodayFactor(1.0, List.of(new Adjustment(Adjustment.Cause.SLEEP, 0,
                new TodayReason.PoorSleep(2))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0%");
    }

    @Test
    void whenShortNightsAreFollowedByAPointWorseMorningTheDefaultStandsSinceTheEstimateIsNotClearOfIt() {
        // 1 point worse is the default's own size (10%): the person's estimate does not replace it.
        Story story = shortNightsFollowedBy(3, 24).context(50, 5.0, 4, 3, 5.0);
        Adjustment sleep = story.asOf(50).today().adjustments().get(0);
        assertThat(sleep.percent()).isEqualTo(-10);
        assertThat(sleep.reason().code()).isEqualTo(Code.SHORT_SLEEP);
    }

    @Test
    void belowTwentySessionsWithAFinalResponseTheDefaultCutsApply() {
        Story story = shortNightsFollowedBy(2, 18).context(50, 5.0, 4, 3, 5.0);
        Adjustment sleep = story.asOf(50).today().adjustments().get(0);
        assertThat(sleep.percent()).isEqualTo(-10);
        assertThat(sleep.reason().code()).isEqualTo(Code.SHORT_SLEEP);
    }

    @Test
    void aPersonalEstimateNeedsFiveSessionsOnEachSideOfTheCondition() {
        // 24 sessions, but only the first 4 after a short night: no estimate for sleep.
        Story story = Story.of().level(Activity.WALK, 1, 3, 30, 4).mornings(1, 60, 2);
        for (int i = 0; i < 24; i++) {
            int day = 2 + 2 * i;
            story.context(day, i < 4 ? 5.0 : 7.5, 4, 3, 5.0);
            story.sessionWithCheckIns(Activity.WALK, day, 30, 3, 2, 2, 2, 2);
        }
        story.context(50, 5.0, 4, 3, 5.0);
        assertThat(story.asOf(50).today().adjustments().get(0).percent()).isEqualTo(-10);
    }

    @Test
    void aSecondCheckInOfTheDayMuchWorseThanTheFirstMakesTodayLighter() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 1).daily(21, 1);
        assertThat(story.asOf(21).today().factor()).isEqualTo(1.0);
        story.daily(21, 4);
        Assessment a = story.asOf(21);
        assertThat(a.today().adjustments()).singleElement().satisfies(adj -> {
            assertThat(adj.cause()).isEqualTo(Adjustment.Cause.PAIN_TODAY);
            assertThat(adj.percent()).isEqualTo(-15);
            assertThat(adj.reason()).isEqualTo(new TodayReason.PainUpToday(4, 1.0));
        });
        // 30 min at effort 4, 15% lighter: effort 3 and 29 minutes.
        assertThat(a.activities().get(0).todayLevel().orElseThrow().rpeCap()).isEqualTo(3);
        assertThat(a.activities().get(0).todayLevel().orElseThrow().minutes()).hasValue(Minutes.of(29));
        assertThat(a.plan().get(0).minutes()).hasValue(Minutes.of(29));
    }

    @Test
    void todaysPainIsTheLatestByTheTimeItDescribesAn8At19CountsThoughA2From07ArrivedLater() {
        // Usual 1. The 19:00 check-in is entered first; the 07:00 one syncs late and arrives after it.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 1)
                .dailyAt(21, LocalTime.of(19, 0), 8).dailyAt(21, LocalTime.of(7, 0), 2);
        TodayFactor today = story.asOf(21).today();
        assertThat(today.pain().latest()).hasValue(Pain.of(8));
        assertThat(today.adjustments()).singleElement().satisfies(adj -> {
            assertThat(adj.cause()).isEqualTo(Adjustment.Cause.PAIN_TODAY);
            assertThat(adj.percent()).isEqualTo(-15);
            assertThat(adj.reason()).isEqualTo(new TodayReason.PainUpToday(8, 1.0));
        });
        assertThat(today.pain().tooHighToTrain()).isTrue();
        assertThat(today.pain().tooHighReason(true)).isEqualTo(new TodayReason.PainTooHighToTrain(8, 5.0, 20, 3, true));
    }

    @Test
    void todaysPainCountsInAnyWindowABeforeSessionSixIsTodaysPain() {
        // Usual 1; a 1/10 at 06:30, then 6/10 just before the 07:00 run.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 1)
                .dailyAt(21, LocalTime.of(6, 30), 1);
        String run = story.session(Activity.RUN, 21, 30, 4);
        story.checkIn(run, org.plimsoll.engine.checkin.CheckInWindow.BEFORE, 6);
        TodayFactor today = story.asOf(21).today();
        assertThat(today.pain().latest()).hasValue(Pain.of(6));
        assertThat(today.pain().usual()).hasValue(MeanPain.of(1.0));
        assertThat(today.adjustments()).extracting(Adjustment::reason)
                .containsExactly(new TodayReason.PainUpToday(6, 1.0));
        assertThat(today.factor()).isEqualTo(0.85);
        assertThat(today.pain().tooHighToTrain()).isTrue();
    }

    @Test
    void todaysPainTwoAboveTheUsualCutsFifteenPercentOneAboveDoesNot() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 2).daily(21, 3);
        TodayFactor oneAbove = story.asOf(21).today();
        assertThat(oneAbove.adjustments()).isEmpty();
        assertThat(oneAbove.pain().tooHighToTrain()).isFalse();
        story.daily(21, 4);
        TodayFactor twoAbove = story.asOf(21).today();
        assertThat(twoAbove.adjustments()).extracting(Adjustment::reason)
                .containsExactly(new TodayReason.PainUpToday(4, 2.0));
        assertThat(twoAbove.pain().tooHighToTrain()).isFalse();
    }

    @Test
    void withTheUsualPainUnknownTodaysPainCutsFromFive() {
        TodayFactor four = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(1, 4).asOf(1).today();
        assertThat(four.pain().usual()).isEmpty();
        assertThat(four.adjustments()).isEmpty();
        TodayFactor five = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(1, 5).asOf(1).today();
        assertThat(five.adjustments()).extracting(Adjustment::reason).containsExactly(new TodayReason.PainHighToday(5, 5));
        assertThat(five.factor()).isEqualTo(0.85);
        assertThat(five.pain().tooHighToTrain()).isTrue();
    }

    @Test
    void someoneWhoseUsualPainIsFiveOrMoreIsOfferedWalksAndMobilityOnlyUntilAClinicianSetsALevel() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 6).daily(21, 7);
        DayPain pain = story.asOf(21).today().pain();
        assertThat(pain.usual()).hasValue(MeanPain.of(6.0));
        assertThat(pain.usualHigh()).isTrue();
        assertThat(pain.walksAndMobilityOnly()).isTrue();
        assertThat(pain.usualHighReason()).isEqualTo(new TodayReason.UsualPainHigh(6.0, 5));
        assertThat(pain.tooHighToTrain()).isTrue();

        // The clinician sets a level on day 15: today's pain now counts as high from B + 2 = 8.
        story.clinician(new CareDecision.LevelSet(new Level(Activity.RUN, Story.day(15), 3, Optional.of(Minutes.of(20)),
                Optional.empty(), 3), "agreed a gentle start"));
        TodayFactor withLevel = story.asOf(21).today();
        assertThat(withLevel.pain().walksAndMobilityOnly()).isFalse();
        assertThat(withLevel.pain().highFrom()).isEqualTo(8.0);
        assertThat(withLevel.pain().tooHighToTrain()).isFalse();
        assertThat(withLevel.adjustments()).isEmpty();
        story.daily(21, 8);
        TodayFactor eight = story.asOf(21).today();
        assertThat(eight.pain().tooHighToTrain()).isTrue();
        assertThat(eight.pain().tooHighReason(true)).isEqualTo(new TodayReason.PainTooHighToTrain(8, 8.0, 20, 3, true));
        assertThat(eight.adjustments()).extracting(Adjustment::reason).containsExactly(new TodayReason.PainUpToday(8, 6.0));
    }

    @Test
    void usualPainBelowFiveIsNotWalksOnlyAndTodaysPainIsTooHighFromFive() {
        DayPain pain = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 4).daily(21, 5).asOf(21).today().pain();
        assertThat(pain.usualHigh()).isFalse();
        assertThat(pain.walksAndMobilityOnly()).isFalse();
        assertThat(pain.highFrom()).isEqualTo(5.0);
        assertThat(pain.tooHighToTrain()).isTrue();
        assertThatThrownBy(pain::usualHighReason).isInstanceOf(IllegalStateException.class);
    }
}
