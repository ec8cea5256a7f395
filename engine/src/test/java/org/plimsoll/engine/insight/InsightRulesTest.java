package org.plimsoll.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.reason.InsightReason;
import org.plimsoll.engine.today.StudentT;

/** ENGINE.md section 11: personal insights, only when the data can support them. */
class InsightRulesTest {

    /** One session as a test tells it: minutes, effort and next-morning pain (usual pain 2). */
    record Day(int minutes, int effort, int morning) {
    }

    /**
     * {@code n} sessions of an activity every other day from day 2, with a morning of 2 on day 1 and
     * on each session's day, so that the usual morning pain stays 2.
     */
    private static Story sessions(Activity activity, int n, IntFunction<Day> day) {
        Story story = Story.of().daily(1, 2);
        for (int i = 0; i < n; i++) {
            Day d = day.apply(i);
            story.daily(2 + 2 * i, 2);
            story.sessionWithCheckIns(activity, 2 + 2 * i, d.minutes(), d.effort(), 2, 2, 2, d.morning());
        }
        return story;
    }

    private static Insights insights(Story story, int sessions) {
        return story.asOf(2 + 2 * sessions + 1).insights();
    }

    @Test
    void belowTwentySessionsItSaysHowManyMoreWouldHelp() {
        Story story = Story.of();
        for (int i = 0; i < 12; i++) {
            story.sessionWithCheckIns(Activity.RUN, 1 + 2 * i, 30, 4, 2, 2, 2, 2);
        }
        Insights insights = story.asOf(30).insights();
        assertThat(insights.enoughData()).isFalse();
        // The first session has no earlier morning to compare its next morning with: 11 count.
        assertThat(insights.sessionsUsed()).isEqualTo(11);
        assertThat(insights.sessionsNeeded()).isEqualTo(9);
        assertThat(insights.statements()).containsExactly(new InsightReason.InsightsNeedSessions(9));
    }

    @Test
    void aFactorIsEstimatedOnlyWhereItVariesWithFiveSessionsAtEachEndAUnitApart() {
        // Issue 25: 30 runs of 30 min at effort 4 and one harder run (effort 5, a morning of 3) gave
        // "0.5 points worse (likely between 0.5 and 0.5)". One session, even four, at the other end is not enough.
        for (int harder : new int[] {1, 4}) {
            Insights insights = insights(sessions(Activity.RUN, 31,
                    i -> i < harder ? new Day(30, 5, 3) : new Day(30, 4, 2)), 31);
            assertThat(insights.enoughData()).isTrue();
            assertThat(insights.nextMorning()).as(harder + " harder").isEmpty();
            assertThat(insights.statements()).containsExactly(new InsightReason.InsightsNothingClear(31));
        }
        // Five at effort 5, each a point worse the next morning: effort is estimated, and clear.
        Insights five = insights(sessions(Activity.RUN, 31, i -> i < 5 ? new Day(30, 5, 3) : new Day(30, 4, 2)), 31);
        assertThat(five.nextMorning()).extracting(Insights.Factor::name).containsExactly("effort");
        assertThat(five.nextMorning().get(0).effect()).isCloseTo(1.0, within(0.01));
        assertThat(five.nextMorning().get(0).low()).isPositive();
        // 30 and 35 minutes are half a reporting unit (10 minutes) apart: duration is not estimated.
        Insights minutes = insights(sessions(Activity.RUN, 30, i -> new Day(i % 2 == 0 ? 30 : 35, 4, 2)), 30);
        assertThat(minutes.nextMorning()).extracting(Insights.Factor::name).doesNotContain("duration");
    }

    @Test
    void aFactorThatCannotBeEstimatedIsLeftOutNeverShownAsZeroWithAnIntervalOfNoWidth() {
        // Always 30 minutes at effort 4, no sleep, stress or sitting entered: nothing can be estimated.
        Insights insights = insights(sessions(Activity.RUN, 25, i -> new Day(30, 4, 2)), 25);
        assertThat(insights.nextMorning()).isEmpty();
        assertThat(insights.redChance()).isEmpty();
        // Where something is estimated from mornings that follow it exactly, its interval still has width.
        Insights exact = insights(sessions(Activity.RUN, 30, i -> new Day(20 + 10 * (i % 3), 4, 1 + i % 3)), 30);
        Insights.Factor duration = exact.nextMorning().get(0);
        assertThat(duration.name()).isEqualTo("duration");
        assertThat(duration.high() - duration.low()).isGreaterThan(0.1);
    }

    @Test
    void aRunnersArmAndImpactLoadAreTheSameNumberAsTheirMinutesAndAreReportedOnceAsDuration() {
        Insights insights = insights(sessions(Activity.RUN, 30,
                i -> new Day(20 + 10 * (i % 4), 3 + i % 3, 1 + i % 3)), 30);
        assertThat(insights.nextMorning()).extracting(Insights.Factor::name)
                .contains("duration", "effort").doesNotContain("impact", "arm load").doesNotHaveDuplicates();
    }

    @Test
    void neverADemandThePersonsActivitiesDoNotHave() {
        // Cycling has no impact and no turning: neither is ever a factor of a cyclist.
        Insights insights = insights(sessions(Activity.CYCLE, 30,
                i -> new Day(30 + 10 * (i % 4), 3 + i % 4, 1 + i % 3)), 30);
        assertThat(insights.nextMorning()).extracting(Insights.Factor::name)
                .contains("duration").doesNotContain("impact", "turning load");
    }

