package org.plimsoll.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Minutes;

/** The choice docs/engine.md records for section 12: a planned entry is done by a session logged on its day. */
class PlanDoneTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static PlannedSession planned(LocalDate date, Activity activity, PlannedSession.Kind kind) {
        return new PlannedSession(date, activity, Optional.of(new Minutes(30)), 4, kind, Optional.empty(), List.of(),
                List.of(), LocalDateTime.of(date.plusDays(1), LocalTime.of(7, 30)));
    }

    private static Session logged(String id, Activity activity, ZonedDateTime start, int minutes) {
        return Session.of(id, activity, start, minutes, 3);
    }

    private static List<Boolean> done(List<PlannedSession> plan, List<Session> sessions) {
        return PlanDone.of(plan, sessions, LONDON).stream().map(PlanDone.Entry::done).toList();
    }

    @Test
    void aPlannedEntryIsDoneWhenASessionOfItsActivityIsLoggedOnItsDay() {
        List<PlannedSession> plan = List.of(planned(MONDAY, Activity.RUN, PlannedSession.Kind.SESSION),
                planned(MONDAY.plusDays(1), Activity.RUN, PlannedSession.Kind.SESSION));
        // A 25-minute run on Monday at 07:00 does Monday's 30-minute run, not Tuesday's.
        assertThat(done(plan, List.of(logged("1", Activity.RUN, MONDAY.atTime(7, 0).atZone(LONDON), 25))))
                .containsExactly(true, false);
        // A ride on Monday is not Monday's run.
        assertThat(done(plan, List.of(logged("2", Activity.CYCLE, MONDAY.atTime(7, 0).atZone(LONDON), 30))))
                .containsExactly(false, false);
    }

    @Test
    void theDayOfALoggedSessionIsTheDayInThePersonsTimeZone() {
        List<PlannedSession> plan = List.of(planned(MONDAY, Activity.RUN, PlannedSession.Kind.SESSION));
        // 23:30 on Sunday in New York is 04:30 on Monday in London: Monday's run for a person in London.
        ZonedDateTime sundayInNewYork = MONDAY.minusDays(1).atTime(23, 30).atZone(ZoneId.of("America/New_York"));
        assertThat(done(plan, List.of(logged("1", Activity.RUN, sundayInNewYork, 30)))).containsExactly(true);
        assertThat(PlanDone.of(plan, List.of(logged("1", Activity.RUN, sundayInNewYork, 30)), ZoneId.of("America/New_York"))
                .get(0).done()).isFalse();
    }

    @Test
    void oneSessionDoesOneEntryAndAFlaresSwapIsDoneByAnyLowImpactSwap() {
        List<PlannedSession> plan = List.of(planned(MONDAY, Activity.STRENGTH, PlannedSession.Kind.STRENGTH),
                planned(MONDAY, Activity.STRENGTH, PlannedSession.Kind.STRENGTH),
                planned(MONDAY, Activity.CYCLE, PlannedSession.Kind.SWAP),
                planned(MONDAY, Activity.WALK, PlannedSession.Kind.WALK));
        ZonedDateTime morning = MONDAY.atTime(8, 0).atZone(LONDON);
        assertThat(done(plan, List.of(logged("1", Activity.STRENGTH, morning, 20),
                logged("2", Activity.ELLIPTICAL, morning.plusHours(2), 25), logged("3", Activity.HIKE, morning.plusHours(6), 90))))
                .containsExactly(true, false, true, true);
    }

    @Test
    void onceTodayIsDoneWhatComesNextIsTheNextEntryStillToDoLeavingWalksOut() {
        List<PlannedSession> plan = List.of(planned(MONDAY, Activity.RUN, PlannedSession.Kind.SESSION),
                planned(MONDAY.plusDays(1), Activity.WALK, PlannedSession.Kind.WALK),
                planned(MONDAY.plusDays(2), Activity.STRENGTH, PlannedSession.Kind.STRENGTH));
        List<PlanDone.Entry> entries = PlanDone.of(plan,
                List.of(logged("1", Activity.RUN, MONDAY.atTime(7, 0).atZone(LONDON), 30)), LONDON);
        assertThat(PlanDone.nextAfter(entries, MONDAY)).hasValue(plan.get(2));
    }
}
