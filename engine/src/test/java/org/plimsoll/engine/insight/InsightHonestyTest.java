package org.plimsoll.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntBinaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.reason.InsightReason;

/**
 * Honesty through the whole engine (ENGINE.md section 11): histories told as a person lives them,
 * classified, cut and read by the engine. When next-morning pain has nothing to do with the
 * sessions, at most 1 history in 20 gets any claim; a large planted effect is found with the right
 * sign in at least 8 histories of 10. The targets themselves are measured, fast and over many more
 * histories, in InsightTargetsTest.
 */
class InsightHonestyTest {
    static final int SESSIONS = 80;

    /**
     * A runner's 80 sessions (about five months) every other day with varied minutes (20–50) and effort (2–6), sleep
     * and stress entered on most days, and a next morning of usual pain 2 plus what {@code planted}
     * adds for the session's minutes and effort, plus noise of a point either way.
     */
    static Insights history(long seed, IntBinaryOperator planted) {
        RandomGenerator random = RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed);
        Story story = Story.of();
        for (int i = 0; i < SESSIONS; i++) {
            int day = 1 + 2 * i;
            int minutes = 20 + 10 * random.nextInt(4);
            int effort = 2 + random.nextInt(5);
            if (random.nextInt(10) < 8) {
                story.context(day, 6.0 + random.nextInt(4), 3, 1 + random.nextInt(6), (double) random.nextInt(7));
            }
            int noise = random.nextInt(3) - 1;
            int morning = Math.max(0, Math.min(10, 2 + planted.applyAsInt(minutes, effort) + noise));
            story.sessionWithCheckIns(Activity.RUN, day, minutes, effort, 2, 2, 2, morning);
            story.daily(day + 1 + 1, 2 + random.nextInt(2));
        }
        return story.asOf(2 * SESSIONS + 3).insights();
    }

    @Test
    void withTheOutcomeUnrelatedToAnythingAtMostOneHistoryInTwentyGetsAClaim() {
        int withClaims = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Insights insights = history(seed, (minutes, effort) -> 0);
            assertThat(insights.enoughData()).isTrue();
            if (insights.nextMorning().stream().anyMatch(Insights.Factor::clear)) {
                withClaims++;
            }
        }
        // Measured: 16 of 400.
        assertThat(withClaims).as("histories with a claim, of 400").isLessThanOrEqualTo(20);
    }

    @Test
    void onePointPerEffortPointIsFoundWithTheRightSignInEightOfTen() {
        int found = 0;
        for (long seed = 100; seed < 110; seed++) {
            Insights insights = history(seed, (minutes, effort) -> effort - 4);
            boolean right = insights.nextMorning().stream().anyMatch(f -> f.name().equals("effort") && f.low() > 0);
            boolean wrong = insights.nextMorning().stream().anyMatch(f -> f.name().equals("effort") && f.high() < 0);
            assertThat(wrong).isFalse();
            found += right ? 1 : 0;
        }
        assertThat(found).as("histories where it was found, of 10").isGreaterThanOrEqualTo(8);
    }

    @Test
    void onePointPerTenMinutesIsFoundWithTheRightSignInEightOfTenAndSaidPerTenMinutes() {
        int found = 0;
        for (long seed = 200; seed < 210; seed++) {
            Insights insights = history(seed, (minutes, effort) -> (minutes - 30) / 10);
            var duration = insights.nextMorning().stream().filter(f -> f.name().equals("duration")).findFirst();
            if (duration.isPresent() && duration.get().low() > 0) {
                found++;
                assertThat(insights.statements()).anyMatch(s -> s instanceof InsightReason.Insight i && i.factor().equals("duration"));
            }
        }
        assertThat(found).as("histories where it was found, of 10").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aRunnersArmAndImpactLoadFollowTheirMinutesAndAreReportedOnceAsDuration() {
        Insights insights = history(7, (minutes, effort) -> 0);
        assertThat(insights.nextMorning()).extracting(Insights.Factor::name)
                .contains("duration", "effort")
                .doesNotContain("impact", "arm load")
                // a runner's rotation is minutes × effort: it may stay, but never a demand they do not have
                .doesNotHaveDuplicates();
    }
}
