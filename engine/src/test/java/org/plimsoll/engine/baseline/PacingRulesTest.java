package org.plimsoll.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.profile.Irritability;

/** ENGINE.md section 5: baselines from baseline tests, less the irritability discount. */
class PacingRulesTest {
    private static Pacing.Baseline baseline(double onset, Irritability irritability) {
        return Pacing.baselines(List.of(new BaselineTest(Activity.RUN, Story.day(1), OptionalDouble.of(onset),
                OptionalDouble.empty(), OptionalInt.empty())), Story.day(1), irritability).get(Activity.RUN);
    }

    @Test
    void painStartingAt2Point5GivesBaselines2Point25And2Point125And2() {
        assertThat(baseline(2.5, Irritability.LOW).baselineKm()).hasValue(2.25);
        assertThat(baseline(2.5, Irritability.MODERATE).baselineKm()).hasValue(2.125);
        assertThat(baseline(2.5, Irritability.HIGH).baselineKm()).hasValue(2.0);
    }

    @Test
    void upToThreeLatestTestsAreAveraged() {
        List<BaselineTest> tests = List.of(
                new BaselineTest(Activity.WALK, Story.day(1), OptionalDouble.empty(), OptionalDouble.of(10), OptionalInt.empty()),
                new BaselineTest(Activity.WALK, Story.day(2), OptionalDouble.empty(), OptionalDouble.of(20), OptionalInt.empty()),
                new BaselineTest(Activity.WALK, Story.day(3), OptionalDouble.empty(), OptionalDouble.of(22), OptionalInt.empty()),
                new BaselineTest(Activity.WALK, Story.day(4), OptionalDouble.empty(), OptionalDouble.of(24), OptionalInt.empty()));
        Pacing.Baseline b = Pacing.baselines(tests, Story.day(4), Irritability.MODERATE).get(Activity.WALK);
        assertThat(b.toleranceMinutes()).hasValue(22.0);
        assertThat(b.baselineMinutes()).hasValue(18.7);
        assertThat(b.tests()).isEqualTo(3);
    }

    @Test
    void theScenarioExampleFourKilometresAtModerateIsThreePointFour() {
        assertThat(baseline(4.0, Irritability.MODERATE).baselineKm()).hasValue(3.4);
    }

    @Test
    void aTestStartsTheLevelAtThreeEasySessionsOfTheBaseline() {
        Story story = Story.of().baselineTest(Activity.RUN, 1, 4.0, 24);
        var run = story.asOf(2).activities().get(0);
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(3);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(20); // 24 × 0.85 = 20.4
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
    }
}
