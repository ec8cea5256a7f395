package org.plimsoll.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.context.HrvKind;

/** ENGINE.md sections 8 and 11: HRV, resting heart rate and readiness join the factors the insights test. */
class WearableInsightsTest {
    private static Insights insights(Story story, int day) {
        return story.asOf(day).insights();
    }

    @Test
    void lowerMorningHrvGoingWithWorseMorningsIsFoundPerTenMs() {
        // 36 sessions, the same run; on mornings of 40 ms (RMSSD) the next morning is 3, on 60 ms it is 2:
        // one point per 20 ms, half a point for each 10 ms lower.
        Story story = Story.of().daily(1, 2);
        for (int i = 0; i < 36; i++) {
            int day = 2 + 2 * i;
            boolean low = i % 2 == 0;
            story.daily(day, 2).morningMeasures(day, low ? 40.0 : 60.0, HrvKind.RMSSD, 55);
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, low ? 3 : 2);
        }
        Insights found = insights(story, 74);
        Insights.Factor hrv = found.nextMorning().stream().filter(f -> f.name().equals("heart-rate variability"))
                .findFirst().orElseThrow();
        assertThat(hrv.effect()).isCloseTo(0.5, within(0.01));
        assertThat(hrv.clear()).isTrue();
        // Resting heart rate never varied: it is left out, never shown as 0.
        assertThat(found.nextMorning()).extracting(Insights.Factor::name).doesNotContain("resting heart rate");
    }

    @Test
    void hrvOfAnotherKindThanTheLatestIsNotReadIntoTheSameFactor() {
        // The same pattern as above, but the low mornings were SDNN and the high ones RMSSD (two devices):
        // of the latest kind (RMSSD) every reading is 60, so HRV does not vary and is not estimated.
        Story story = Story.of().daily(1, 2);
        for (int i = 0; i < 36; i++) {
            int day = 2 + 2 * i;
            boolean low = i % 2 == 0;
            story.daily(day, 2).morningMeasures(day, low ? 40.0 : 60.0, low ? HrvKind.SDNN : HrvKind.RMSSD, null);
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, low ? 3 : 2);
        }
        assertThat(insights(story, 74).nextMorning()).extracting(Insights.Factor::name)
                .doesNotContain("heart-rate variability");
    }
}
