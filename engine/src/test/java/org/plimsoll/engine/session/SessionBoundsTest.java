package org.plimsoll.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.SessionBounds.Field;
import org.plimsoll.engine.session.SessionBounds.Verdict;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/** Issue 28 item 6: the bounds of a session per activity (docs/engine.md, "Session bounds"). */
class SessionBoundsTest {
    private static Verdict check(Activity a, int minutes, Double km) {
        return SessionBounds.check(a, new Minutes(minutes), Optional.ofNullable(km).map(Distance::ofKm));
    }

    @Test
    void aSessionOfNoMinutesIsImpossible() {
        assertThat(check(Activity.RUN, 0, 0.01)).isInstanceOf(Verdict.Impossible.class)
                .extracting(v -> ((Verdict.Impossible) v).field()).isEqualTo(Field.MINUTES);
        assertThat(check(Activity.RUN, 1, null)).isInstanceOf(Verdict.Plausible.class);
    }

    @Test
    void aSessionLongerThanADayIsImpossible() {
        assertThat(check(Activity.WALK, 1441, null)).isInstanceOf(Verdict.Impossible.class);
        assertThat(check(Activity.WALK, 1440, null)).as("a 24-hour walk: rare, not impossible")
                .isInstanceOf(Verdict.Unusual.class);
    }

    @Test
    void everyActivitySharesTheBoundsOfAMinuteToADay() {
        assertThat(SessionBounds.possibleMinutes(0)).isFalse();
        assertThat(SessionBounds.possibleMinutes(1)).isTrue();
        assertThat(SessionBounds.possibleMinutes(1440)).isTrue();
        assertThat(SessionBounds.possibleMinutes(1441)).isFalse();
    }

    @Test
    void aSessionBeyondItsActivitysUsualLongestIsUnusual() {
        assertThat(check(Activity.RUN, 300, null)).isInstanceOf(Verdict.Plausible.class);
        assertThat(check(Activity.RUN, 301, null)).isInstanceOf(Verdict.Unusual.class)
                .extracting(v -> ((Verdict.Unusual) v).field()).isEqualTo(Field.MINUTES);
        assertThat(check(Activity.HIKE, 600, null)).as("a 10-hour hike is usual").isInstanceOf(Verdict.Plausible.class);
        assertThat(check(Activity.BACK_EXERCISES, 121, null)).isInstanceOf(Verdict.Unusual.class);
    }

    @Test
    void aSpeedFasterThanAlmostAnyoneIsUnusualAndOneNoOneReachesIsImpossible() {
        assertThat(check(Activity.RUN, 30, 5.0)).as("10 km/h").isInstanceOf(Verdict.Plausible.class);
        assertThat(check(Activity.RUN, 30, 12.0)).as("24 km/h").isInstanceOf(Verdict.Unusual.class)
                .extracting(v -> ((Verdict.Unusual) v).field()).isEqualTo(Field.DISTANCE);
        assertThat(check(Activity.RUN, 30, 40.0)).as("80 km/h: a car").isInstanceOf(Verdict.Impossible.class)
                .extracting(v -> ((Verdict.Impossible) v).field()).isEqualTo(Field.DISTANCE);
        assertThat(check(Activity.CYCLE, 60, 40.0)).as("40 km/h on a bike").isInstanceOf(Verdict.Plausible.class);
    }

    @Test
    void anImpossibleSpeedIsReportedBeforeAnUnusualLength() {
        assertThat(check(Activity.RUN, 400, 400.0)).isInstanceOf(Verdict.Impossible.class);
    }
}
