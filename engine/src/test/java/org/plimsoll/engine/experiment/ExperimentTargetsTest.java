package org.plimsoll.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.Experiment;

/**
 * ENGINE.md section 15 (issue 30's proof), over generated histories through the whole engine: a
 * runner at 4 × 30 min (effort 4) with an experiment from day 1, every run done under the condition
 * the design gives it, next-morning pain 2 plus the planted difference after the second condition plus
 * a normal residual, rounded to whole points (clipped to 0–10); on the days between, a morning of 2
 * plus the residual. Everything else (baseline, RED, flares that pause it, the early stop) is the
 * engine's own. Targets: a condition planted 1 point worse found in at least 80% of histories; with
 * nothing planted, a claim (better or worse) in at most 10%. Both hold at a residual of 0.7 points;
 * at 1 point the interval still holds the second, but the early stop fires by chance (docs/engine.md).
 * The rates are printed; docs/engine.md tables them.
 */
class ExperimentTargetsTest {
    /**
     * The shares of histories whose experiment said the second condition was worse, said it was better,
     * or stopped early for the REDs of the second condition, or of the first.
     */
    record Rates(double worse, double better, double stoppedSecond, double stoppedFirst) {
        /** A difference said: better or worse. */
        double claim() {
            return worse + better;
        }

        /** The second condition named as the worse one: by the interval, or by its REDs. */
        double found() {
            return worse + stoppedSecond;
        }
    }

    static Rates measure(int weeks, int perWeek, double planted, double spread, int histories) {
        int worse = 0;
        int better = 0;
        int stoppedSecond = 0;
        int stoppedFirst = 0;
        for (long seed = 1; seed <= histories; seed++) {
            ExperimentAnswer a = history(seed, weeks, perWeek, planted, spread);
            boolean stopped = a.status() == ExperimentStatus.STOPPED;
            boolean secondStopped = stopped && a.reds().get("cadence +5%") > a.reds().get("usual");
            worse += !stopped && a.verdict() == Verdict.WORSE ? 1 : 0;
            better += !stopped && a.verdict() == Verdict.BETTER ? 1 : 0;
            stoppedSecond += secondStopped ? 1 : 0;
            stoppedFirst += stopped && !secondStopped ? 1 : 0;
        }
        double n = histories;
        Rates r = new Rates(worse / n, better / n, stoppedSecond / n, stoppedFirst / n);
        System.out.printf(Locale.ROOT, "| %d × %d | %.1f | %.1f | %d | %.3f | %.3f | %.3f | %.3f |%n", weeks, perWeek,
                planted, spread, histories, r.worse(), r.better(), r.stoppedSecond(), r.stoppedFirst());
        return r;
    }

    /** One generated history, answered the day after its weeks end. */
    static ExperimentAnswer history(long seed, int weeks, int perWeek, double planted, double spread) {
        SplittableRandom random = new SplittableRandom(seed);
        Experiment e = new Experiment("e" + seed, Activity.RUN, java.util.List.of("usual", "cadence +5%"),
                Story.day(1), weeks, java.util.Optional.empty(), java.util.Optional.empty());
        Story story = Story.of().level(Activity.RUN, 1, perWeek, 30, 4).experiment(e);
        int[] offsets = perWeek == 3 ? new int[] {0, 2, 4} : perWeek == 4 ? new int[] {0, 2, 4, 6}
                : new int[] {0, 1, 3, 4, 6};
        int index = 0;
        boolean[] morningAfterRun = new boolean[weeks * 7 + 2];
        for (int week = 0; week < weeks; week++) {
            for (int offset : offsets) {
                int day = 1 + week * 7 + offset;
                String condition = ConditionOrder.conditionOf(e, index++);
                double mean = 2 + (condition.equals(e.second()) ? planted : 0);
                String id = story.session(Activity.RUN, day, 30, 4);
                story.condition(id, condition).checkIn(id, CheckInWindow.BEFORE, 2)
                        .checkIn(id, CheckInWindow.NEXT_MORNING, pain(mean, spread, random));
                morningAfterRun[day + 1] = true;
            }
        }
        for (int day = 1; day <= weeks * 7; day++) {
            if (!morningAfterRun[day]) {
                story.daily(day, pain(2, spread, random));
            }
        }
        // A week more than planned, so that days paused by a flare can be made up.
        return story.asOf(weeks * 7 + 8).experiments().get(0);
    }

    private static int pain(double mean, double spread, SplittableRandom random) {
        return (int) Math.max(0, Math.min(10, Math.round(mean + spread * gaussian(random))));
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void aConditionPlantedOnePointWorseIsFoundInEightHistoriesOfTen() {
        // 8 weeks of 4 runs, a residual of 0.7 points: found (by the interval or by its REDs) in 89% of 300.
        assertThat(measure(8, 4, 1.0, 0.7, 100).found()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void withNothingPlantedAClaimInAtMostOneHistoryInTen() {
        Rates steady = measure(8, 4, 0.0, 0.7, 100);
        assertThat(steady.claim()).isLessThanOrEqualTo(0.10);
        assertThat(steady.stoppedFirst() + steady.stoppedSecond()).isLessThanOrEqualTo(0.10);
        // A back that varies by a point from morning to morning: the interval still claims in under 10%, but
        // the early stop of section 15 (2 REDs more) fires by chance in about 3 histories of 10 (docs/engine.md).
        assertThat(measure(8, 4, 0.0, 1.0, 100).claim()).isLessThanOrEqualTo(0.10);
    }

    /** The table of docs/engine.md, run by hand: {@code -Dexperiment.table=true}. */
    @Test
    void theTableOfDocsEngine() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("experiment.table"));
        for (double spread : new double[] {0.7, 1.0}) {
            for (int[] size : new int[][] {{6, 3}, {8, 4}, {8, 5}}) {
                for (double planted : new double[] {0.0, 1.0}) {
                    measure(size[0], size[1], planted, spread, 300);
                }
            }
        }
    }
}
