package org.plimsoll.engine.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.level.Dose;

/** ENGINE.md section 8: today's factor and how the cut is taken. */
class TodayRulesTest {
    private static final Dose THIRTY_AT_RPE_4 = new Dose(3, OptionalInt.of(30), OptionalDouble.empty(), 4, Optional.empty());

    @Test
    void theWorkedExample30MinutesAtRpe4WithFactor0Point8IsRpe3And27Minutes() {
        Dose today = new TodayFactor(0.8, java.util.List.of()).applyTo(THIRTY_AT_RPE_4);
        assertThat(today.rpeCap()).isEqualTo(3);
        assertThat(today.minutes()).hasValue(27);
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
        assertThat(run.todayLevel().orElseThrow().minutes()).hasValue(27);
        assertThat(run.reasons()).anyMatch(r -> r.contains("SLEEP") && r.contains("5.5 h"));
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
        Dose atThree = new Dose(3, OptionalInt.of(40), OptionalDouble.empty(), 3, Optional.empty());
        Dose today = new TodayFactor(0.8, java.util.List.of()).applyTo(atThree);
        assertThat(today.rpeCap()).isEqualTo(3);
        assertThat(today.minutes()).hasValue(32);
    }
}
