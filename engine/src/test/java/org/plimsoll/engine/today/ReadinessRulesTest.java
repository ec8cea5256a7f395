package org.plimsoll.engine.today;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.settings.CoachingSettings;

/** ENGINE.md section 8, "Readiness": a watch or ring's HRV or resting heart rate moves today's dose. */
class ReadinessRulesTest {
    private static final int TODAY = 60;

    /** Mornings {@code from}–{@code to} alternating 60 and 50 ms: a usual range around 55 ms. */
    private static Story usualHrv(Story story, int from, int to, HrvKind kind) {
        for (int d = from; d <= to; d++) {
            story.morningMeasures(d, d % 2 == 1 ? 60.0 : 50.0, kind, null);
        }
        return story;
    }

    private static Story hrv(Story story, int from, int to, double ms, HrvKind kind) {
        for (int d = from; d <= to; d++) {
            story.morningMeasures(d, ms, kind, null);
        }
        return story;
    }

    /** Mornings {@code from}–{@code to} alternating 50 and 54 beats a minute. */
    private static Story usualResting(Story story, int from, int to) {
        for (int d = from; d <= to; d++) {
            story.morningMeasures(d, null, null, d % 2 == 1 ? 50 : 54);
        }
        return story;
    }

    @Test
    void readinessHrvWeekBelowSixtyDayMeanMinusHalfSdCutsTenPercent() {
        // 53 mornings at 60/50 ms then a week at 40 ms: the usual range starts at 49.5 ms, the week is at 40.
        Story story = hrv(usualHrv(Story.of(), 1, 53, HrvKind.RMSSD), 54, 60, 40, HrvKind.RMSSD);
        TodayFactor today = story.asOf(TODAY).today();
        assertThat(today.factor()).isEqualTo(0.9);
        assertThat(today.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.cause()).isEqualTo(Adjustment.Cause.READINESS);
            assertThat(a.percent()).isEqualTo(-10);
            assertThat(a.reason()).isEqualTo(new TodayReason.HrvBelowUsual(40.0, 49.5, HrvKind.RMSSD));
        });
    }

    @Test
    void readinessHrvWeekWithinTheUsualRangeCutsNothing() {
        Story story = usualHrv(Story.of(), 1, 60, HrvKind.RMSSD);
        assertThat(story.asOf(TODAY).today().adjustments()).isEmpty();
    }

    @Test
    void readinessNeedsHrvOnAtLeast21OfTheLast60Days() {
        // 13 usual mornings and a low week: 20 mornings of HRV are too few to know the usual range.
        Story twenty = hrv(usualHrv(Story.of(), 41, 53, HrvKind.RMSSD), 54, 60, 40, HrvKind.RMSSD);
        assertThat(twenty.asOf(TODAY).today().adjustments()).isEmpty();
        Story twentyOne = hrv(usualHrv(Story.of(), 40, 53, HrvKind.RMSSD), 54, 60, 40, HrvKind.RMSSD);
        assertThat(twentyOne.asOf(TODAY).today().adjustments()).extracting(Adjustment::cause)
                .containsExactly(Adjustment.Cause.READINESS);
    }

    @Test
    void readinessHrvOfMorningsOlderThan60DaysIsNotTheUsualRange() {
        // The usual mornings are days 1–53; as of day 113 they are out of the window, and the low week alone is not 21.
        Story story = hrv(usualHrv(Story.of(), 1, 53, HrvKind.RMSSD), 107, 113, 40, HrvKind.RMSSD);
        assertThat(story.asOf(113).today().adjustments()).isEmpty();
    }

    @Test
    void readinessRmssdAndSdnnNeverShareABaseline() {
        // The same numbers as the cutting case, but the usual mornings were SDNN (an Apple watch) and the
        // low week RMSSD (a ring): 7 RMSSD mornings are no usual range, and SDNN is not compared with them.
        Story story = hrv(usualHrv(Story.of(), 1, 53, HrvKind.SDNN), 54, 60, 40, HrvKind.RMSSD);
        assertThat(story.asOf(TODAY).today().adjustments()).isEmpty();
    }

    @Test
    void readinessHrvWeekNeedsFourOfItsSevenMornings() {
        Story three = hrv(usualHrv(Story.of(), 1, 53, HrvKind.RMSSD), 58, 60, 40, HrvKind.RMSSD);
        assertThat(three.asOf(TODAY).today().adjustments()).isEmpty();
        Story four = hrv(usualHrv(Story.of(), 1, 53, HrvKind.RMSSD), 57, 60, 40, HrvKind.RMSSD);
        assertThat(four.asOf(TODAY).today().factor()).isEqualTo(0.9);
    }

    @Test
    void readinessWithoutHrvRestingHeartRateAboveMeanPlusOneSdOnTwoMorningsRunningCutsTenPercent() {
        // 58 mornings at 50/54 then two at 60: the usual range ends at 54.7 beats a minute.
        Story story = usualResting(Story.of(), 1, 58).morningMeasures(59, null, null, 60)
                .morningMeasures(60, null, null, 60);
        TodayFactor today = story.asOf(TODAY).today();
        assertThat(today.factor()).isEqualTo(0.9);
        assertThat(today.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.cause()).isEqualTo(Adjustment.Cause.READINESS);
            assertThat(a.reason()).isEqualTo(new TodayReason.RestingHeartRateUp(60, 60, 54.7));
        });
    }

    @Test
    void readinessRestingHeartRateHighOnOneMorningOnlyCutsNothing() {
        Story story = usualResting(Story.of(), 1, 59).morningMeasures(60, null, null, 60);
        assertThat(story.asOf(TODAY).today().adjustments()).isEmpty();
        // Two high mornings with a day between them are not two mornings running.
        Story gap = usualResting(Story.of(), 1, 57).morningMeasures(58, null, null, 60)
                .morningMeasures(60, null, null, 60);
        assertThat(gap.asOf(TODAY).today().adjustments()).isEmpty();
    }

    @Test
    void readinessTakesOneCutAtMostWhenHrvAndRestingHeartRateBothSaySo() {
        // Each morning has both: HRV as in the cutting case, resting heart rate 50/54 then 60 on the last two.
        Story story = Story.of();
        for (int d = 1; d <= TODAY; d++) {
            story.morningMeasures(d, d >= 54 ? 40.0 : d % 2 == 1 ? 60.0 : 50.0, HrvKind.RMSSD,
                    d >= 59 ? 60 : d % 2 == 1 ? 50 : 54);
        }
        assertThat(Readiness.why(new org.plimsoll.engine.history.AsOf(story.history(), Story.day(TODAY)), Story.day(TODAY)))
                .containsInstanceOf(TodayReason.HrvBelowUsual.class);
        TodayFactor today = story.asOf(TODAY).today();
        assertThat(today.adjustments()).extracting(Adjustment::cause).containsExactly(Adjustment.Cause.READINESS);
        assertThat(today.factor()).isEqualTo(0.9);
    }

    @Test
    void readinessTurnedOffByTheSettingCutsNothing() {
        Story story = hrv(usualHrv(Story.of(), 1, 53, HrvKind.RMSSD), 54, 60, 40, HrvKind.RMSSD)
                .settings(CoachingSettings.DEFAULT.with(CoachingSettings.Setting.READINESS_CUT_PERCENT, 0));
        assertThat(story.asOf(TODAY).today().adjustments()).isEmpty();
        assertThat(story.asOf(TODAY).today().factor()).isEqualTo(1.0);
    }
}
