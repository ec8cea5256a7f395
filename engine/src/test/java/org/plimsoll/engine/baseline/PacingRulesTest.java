package org.plimsoll.engine.baseline;

import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Ratio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.pacing.PacingChart;
import org.plimsoll.engine.profile.Irritability;
import java.util.Optional;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;

/** ENGINE.md section 5: baselines from baseline tests, less the irritability discount. */
class PacingRulesTest {
    private static Pacing.Baseline baseline(double onset, Irritability irritability) {
        return Pacing.baselines(List.of(new BaselineTest(Activity.RUN, Story.day(1), Optional.of(Distance.ofKm(onset)),
                Optional.empty(), Optional.empty())), Story.day(1), irritability,
                org.plimsoll.engine.settings.CoachingSettings.DEFAULT).get(Activity.RUN);
    }

    @Test
    void painStartingAt2Point5GivesBaselines2Point25And2Point125And2() {
        assertThat(baseline(2.5, Irritability.LOW).baselineKm()).hasValue(Distance.ofKm(2.25));
        assertThat(baseline(2.5, Irritability.MODERATE).baselineKm()).hasValue(Distance.ofKm(2.125));
        assertThat(baseline(2.5, Irritability.HIGH).baselineKm()).hasValue(Distance.ofKm(2.0));
    }

    @Test
    void upToThreeLatestTestsAreAveraged() {
        List<BaselineTest> tests = List.of(
                new BaselineTest(Activity.WALK, Story.day(1), Optional.empty(), Optional.of(ExactMinutes.of(10)), Optional.empty()),
                new BaselineTest(Activity.WALK, Story.day(2), Optional.empty(), Optional.of(ExactMinutes.of(20)), Optional.empty()),
                new BaselineTest(Activity.WALK, Story.day(3), Optional.empty(), Optional.of(ExactMinutes.of(22)), Optional.empty()),
                new BaselineTest(Activity.WALK, Story.day(4), Optional.empty(), Optional.of(ExactMinutes.of(24)), Optional.empty()));
        Pacing.Baseline b = Pacing.baselines(tests, Story.day(4), Irritability.MODERATE, org.plimsoll.engine.settings.CoachingSettings.DEFAULT).get(Activity.WALK);
        assertThat(b.toleranceMinutes()).hasValue(ExactMinutes.of(22.0));
        assertThat(b.baselineMinutes()).hasValue(ExactMinutes.of(18.7));
        assertThat(b.tests()).isEqualTo(3);
    }

    @Test
    void theScenarioExampleFourKilometresAtModerateIsThreePointFour() {
        assertThat(baseline(4.0, Irritability.MODERATE).baselineKm()).hasValue(Distance.ofKm(3.4));
    }

    @Test
    void aTestStartsTheLevelAtThreeEasySessionsOfTheBaseline() {
        Story story = Story.of().baselineTest(Activity.RUN, 1, 4.0, 24);
        var run = story.asOf(2).activities().get(0);
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(20)); // 24 × 0.85 = 20.4
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
    }

    @Test
    void theChartShowsTheRunLevelAsTargetAndCountsSessionsInsideItWeekByWeek() {
        Story story = Story.of().baselineTest(Activity.RUN, 1, 4.0, 24).level(Activity.RUN, 1, 3, 30, 4);
        story.sessionWithCheckIns(Activity.RUN, 9, 30, 4, 2, 2, 2, 2);   // inside: at the level
        story.sessionWithCheckIns(Activity.RUN, 11, 33, 4, 2, 2, 2, 2);  // inside: 110% of 30
        story.sessionWithCheckIns(Activity.RUN, 23, 40, 4, 2, 2, 2, 2);  // over: 133%
        story.sessionWithCheckIns(Activity.RUN, 25, 30, 6, 2, 2, 2, 2);  // over: RPE 6 above the cap of 4
        // As of day 28, the four weeks are days 1–7, 8–14, 15–21 and 22–28.
        PacingChart.Row run = row(story.asOf(28), Activity.RUN);

        assertThat(run.baseline().orElseThrow().toleranceKm()).hasValue(Distance.ofKm(4.0));
        assertThat(run.baseline().orElseThrow().baselineKm()).hasValue(Distance.ofKm(3.4));
        assertThat(run.target().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(run.target().orElseThrow().rpeCap()).hasValue(Effort.of(4));
        assertThat(run.target().orElseThrow().source()).isEqualTo(PacingChart.Target.Source.LEVEL);
        assertThat(run.weeks()).extracting(PacingChart.Week::sessions).containsExactly(0, 2, 0, 2);
        assertThat(run.weeks()).extracting(PacingChart.Week::withinTarget).containsExactly(0, 2, 0, 0);
        assertThat(run.weeks().get(0).from()).isEqualTo(Story.day(1));
        assertThat(run.weeks().get(3).to()).isEqualTo(Story.day(28));
        assertThat(run.weeks().get(1).share()).hasValue(Ratio.of(1.0));
        assertThat(run.weeks().get(0).share()).isEmpty();
    }

    @Test
    void sittingIsPacedAgainstItsBaselineAndLoggedStretchesCountAsAdherence() {
        // Pain starts after 50 minutes of sitting; MODERATE irritability: baseline 42.5, target 43 minutes.
        Story story = Story.of().baselineTest(Activity.SITTING, 1, 50);
        story.session(Activity.SITTING, 20, 40, 0);
        story.session(Activity.SITTING, 21, 60, 0);
        PacingChart.Row sitting = row(story.asOf(28), Activity.SITTING);

        assertThat(sitting.baseline().orElseThrow().baselineMinutes()).hasValue(ExactMinutes.of(42.5));
        assertThat(sitting.target().orElseThrow().minutes()).hasValue(Minutes.of(43));
        assertThat(sitting.target().orElseThrow().source()).isEqualTo(PacingChart.Target.Source.BASELINE);
        assertThat(sitting.weeks().get(2).sessions()).isEqualTo(2);
        assertThat(sitting.weeks().get(2).withinTarget()).isEqualTo(1);
        assertThat(story.asOf(28).activities()).extracting(a -> a.activity()).doesNotContain(Activity.SITTING);
    }

    private static PacingChart.Row row(org.plimsoll.engine.assessment.Assessment a, Activity activity) {
        return a.pacing().stream().filter(r -> r.activity() == activity).findFirst().orElseThrow();
    }
}
