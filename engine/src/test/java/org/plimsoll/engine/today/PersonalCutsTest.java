package org.plimsoll.engine.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.response.Responses;

/**
 * ENGINE.md section 8: a person's own estimate replaces a default cut only where its interval is
 * clear of the default's effect (1 point for sleep and stress, half a point for sitting).
 */
class PersonalCutsTest {

    /**
     * 24 walks every other day, every other one on a day of stress 8; {@code afterStress[k]} is the
     * next morning after the k-th stressful day (cycled), the others a morning of 2 (usual pain 2).
     */
    private static Map<Adjustment.Cause, PersonalCuts.Estimate> stressfulDaysFollowedBy(int... afterStress) {
        Story story = Story.of().level(Activity.WALK, 1, 3, 30, 4).mornings(1, 60, 2);
        for (int i = 0; i < 24; i++) {
            int day = 2 + 2 * i;
            boolean stressful = i % 2 == 1;
            story.context(day, 7.5, 4, stressful ? 8 : 3, 5.0);
            story.sessionWithCheckIns(Activity.WALK, day, 30, 3, 2, 2, 2,
                    stressful ? afterStress[(i / 2) % afterStress.length] : 2);
        }
        AsOf asOf = new AsOf(story.history(), Story.day(50));
        return PersonalCuts.of(asOf, Responses.classify(asOf));
    }

    @Test
    void aPersonalCutReplacesTheDefaultOnlyWhereItsIntervalIsClearOfTheDefault() {
        // Issue 25: "the morning after such a day has been 0.1 points better … so today's cut is 0%".
        // Twelve mornings after stress between 0 and 4, averaging 1.9 (0.1 points better than the 2 of
        // other days) but spread so wide that the interval reaches past 1 point: the default 10% stands.
        assertThat(stressfulDaysFollowedBy(0, 4, 0, 4, 0, 4, 0, 4, 1, 4, 0, 2))
                .doesNotContainKey(Adjustment.Cause.STRESS);
        // The same average from mornings of 1, 2 and 3 only is clear of 1 point: their own cut, 0%.
        assertThat(stressfulDaysFollowedBy(2, 2, 1, 3, 2, 2, 1, 3, 2, 2, 2, 1).get(Adjustment.Cause.STRESS))
                .satisfies(e -> {
                    assertThat(e.difference()).isEqualTo(-0.08);
                    assertThat(e.high()).isLessThan(1.0);
                    assertThat(e.percent()).isZero();
                });
    }

    @Test
    void anEstimateClearlyBelowTheDefaultIsTheirOwnCutOfZeroWhichIsNoCut() {
        // Always 2, as on other days: 0 points worse, interval about ±0.2, clear of 1 point.
        PersonalCuts.Estimate stress = stressfulDaysFollowedBy(2).get(Adjustment.Cause.STRESS);
        assertThat(stress.percent()).isZero();
        assertThat(stress.noCut()).isTrue();
        assertThat(stress.high()).isLessThan(1.0);
        assertThat(stress.withCondition()).isEqualTo(12);
        assertThat(stress.without()).isEqualTo(12);
    }

    @Test
    void anEstimateTheSizeOfTheDefaultLeavesTheDefault() {
        // Always 3 after stress: 1 point worse, which is the default's own size.
        assertThat(stressfulDaysFollowedBy(3)).doesNotContainKey(Adjustment.Cause.STRESS);
    }

    @Test
    void anEstimateClearlyAboveTheDefaultCutsMoreUpToTwentyPercent() {
        // 3 and 4 in turn after stress: 1.5 points worse, interval about 1.2–1.8, above 1 point: 15%.
        PersonalCuts.Estimate stress = stressfulDaysFollowedBy(3, 4).get(Adjustment.Cause.STRESS);
        assertThat(stress.difference()).isEqualTo(1.5);
        assertThat(stress.low()).isGreaterThan(1.0);
        assertThat(stress.percent()).isEqualTo(15);
        assertThat(stress.noCut()).isFalse();
        // 5 after stress: 3 points worse, capped at 20%.
        assertThat(stressfulDaysFollowedBy(5).get(Adjustment.Cause.STRESS).percent()).isEqualTo(20);
    }

    @Test
    void theDefaultsAreOnePointForSleepAndStressAndHalfAPointForSitting() {
        assertThat(PersonalCuts.defaultPercent(Adjustment.Cause.SLEEP)).isEqualTo(10);
        assertThat(PersonalCuts.defaultPercent(Adjustment.Cause.STRESS)).isEqualTo(10);
        assertThat(PersonalCuts.defaultPercent(Adjustment.Cause.SITTING)).isEqualTo(5);
    }
}
