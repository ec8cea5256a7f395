package org.plimsoll.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * ENGINE.md section 11's targets, measured over generated histories with a residual spread of 1.5
 * points (GeneratedSessions): with nothing planted, a claim in at most 5% of histories; with 0.5
 * points per SD of one factor planted, that factor found (claimed, with its sign) in at least 70%.
 * The rates are printed; docs/engine.md tables them.
 *
 * <p>At 80 sessions the second target is out of reach for any rule that keeps the first (see
 * docs/engine.md: with 3 or more factors tested, even the best possible test finds a 0.5-per-SD
 * effect in under 73% of 80-session histories); it is reached from about 100 sessions of training
 * and asserted at 120. The rates at 80 are asserted as measured, so that a change that loses power
 * shows.
 */
class InsightTargetsTest {

    /** The share of histories with any claim, and with a claim of the planted factor with its sign. */
    record Rates(double anyClaim, double found) {
    }

    static Rates measure(int sessions, boolean withDailyLife, String planted, int histories) {
        int any = 0;
        int found = 0;
        for (long seed = 1; seed <= histories; seed++) {
            Insights insights = GeneratedSessions.insights(seed, sessions, withDailyLife, planted, 0.5);
            if (insights.nextMorning().stream().anyMatch(Insights.Factor::clear)) {
                any++;
            }
            if (insights.nextMorning().stream().anyMatch(f -> f.name().equals(planted) && f.low() > 0)) {
                found++;
            }
        }
        Rates r = new Rates(any / (double) histories, found / (double) histories);
        System.out.printf(Locale.ROOT, "%d sessions, %s, %s planted, %d histories: any claim %.3f, found %.3f%n",
                sessions, withDailyLife ? "with daily life" : "training only", planted == null ? "nothing" : planted,
                histories, r.anyClaim(), r.found());
        return r;
    }

    @Test
    void withNothingPlantedAtMostOneHistoryInTwentyGetsAClaim() {
        assertThat(measure(80, false, null, 1000).anyClaim()).isLessThanOrEqualTo(0.05);
        assertThat(measure(80, true, null, 1000).anyClaim()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void halfAPointPerSdOfDurationOrEffortIsFoundInSevenHistoriesOfTenFrom120SessionsOfTraining() {
        assertThat(measure(120, false, "duration", 1000).found()).isGreaterThanOrEqualTo(0.70);
        assertThat(measure(120, false, "effort", 1000).found()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void atEightySessionsHalfAPointPerSdIsFoundAsOftenAsTheTableSays() {
        assertThat(measure(80, false, "duration", 500).found()).isGreaterThanOrEqualTo(0.55);
        assertThat(measure(80, false, "effort", 500).found()).isGreaterThanOrEqualTo(0.55);
        for (String f : List.of("sleep", "stress", "sitting")) {
            assertThat(measure(80, true, f, 500).found()).as(f).isGreaterThanOrEqualTo(0.35);
        }
        // Half the sessions fall on days the engine cut (long sitting, short sleep, stress, a red):
        // the dose is estimated from the other half only.
        for (String f : List.of("duration", "effort")) {
            assertThat(measure(80, true, f, 500).found()).as(f).isGreaterThanOrEqualTo(0.2);
        }
    }
}
