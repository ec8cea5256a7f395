package org.plimsoll.engine.session;

import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Effort;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;

@DisplayName("ENGINE.md section 1: imported sessions (RPE estimate) and the import's duplicate rule")
class ImportedSessionTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, ZoneId.of("Europe/Oslo"));

    @Test
    void rpeFromHeartRateFollowsTheIntensityBandsOfTheMaximum() {
        assertThat(RpeEstimate.fromHeartRate(100, 190).value()).isEqualTo(2); // 53%
        assertThat(RpeEstimate.fromHeartRate(115, 190).value()).isEqualTo(3); // 61%
        assertThat(RpeEstimate.fromHeartRate(130, 190).value()).isEqualTo(4); // 68%
        assertThat(RpeEstimate.fromHeartRate(140, 190).value()).isEqualTo(5); // 74%
        assertThat(RpeEstimate.fromHeartRate(150, 190).value()).isEqualTo(6); // 79%
        assertThat(RpeEstimate.fromHeartRate(165, 190).value()).isEqualTo(7); // 87%
        assertThat(RpeEstimate.fromHeartRate(175, 190).value()).isEqualTo(8); // 92%
        assertThat(RpeEstimate.fromHeartRate(185, 190).value()).isEqualTo(9); // 97%
    }

    @Test
    void theMaximumIsThePersonsOwnOnceFiveSessionsShowIt() {
        assertThat(RpeEstimate.maxHeartRate(List.of(171, 175, 168, 180))).isEqualTo(190);
        assertThat(RpeEstimate.maxHeartRate(List.of(171, 175, 168, 180, 177))).isEqualTo(180);
        // a 250 bpm spike from a chest strap is not a heart and does not count
        assertThat(RpeEstimate.maxHeartRate(List.of(171, 175, 168, 180, 177, 250))).isEqualTo(180);
        // 140 bpm average is moderate against the default maximum but vigorous against an older person's 165
        assertThat(RpeEstimate.fromHeartRate(140, 190).value()).isEqualTo(5);
        assertThat(RpeEstimate.fromHeartRate(140, 165).value()).isEqualTo(7);
    }

    @Test
    void rpeFromPaceWhereTheFileHasNoHeartRate() {
        // 10 km in 60 min (6:00/km) is a steady run; 10 km in 45 min is hard
        assertThat(RpeEstimate.fromPace(Activity.RUN, 10, 60)).contains(new Effort(5));
        assertThat(RpeEstimate.fromPace(Activity.RUN, 10, 45)).contains(new Effort(7));
        assertThat(RpeEstimate.fromPace(Activity.WALK, 5, 60)).contains(new Effort(3));
        assertThat(RpeEstimate.fromPace(Activity.CYCLE, 27, 60)).contains(new Effort(6));
        assertThat(RpeEstimate.fromPace(Activity.SWIM, 1.5, 36)).contains(new Effort(5)); // 2:24 per 100 m
        // pace says nothing about the effort of golf, and nothing without a distance
        assertThat(RpeEstimate.fromPace(Activity.GOLF, 6, 240)).isEmpty();
        assertThat(RpeEstimate.fromPace(Activity.RUN, 0, 30)).isEmpty();
    }

    @Test
    void sameActivityWhenStartsAreWithinTwoMinutesAndDistancesWithinFivePercent() {
        Session watch = run(START, 50, 10.0);
        assertThat(SameActivity.isSame(watch, run(START.plusSeconds(119), 50, 10.4))).isTrue();
        assertThat(SameActivity.isSame(watch, run(START.minusSeconds(120), 50, 9.5))).isTrue();
        assertThat(SameActivity.isSame(watch, run(START.plusSeconds(121), 50, 10.0))).isFalse();
        assertThat(SameActivity.isSame(watch, run(START, 50, 10.6))).isFalse();
    }

    @Test
    void withoutADistanceTheDurationsDecide() {
        Session watch = run(START, 50, 10.0);
        Session manual = Session.of("m", Activity.RUN, START.plusMinutes(1), 52, 5);
        assertThat(SameActivity.isSame(watch, manual)).isTrue();
        assertThat(SameActivity.isSame(watch, Session.of("m", Activity.RUN, START, 40, 5))).isFalse();
        // short sessions: 2 minutes is the floor of the tolerance
        assertThat(SameActivity.isSame(Session.of("a", Activity.WALK, START, 10, 2),
                Session.of("b", Activity.WALK, START, 12, 2))).isTrue();
    }

    @Test
    void anEstimatedEffortStaysFlaggedOnlyUntilThePersonChangesOrConfirmsIt() {
        Session imported = new Session("i", Activity.RUN, START, Minutes.of(50), Optional.of(Distance.ofKm(10.0)), Optional.of(new Effort(5)),
                true, Optional.empty(), false, Optional.empty(), Optional.empty(), List.of(), Source.IMPORT);
        assertThat(RpeEstimate.flagAfterEdit(imported, Optional.of(new Effort(5)), false)).as("saved unchanged").isTrue();
        assertThat(RpeEstimate.flagAfterEdit(imported, Optional.of(new Effort(5)), true)).as("confirmed").isFalse();
        assertThat(RpeEstimate.flagAfterEdit(imported, Optional.of(new Effort(7)), false)).as("changed to 7").isFalse();
        assertThat(RpeEstimate.flagAfterEdit(imported, Optional.empty(), false)).as("effort removed").isFalse();
        Session typed = Session.of("t", Activity.RUN, START, 50, 5);
        assertThat(RpeEstimate.flagAfterEdit(typed, Optional.of(new Effort(5)), false)).as("never an estimate").isFalse();
    }

    private static Session run(ZonedDateTime start, int minutes, double km) {
        return new Session("r", Activity.RUN, start, Minutes.of(minutes), Optional.of(Distance.ofKm(km)), Optional.empty(), false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), List.of(), Source.IMPORT);
    }
}
