package org.plimsoll.engine.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.caseload.Attention;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;

/**
 * Issue 18's outcome measures: a check-up at the start and every 14 days (or as the clinician
 * chose), and the change that matters marked (ENGINE.md section 14): 2 points either way on the 0–10
 * pain scale, however low the start, 2 points on the function scale's average, 3 on a single activity.
 */
class OutcomesTest {

    private static Outcomes.Series series(History h, int day, Outcomes.Measure measure) {
        return Outcomes.series(h, Story.day(day)).stream().filter(s -> s.measure() == measure).findFirst().orElseThrow();
    }

    @Test
    void aCheckUpIsDueAtTheStartThenEveryFourteenDaysOrAsTheClinicianChose() {
        Story story = Story.of();
        assertThat(Outcomes.due(story.history(), Story.day(1))).as("at the start").isTrue();
        story.checkUp(1, 5, "gardening", 4);
        assertThat(Outcomes.due(story.history(), Story.day(14))).isFalse();
        assertThat(Outcomes.nextDue(story.history(), Story.day(14))).isEqualTo(Story.day(15));
        assertThat(Outcomes.due(story.history(), Story.day(15))).isTrue();
        story.clinician(new CareDecision.CheckUpsEvery(28, Story.day(2), "steady for now"));
        assertThat(Outcomes.nextDue(story.history(), Story.day(15))).isEqualTo(Story.day(29));
    }

    private static Outcomes.Change painChange(int first, int latest) {
        return series(Story.of().checkUp(1, first).checkUp(15, latest).history(), 15, Outcomes.Measure.WEEKLY_PAIN)
                .change().orElseThrow();
    }

    @Test
    void aChangeThatMattersIsTwoPointsOfPainInEitherDirection() {
        Outcomes.Change fiveToSeven = painChange(5, 7);
        assertThat(fiveToSeven.matters()).isTrue();
        assertThat(fiveToSeven.worse()).isTrue();
        Outcomes.Change eightToSix = painChange(8, 6);
        assertThat(eightToSix.matters()).isTrue();
        assertThat(eightToSix.worse()).as("lower pain is better").isFalse();
        assertThat(painChange(3, 5).matters()).as("2 points from a low start").isTrue();
        assertThat(painChange(2, 0).matters()).as("2 points better from a low start").isTrue();
        assertThat(painChange(5, 4).matters()).as("1 point, 20%").isFalse();
    }

    @Test
    void aOnePointChangeOfPainNeverMattersHoweverLowTheStart() {
        assertThat(painChange(3, 2).matters()).as("3 → 2 is 33% but 1 point").isFalse();
        assertThat(painChange(2, 3).matters()).as("2 → 3 is 50% but 1 point").isFalse();
        assertThat(painChange(1, 0).matters()).as("1 → 0 is 100% but 1 point").isFalse();
        assertThat(painChange(3, 4).matters()).isFalse();
    }

    @Test
    void thirtyPercentNeverMakesAChangeBelowTwoPointsCountFromAStartOfFourOrMore() {
        assertThat(painChange(4, 3).matters()).as("25%, 1 point").isFalse();
        assertThat(painChange(4, 6).matters()).as("2 points").isTrue();
        assertThat(painChange(10, 9).matters()).as("10%, 1 point").isFalse();
        assertThat(painChange(10, 8).matters()).isTrue();
    }

    @Test
    void aOnePointRiseOfPainDoesNotPutThePersonOnTheClinicianCaseload() {
        for (int[] firstLatest : new int[][] {{2, 3}, {3, 4}, {0, 1}}) {
            History h = Story.of().checkUp(1, firstLatest[0]).checkUp(15, firstLatest[1]).history();
            Attention.Needs needs = Attention.of(org.plimsoll.engine.assessment.Assessment.derivedFrom(h, Story.day(15)), h,
                    Story.day(15));
            assertThat(needs.reasons()).as(firstLatest[0] + " → " + firstLatest[1]).extracting(Reason::code)
                    .doesNotContain(Code.CARE_OUTCOME_WORSE);
        }
        History twoUp = Story.of().checkUp(1, 2).checkUp(15, 4).history();
        assertThat(Attention.of(org.plimsoll.engine.assessment.Assessment.derivedFrom(twoUp, Story.day(15)), twoUp,
                Story.day(15)).reasons()).extracting(Reason::code).contains(Code.CARE_OUTCOME_WORSE);
    }

    @Test
    void functionMattersFromTwoPointsOnTheAverageOrThreeOnOneActivity() {
        History h = Story.of().checkUp(1, null, "gardening", 6, "lifting my child", 6)
                .checkUp(15, null, "gardening", 3, "lifting my child", 7).history();
        Outcomes.Change average = series(h, 15, Outcomes.Measure.FUNCTION).change().orElseThrow();
        assertThat(average.from()).isEqualTo(6.0);
        assertThat(average.to()).isEqualTo(5.0);
        assertThat(average.matters()).as("1 point on the average").isFalse();
        List<Outcomes.Series> activities = Outcomes.series(h, Story.day(15)).stream()
                .filter(s -> s.measure() == Outcomes.Measure.FUNCTION_ACTIVITY).toList();
        assertThat(activities).extracting(Outcomes.Series::activity).containsExactly("gardening", "lifting my child");
        assertThat(activities.get(0).change().orElseThrow().matters()).as("3 points down on gardening").isTrue();
        assertThat(activities.get(0).change().orElseThrow().worse()).isTrue();
        assertThat(activities.get(1).change().orElseThrow().matters()).isFalse();
        History twoDown = Story.of().checkUp(1, null, "gardening", 6, "running", 6)
                .checkUp(15, null, "gardening", 4, "running", 4).history();
        assertThat(series(twoDown, 15, Outcomes.Measure.FUNCTION).change().orElseThrow().matters()).isTrue();
    }

    @Test
    void aMeasureThatGotClinicallyWorseNeedsTheClinician() {
        History h = Story.of().checkUp(1, 3, "gardening", 7).checkUp(15, 6, "gardening", 6).history();
        Attention.Needs needs = Attention.of(org.plimsoll.engine.assessment.Assessment.derivedFrom(h, Story.day(15)), h,
                Story.day(15));
        var worse = Story.first(needs.reasons(), CareReason.CareOutcomeWorse.class);
        assertThat(worse.measure()).isEqualTo(Outcomes.Measure.WEEKLY_PAIN);
        assertThat(worse.from()).isEqualTo(3.0);
        assertThat(worse.to()).isEqualTo(6.0);
        assertThat(needs.reasons()).as("gardening fell 1 point only").hasSize(1);
        assertThat(needs.most()).isEqualTo(org.plimsoll.engine.caseload.Attention.Concern.MORNINGS_MISSING_OR_OUTCOME_WORSE);
    }

    @Test
    void aSecondCheckUpBeforeTheNextIsDueReplacesTheFirstOfItsPeriod() {
        History firstOnly = Story.of().checkUp(1, 3).history();
        // Minutes later, or on day 14, the check-up of day 1 is this period's: a new one replaces it.
        assertThat(Outcomes.replacedOn(firstOnly, Story.day(1))).map(c -> c.date()).hasValue(Story.day(1));
        assertThat(Outcomes.replacedOn(firstOnly, Story.day(14))).map(c -> c.date()).hasValue(Story.day(1));
        // On day 15 the next is due: a new check-up is the next period's, and replaces nothing.
        assertThat(Outcomes.replacedOn(firstOnly, Story.day(15))).isEmpty();
        assertThat(Outcomes.replacedOn(Story.of().history(), Story.day(1))).as("the very first").isEmpty();
    }
}
