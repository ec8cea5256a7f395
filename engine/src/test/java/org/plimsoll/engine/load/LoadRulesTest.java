package org.plimsoll.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plimsoll.engine.unit.Minutes;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;

/** ENGINE.md section 2: loads, monotony and strain, the trends, and the spike guard. */
class LoadRulesTest {
    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, Story.LONDON);

    @Test
    void sessionLoadIsRpeTimesMinutes() {
        assertThat(SessionLoad.of(Session.of("s", Activity.RUN, MORNING, 30, 4), Activity.RUN.defaultDemands()).au())
                .isEqualTo(120);
    }

    @Test
    void componentLoadsAreMinutesWeightedByDemand() {
        // Golf: rotation 3, arm 1, impact 0. 60 minutes at RPE 5.
        SessionLoad golf = SessionLoad.of(Session.of("g", Activity.GOLF, MORNING, 60, 5), Activity.GOLF.defaultDemands());
        assertThat(golf.rotation()).isEqualTo(60 * 3 * (5 / 5.0));
        assertThat(golf.arm()).isEqualTo(60);
        assertThat(golf.impact()).isZero();
        assertThat(golf.breathing()).isZero();
        // Run: impact 3; at RPE 6 the minutes count as breathing load.
        SessionLoad tempo = SessionLoad.of(Session.of("r", Activity.RUN, MORNING, 40, 6), Activity.RUN.defaultDemands());
        assertThat(tempo.impact()).isEqualTo(120);
        assertThat(tempo.breathing()).isEqualTo(40);
    }

    @Test
    void aSessionsOwnRotationOverrideReplacesTheCatalogue() {
        Session swing = new Session("g", Activity.GOLF, MORNING, Minutes.of(60), Optional.empty(), Optional.of(new Effort(5)),
                false, Optional.empty(), false, Optional.of(Demand.of(1)), Optional.empty(), List.of(), Source.MANUAL);
        assertThat(SessionLoad.of(swing, new Demands(3, 1, 0)).rotation()).isEqualTo(60);
    }

    @Test
    void monotonyIsMeanOverStandardDeviationWithRestDaysAsZero() {
        double[] week = {100, 0, 100, 0, 100, 0, 100};
        // mean 57.14, population SD 49.49
        assertThat(Loads.monotony(week)).isCloseTo(1.1547, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Loads.monotony(new double[] {50, 50, 50, 50, 50, 50, 50})).isEqualTo(10);
        assertThat(Loads.monotony(new double[7])).isZero();
    }

    @Test
    void weeklyLoadAndStrainOverTheLastSevenDays() {
        Story story = Story.of();
        story.session(Activity.RUN, 1, 30, 4);   // outside the week ending day 10
        story.session(Activity.RUN, 4, 30, 4);   // 120
        story.session(Activity.RUN, 7, 30, 4);   // 120
        story.session(Activity.RUN, 10, 30, 4);  // 120
        LoadSummary load = story.asOf(10).load();
        assertThat(load.weekAU()).isEqualTo(360);
        // Days 4..10: 120, 0, 0, 120, 0, 0, 120 → mean 51.43, population SD 59.39, monotony 0.866.
        assertThat(load.monotony()).isEqualTo(0.87);
        assertThat(load.strain()).isEqualTo(311.8); // 360 × 0.866
    }

    @Test
    void trendsStayHiddenUntil28DaysOfData() {
        Story story = Story.of();
        story.session(Activity.RUN, 1, 30, 4);
        story.session(Activity.RUN, 27, 30, 4);
        assertThat(story.asOf(27).load().acwr()).isEmpty();
        assertThat(story.asOf(27).load().ctl()).isEmpty();
        assertThat(story.asOf(28).load().acwr()).isPresent();
        assertThat(story.asOf(28).load().tsb()).isPresent();
    }

    @Test
    void aPlannedSessionOver110PercentOfTheLongestIn30DaysIsASpike() {
        Optional<Minutes> longest = Optional.of(Minutes.of(40));
        assertThat(Loads.isSpike(Minutes.of(44), longest)).isFalse();
        assertThat(Loads.isSpike(Minutes.of(45), longest)).isTrue();
        assertThat(Loads.isSpike(Minutes.of(90), Optional.empty())).isFalse();
    }
}
