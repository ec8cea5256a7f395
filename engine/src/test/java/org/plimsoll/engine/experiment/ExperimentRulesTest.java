package org.plimsoll.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;
import static org.plimsoll.engine.Story.day;
import static org.plimsoll.engine.Story.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.unit.Minutes;

/** ENGINE.md section 15: experiments, rule by rule, with the numbers a person would see. */
class ExperimentRulesTest {
    private static final Experiment CADENCE = Experiment.of("cadence", Activity.RUN, "usual", "cadence +5%", day(1));

    /**
     * A runner at 3 × 30 min, effort 4, with mornings at 2: a run every other day from day 1, each
     * under the condition the design gives it, its next morning at 2 (or at {@code secondMorning}
     * after the second condition), and a daily check-in of 2 on the days between.
     */
    private static Story runs(Experiment e, int count, int secondMorning) {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).experiment(e);
        for (int i = 0; i < count; i++) {
            int day = 1 + 2 * i;
            String condition = ConditionOrder.conditionOf(e, i);
            String id = story.session(Activity.RUN, day, 30, 4);
            story.condition(id, condition).checkIn(id, CheckInWindow.BEFORE, 2)
                    .checkIn(id, CheckInWindow.NEXT_MORNING, condition.equals(e.second()) ? secondMorning : 2);
            story.daily(day, 2);
        }
        return story;
    }

    private static ActivityAssessment run(Assessment a) {
        return a.activities().stream().filter(x -> x.activity() == Activity.RUN).findFirst().orElseThrow();
    }

    @Test
    void theLevelHoldsWhileAnExperimentRuns() {
        // Eight green runs in 16 days confirm 3 × 30 min; without an experiment minutes rise to 33.
        Assessment without = runs(CADENCE, 8, 2).experimentless().asOf(17);
        assertThat(run(without).currentLevel().orElseThrow().minutes()).contains(Minutes.of(33));

        Assessment with = runs(CADENCE, 8, 2).asOf(17);
        assertThat(run(with).currentLevel().orElseThrow().minutes()).contains(Minutes.of(30));
        assertThat(codes(run(with).reasons())).contains(Code.LEVEL_HELD_FOR_EXPERIMENT)
                .doesNotContain(Code.CONFIRMED_BUT_PAUSED);
    }

    @Test
    void theOrderIsRandomWithinPairsFromAFixedSeedFromTheExperimentsId() {
        List<String> order = new ArrayList<>();
        int secondFirst = 0;
        for (int pair = 0; pair < 100; pair++) {
            String a = ConditionOrder.conditionOf(CADENCE, 2 * pair);
            String b = ConditionOrder.conditionOf(CADENCE, 2 * pair + 1);
            assertThat(List.of(a, b)).containsExactlyInAnyOrder("usual", "cadence +5%");
            secondFirst += a.equals("cadence +5%") ? 1 : 0;
            order.add(a);
        }
        // A coin: neither condition always first (100 pairs: 50 ± 15 is far beyond 3 standard deviations).
        assertThat(secondFirst).isBetween(35, 65);
        List<String> again = new ArrayList<>();
        for (int pair = 0; pair < 100; pair++) {
            again.add(ConditionOrder.conditionOf(CADENCE, 2 * pair));
        }
        assertThat(again).isEqualTo(order);
        Experiment other = Experiment.of("cadence-2", Activity.RUN, "usual", "cadence +5%", day(1));
        List<String> otherOrder = new ArrayList<>();
        for (int pair = 0; pair < 100; pair++) {
            otherOrder.add(ConditionOrder.conditionOf(other, 2 * pair));
        }
        assertThat(otherOrder).isNotEqualTo(order);
    }

    @Test
    void thePlanNamesEachSessionsConditionInTheDesignsOrder() {
        Assessment a = runs(CADENCE, 3, 2).asOf(6);
        List<PlannedSession> runs = a.plan().stream().filter(p -> p.activity() == Activity.RUN
                && p.kind() == PlannedSession.Kind.SESSION).toList();
        assertThat(runs).isNotEmpty();
        for (int k = 0; k < runs.size(); k++) {
            String expected = ConditionOrder.conditionOf(CADENCE, 3 + k);
            assertThat(runs.get(k).condition()).contains(expected);
            assertThat(runs.get(k).notes().get(0)).isEqualTo(new ExperimentReason.ExperimentCondition(expected));
        }
        assertThat(a.plan().stream().filter(p -> p.activity() != Activity.RUN))
                .allSatisfy(p -> assertThat(p.condition()).isEmpty());
        ExperimentAnswer answer = a.experiments().get(0);
        assertThat(answer.status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(answer.sessionsSoFar()).isEqualTo(3);
    }

    @Test
    void theOutcomeIsNextMorningPainMinusTheUsualPainAndTheEffectIsSecondMinusFirst() {
        // 12 runs, 6 of each; next mornings at 3 after "cadence +5%", 2 after "usual"; usual morning pain 2.
        ExperimentAnswer answer = runs(CADENCE, 12, 3).asOf(25).experiments().get(0);
        assertThat(answer.sessions()).containsEntry("usual", 6).containsEntry("cadence +5%", 6);
        Comparison.Difference d = answer.difference().orElseThrow();
        assertThat(d.effect()).isEqualTo(1.0);
        // Six pairs that all differ by 1: the spread is taken as half a point, t(5) = 2.571 → ± 0.52.
        assertThat(d.low()).isBetween(0.47, 0.48);
        assertThat(d.high()).isBetween(1.52, 1.53);
        assertThat(answer.verdict()).isEqualTo(Verdict.WORSE);
        ExperimentReason.ConditionWorse worse = first(answer.reasons(), ExperimentReason.ConditionWorse.class);
        assertThat(worse.condition()).isEqualTo("cadence +5%");
        assertThat(worse.other()).isEqualTo("usual");
    }

    @Test
    void theAnswerComesOnlyAfterSixSessionsWithANextMorningInEachCondition() {
        // 10 runs: 5 of each, with next mornings 1 point worse after "cadence +5%": no answer yet.
        ExperimentAnswer answer = runs(CADENCE, 10, 3).asOf(21).experiments().get(0);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(answer.difference()).isEmpty();
        assertThat(answer.reasons()).contains(new ExperimentReason.ExperimentNeedsSessions("usual", 5, "cadence +5%",
                5, 6));
    }

    @Test
    void aBetterConditionIsSaidAsBetterWithItsSizesLowToHigh() {
        List<Comparison.Outcome> outcomes = new ArrayList<>();
        for (int pair = 0; pair < 8; pair++) {
            outcomes.add(new Comparison.Outcome(false, 1));
            outcomes.add(new Comparison.Outcome(true, pair % 2 == 0 ? 0 : -1));
        }
        // Differences −1, −2, −1, −2, …: mean −1.5, spread 0.53, t(7) = 2.365 → −1.5 ± 0.45.
        Comparison.Difference d = Comparison.of(outcomes).orElseThrow();
        assertThat(d.effect()).isEqualTo(-1.5);
        assertThat(d.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(d.low()).isBetween(-1.95, -1.94);
        assertThat(d.high()).isBetween(-1.06, -1.05);
    }

    @Test
    void noClearDifferenceSaysAboutHowManyMoreSessionsOfEachWouldTell() {
        // Differences +1, −1, +1, 0, 0, +1, −1, 0: mean 0.125, spread 0.83, t(7) = 2.365 → ± 0.70.
        int[] diffs = {1, -1, 1, 0, 0, 1, -1, 0};
        List<Comparison.Outcome> outcomes = new ArrayList<>();
        for (int diff : diffs) {
            outcomes.add(new Comparison.Outcome(false, 0));
            outcomes.add(new Comparison.Outcome(true, diff));
        }
        Comparison.Difference d = Comparison.of(outcomes).orElseThrow();
        assertThat(d.verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
        // Telling a 1-point difference takes a half-width of 1: already there, so nothing more is needed.
        assertThat(d.moreEach()).isZero();
        int[] wider = {2, -2, 2, 0, -1, 2, -2, 1};
        outcomes.clear();
        for (int diff : wider) {
            outcomes.add(new Comparison.Outcome(false, 0));
            outcomes.add(new Comparison.Outcome(true, diff));
        }
        // Mean 0.25, spread 1.75, half-width 1.46 over 8 pairs: 8 × 1.46² = 17.1 → 18 pairs, 10 more of each.
        Comparison.Difference w = Comparison.of(outcomes).orElseThrow();
        assertThat(w.verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
        assertThat(w.moreEach()).isEqualTo(10);
    }

    @Test
    void worseByAtLeastOnePointWhenTheWholeIntervalIsAboveOne() {
        List<Comparison.Outcome> outcomes = new ArrayList<>();
        for (int pair = 0; pair < 6; pair++) {
            outcomes.add(new Comparison.Outcome(true, 2));
            outcomes.add(new Comparison.Outcome(false, 0));
        }
        Comparison.Difference d = Comparison.of(outcomes).orElseThrow();
        assertThat(d.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(d.low()).isGreaterThan(1.0);
    }

    @Test
    void aFlarePausesTheExperimentAndItsDaysDoNotCount() {
        // Three runs, then a flare declared on day 7: the runs under it do not count and the end moves back.
        Story story = runs(CADENCE, 3, 2).declareFlare(7);
        String during = story.session(Activity.RUN, 8, 20, 3);
        story.condition(during, "usual").checkIn(during, CheckInWindow.NEXT_MORNING, 2);
        ExperimentAnswer answer = story.asOf(9).experiments().get(0);
        assertThat(answer.status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(answer.sessionsSoFar()).isEqualTo(3);
        assertThat(codes(answer.reasons())).contains(Code.EXPERIMENT_PAUSED_WHILE_SETTLING);
        // 6 weeks from day 1 would end on day 43; days 7, 8 and 9 of flare push it to day 46.
        assertThat(answer.ends()).isEqualTo(day(46));
        assertThat(story.asOf(9).plan()).allSatisfy(p -> assertThat(p.condition()).isEmpty());
    }

    @Test
    void aReferralPausesTheExperimentToo() {
        // Tingling down a leg reported on day 7: a referral within 1–2 weeks; the run on day 8 does not count.
        Story story = runs(CADENCE, 3, 2).daily(7, 2, org.plimsoll.engine.checkin.Symptom.LEG_TINGLING);
        String during = story.session(Activity.RUN, 8, 30, 4);
        story.condition(during, "usual").checkIn(during, CheckInWindow.NEXT_MORNING, 2);
        ExperimentAnswer answer = story.asOf(9).experiments().get(0);
        assertThat(answer.status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(answer.sessionsSoFar()).isEqualTo(3);
        assertThat(answer.ends()).isEqualTo(day(46));
    }

    @Test
    void stoppedEarlyWhenOneConditionHasTwoRedsMoreThanTheOther() {
        Story story = runs(CADENCE, 4, 2);
        // Two runs of "cadence +5%" with sharp pain during: RED twice, against none for "usual".
        for (int day : new int[] {9, 11}) {
            String id = story.session(Activity.RUN, day, 30, 4);
            story.condition(id, "cadence +5%").checkIn(id, CheckInWindow.DURING, 3, true)
                    .checkIn(id, CheckInWindow.NEXT_MORNING, 2);
        }
        Assessment a = story.asOf(13);
        ExperimentAnswer answer = a.experiments().get(0);
        assertThat(answer.status()).isEqualTo(ExperimentStatus.STOPPED);
        assertThat(answer.reds()).containsEntry("cadence +5%", 2).containsEntry("usual", 0);
        assertThat(answer.reasons().get(0)).isEqualTo(new ExperimentReason.StoppedForReds("cadence +5%", 2, "usual", 0));
        assertThat(a.plan()).allSatisfy(p -> assertThat(p.condition()).isEmpty());
    }

    @Test
    void aPausedOrStoppedExperimentNamesNoConditionInThePlan() {
        Assessment paused = Story.of().level(Activity.RUN, 1, 3, 30, 4).experiment(CADENCE.pausedOn(day(3)))
                .asOf(4);
        assertThat(paused.experiments().get(0).status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(paused.experiments().get(0).reasons()).contains(new ExperimentReason.ExperimentPausedByYou(day(3)));
        assertThat(paused.plan()).allSatisfy(p -> assertThat(p.condition()).isEmpty());
        Assessment stopped = Story.of().level(Activity.RUN, 1, 3, 30, 4).experiment(CADENCE.stoppedOn(day(3)))
                .asOf(4);
        assertThat(stopped.experiments().get(0).status()).isEqualTo(ExperimentStatus.STOPPED);
        assertThat(stopped.plan()).allSatisfy(p -> assertThat(p.condition()).isEmpty());
    }

    @Test
    void anExperimentRunsFourToEightWeeksSixByDefault() {
        assertThat(CADENCE.weeks()).isEqualTo(6);
        for (int weeks : new int[] {3, 9}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Experiment("x", Activity.RUN,
                    List.of("a", "b"), day(1), weeks, Optional.empty(), Optional.empty()))
                    .hasMessageContaining("4 to 8 weeks");
        }
        Assessment done = Story.of().level(Activity.RUN, 1, 3, 30, 4).experiment(CADENCE).asOf(43);
        assertThat(done.experiments().get(0).status()).isEqualTo(ExperimentStatus.DONE);
    }
}