    @Test
    void sessionsWhoseDoseTheEngineCutAreLeftOutWhenEstimatingADosesEffect() {
        // Every third session falls on a day of stress 8 (the engine cuts 10%): 20 minutes and a morning
        // of 3. On the other days 30 or 50 minutes, always a morning of 2. Over all sessions, shorter
        // goes with worse mornings; over the sessions whose dose the person chose, minutes do nothing.
        Story story = Story.of().daily(1, 2);
        for (int i = 0; i < 36; i++) {
            int day = 2 + 2 * i;
            boolean stressed = i % 3 == 0;
            story.daily(day, 2).context(day, null, null, stressed ? 8 : 2, null);
            story.sessionWithCheckIns(Activity.RUN, day, stressed ? 20 : (i % 2 == 0 ? 30 : 50), 4, 2, 2, 2,
                    stressed ? 3 : 2);
        }
        Insights insights = insights(story, 36);
        Insights.Factor duration = insights.nextMorning().stream().filter(f -> f.name().equals("duration"))
                .findFirst().orElseThrow();
        assertThat(duration.effect()).isEqualTo(0.0);
        assertThat(duration.clear()).isFalse();
        Insights.Factor stress = insights.nextMorning().stream().filter(f -> f.name().equals("stress"))
                .findFirst().orElseThrow();
        assertThat(stress.effect()).isCloseTo(1 / 6.0, within(0.01));
        assertThat(stress.low()).isPositive();
        assertThat(insights.statements()).containsExactly(new InsightReason.Insight("stress", stress.effect(), stress.low(), stress.high()));
    }

    @Test
    void effectsAreGivenPerUnitAPersonUnderstands() {
        // A point worse for each extra 10 minutes (20, 30, 40 minutes: mornings 1, 2, 3): about 1 per unit.
        Insights minutes = insights(sessions(Activity.RUN, 30, i -> new Day(20 + 10 * (i % 3), 4, 1 + i % 3)), 30);
        Insights.Factor duration = minutes.nextMorning().get(0);
        assertThat(duration.effect()).isCloseTo(1.0, within(0.05));
        assertThat(minutes.statements()).contains(new InsightReason.Insight("duration", duration.effect(),
                duration.low(), duration.high()));
        // Sleep is read as hours less: 8, 7 and 6 hours with mornings 1, 2, 3 is a point worse per hour less.
        Story story = Story.of().daily(1, 2);
        for (int i = 0; i < 30; i++) {
            story.daily(2 + 2 * i, 2).context(2 + 2 * i, 8.0 - i % 3, null, null, null);
            story.sessionWithCheckIns(Activity.RUN, 2 + 2 * i, 30, 4, 2, 2, 2, 1 + i % 3);
        }
        Insights.Factor sleep = insights(story, 30).nextMorning().get(0);
        assertThat(sleep.name()).isEqualTo("sleep");
        assertThat(sleep.effect()).isCloseTo(1.0, within(0.05));
        assertThat(sleep.low()).isPositive();
    }

    @Test
    void whenHardSessionsAloneWorsenMorningsItSaysSoPerEffortPoint() {
        int[] minutes = {25, 35, 30};
        Insights insights = insights(sessions(Activity.RUN, 36,
                i -> new Day(minutes[i % 3], i % 2 == 0 ? 3 : 6, i % 2 == 0 ? 2 : 3)), 36);
        Insights.Factor effort = insights.nextMorning().stream().filter(f -> f.name().equals("effort"))
                .findFirst().orElseThrow();
        assertThat(effort.effect()).isCloseTo(1 / 3.0, within(0.01));
        assertThat(effort.low()).isPositive();
        assertThat(insights.statements()).contains(new InsightReason.Insight("effort", effort.effect(), effort.low(),
                effort.high()));
    }

    @Test
    void nothingIsSaidWhereTheIntervalIncludesNoEffect() {
        // Mornings 1, 2, 3 in turn, whatever the minutes (20 or 40) and the effort (3 or 5) were.
        Insights insights = insights(sessions(Activity.RUN, 40,
                i -> new Day(i % 2 == 0 ? 20 : 40, i % 4 < 2 ? 3 : 5, 1 + i % 3)), 40);
        assertThat(insights.nextMorning()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.low()).isLessThanOrEqualTo(0).isLessThan(f.high()))
                .allSatisfy(f -> assertThat(f.high()).isGreaterThanOrEqualTo(0));
        assertThat(insights.statements()).containsExactly(new InsightReason.InsightsNothingClear(40));
        assertThat(insights.redChance()).isEmpty();
    }

    @Test
    void anIntervalRunsLowToHighAroundItsEffect() {
        assertThatThrownBy(() -> new Insights.Factor("effort", 0.5, 1.0, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Insights.Factor("effort", 0.5, 0.6, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyClaimsAtOnceAreHeldToTheFalseDiscoveryRateNotToOneTestPerFactor() {
        // Five slopes with p 0.010, 0.015, 0.030, 0.4 and 0.9. Bonferroni at 4% (0.008 each) would claim
        // none; Benjamini–Hochberg at 4% compares the k-th smallest with k × 0.04 / 5 (0.008, 0.016,
        // 0.024, ...): 0.015 ≤ 0.016, so the two smallest are claimed, each interval at the level that
        // matches two claims of five (1 − 2 × 0.04 / 5), which excludes no effect for them alone.
        java.util.List<Slope> slopes = java.util.List.of(
                slope("a", 0.010), slope("b", 0.015), slope("c", 0.030), slope("d", 0.4), slope("e", 0.9));
        java.util.List<Insights.Factor> factors = Insights.claimed(slopes);
        assertThat(factors).filteredOn(Insights.Factor::clear).extracting(Insights.Factor::name)
                .containsExactly("a", "b");
    }

    /** A slope of 1 with the standard error that gives two-sided {@code p} on 60 degrees of freedom. */
    private static Slope slope(String name, double p) {
        double t = StudentT.twoSidedQuantile(p, 60);
        return new Slope(name, 1, 1 / t, 60, p);
    }
}
