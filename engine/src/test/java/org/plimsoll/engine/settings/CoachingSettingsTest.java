package org.plimsoll.engine.settings;

import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.profile.Irritability;
import java.util.Optional;
import org.plimsoll.engine.unit.Distance;

/** The engine honours each coaching setting (every *(default)* of ENGINE.md), within its range. */
class CoachingSettingsTest {
    static final CoachingSettings D = CoachingSettings.DEFAULT;

    private static ActivityAssessment run(Assessment a) {
        return a.activities().stream().filter(x -> x.activity() == Activity.RUN).findFirst().orElseThrow();
    }

    private static Story threeGreenRunsAWeek(CoachingSettings settings) {
        Story story = Story.of().settings(settings).level(Activity.RUN, 1, 3, 30, 4);
        for (int day : new int[] {1, 3, 5, 8, 10, 12, 14}) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, 2);
        }
        return story;
    }

    @Test
    void theDefaultsAreThoseOfTheRulebook() {
        assertThat(D.holdDays()).isEqualTo(14);
        assertThat(D.progressionStepPercent()).isEqualTo(10);
        assertThat(D.flareVolumePercent()).isEqualTo(70);
        assertThat(D.flareFurtherCutPercent()).isEqualTo(15);
        assertThat(D.baselineDiscount(Irritability.MODERATE)).isEqualTo(0.15);
        assertThat(D.breakDays()).isEqualTo(21);
    }

    @Test
    void aLongerHoldConfirmsLater() {
        CoachingSettings hold21 = new CoachingSettings(21, 10, 70, 15, Optional.empty());
        assertThat(run(threeGreenRunsAWeek(D).asOf(15)).state()).isEqualTo(LevelState.PROGRESS);
        Story longer = threeGreenRunsAWeek(hold21);
        assertThat(run(longer.asOf(15)).state()).isEqualTo(LevelState.HOLD);
        longer.sessionWithCheckIns(Activity.RUN, 16, 30, 4, 2, 2, 2, 2);
        longer.sessionWithCheckIns(Activity.RUN, 19, 30, 4, 2, 2, 2, 2);
        assertThat(run(longer.asOf(22)).state()).isEqualTo(LevelState.PROGRESS);
    }

    @Test
    void aLargerStepRaisesMinutesFurther() {
        CoachingSettings step15 = new CoachingSettings(14, 15, 70, 15, Optional.empty());
        assertThat(run(threeGreenRunsAWeek(D).asOf(15)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(33));
        // 30 × 1.15 = 34.5, rounded to 35.
        assertThat(run(threeGreenRunsAWeek(step15).asOf(15)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(35));
    }

    @Test
    void theFlareVolumeAndItsFurtherCutFollowTheSettings() {
        CoachingSettings sixty = new CoachingSettings(14, 10, 60, 20, Optional.empty());
        Story story = Story.of().settings(sixty).level(Activity.RUN, 1, 3, 30, 5).mornings(1, 9, 2);
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 5, 2, 3, 3, 5); // flare from day 11
        assertThat(run(story.asOf(12)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(18)); // 60% of 30
        String late = story.session(Activity.RUN, 19, 15, 4);
        story.checkIn(late, CheckInWindow.DURING, 3, true);
        assertThat(run(story.asOf(19)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(12)); // 40% of 30
    }

    @Test
    void anOwnBaselineDiscountReplacesTheOneIrritabilitySets() {
        List<BaselineTest> tests = List.of(new BaselineTest(Activity.RUN, Story.day(1),
                Optional.of(Distance.ofKm(2.5)), Optional.empty(), Optional.empty()));
        assertThat(Pacing.baselines(tests, Story.day(1), Irritability.MODERATE, D).get(Activity.RUN).baselineKm())
                .hasValue(Distance.ofKm(2.125));
        CoachingSettings twenty = new CoachingSettings(14, 10, 70, 15, Optional.of(Percent.of(20)));
        assertThat(Pacing.baselines(tests, Story.day(1), Irritability.MODERATE, twenty).get(Activity.RUN).baselineKm())
                .hasValue(Distance.ofKm(2.0));
    }

    @Test
    void aValueOutsideItsRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> new CoachingSettings(22, 10, 70, 15, Optional.empty()))
                .hasMessage("holdDays must be from 14 to 21, was 22");
        assertThatThrownBy(() -> new CoachingSettings(14, 9, 70, 15, Optional.empty()))
                .hasMessage("progressionStepPercent must be from 10 to 15, was 9");
        assertThatThrownBy(() -> new CoachingSettings(14, 10, 85, 15, Optional.empty()))
                .hasMessage("flareVolumePercent must be from 60 to 80, was 85");
        assertThatThrownBy(() -> new CoachingSettings(14, 10, 70, 25, Optional.empty()))
                .hasMessage("flareFurtherCutPercent must be from 10 to 20, was 25");
        assertThatThrownBy(() -> new CoachingSettings(14, 10, 70, 15, Optional.of(Percent.of(5))))
                .hasMessage("baselineDiscountPercent must be from 10 to 20, was 5");
        assertThatThrownBy(() -> D.with(CoachingSettings.Setting.BREAK_DAYS, 29))
                .hasMessage("breakDays must be from 14 to 28, was 29");
        assertThatThrownBy(() -> D.with(CoachingSettings.Setting.WEEKLY_GUARD_PERCENT, 120))
                .hasMessage("weeklyGuardPercent must be from 105 to 115, was 120");
        assertThat(D.weeklyGuardPercent()).isEqualTo(110);
    }

    @Test
    void aShorterBreakSettingLightensTheLevelSooner() {
        // Confirmed 3 × 30 at effort 4 by day 15; last run on day 14. With breakDays 14 the level is
        // lighter from day 29 (14 days without a run); with the default 21, not until day 36.
        CoachingSettings fortnight = D.with(CoachingSettings.Setting.BREAK_DAYS, 14);
        assertThat(run(threeGreenRunsAWeek(fortnight).asOf(29)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(21));
        assertThat(run(threeGreenRunsAWeek(D).asOf(29)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(33));
        assertThat(run(threeGreenRunsAWeek(D).asOf(36)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(21));
    }
}
