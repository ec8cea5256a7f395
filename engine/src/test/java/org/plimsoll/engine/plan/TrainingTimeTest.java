package org.plimsoll.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;

class TrainingTimeTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static Session at(int day, int hour, int minute, Activity activity) {
        return Session.of("s" + day + activity, activity, ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ZONE), 30, 4);
    }

    private static History of(List<Session> sessions) {
        return new History(Profile.defaultFor(ZONE), List.of(), sessions, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aPlannedRunGoesAtTheMedianStartOfTheLastTenRunsRoundedDownToAQuarterHour() {
        List<Session> runs = new java.util.ArrayList<>(IntStream.rangeClosed(1, 9).mapToObj(d -> at(d, 7, 10, Activity.RUN)).toList());
        runs.add(at(10, 19, 0, Activity.RUN));
        runs.add(at(11, 12, 0, Activity.CYCLE));
        assertThat(TrainingTime.usual(of(runs), Activity.RUN)).isEqualTo(LocalTime.of(7, 0));
        assertThat(TrainingTime.usual(of(runs), Activity.CYCLE)).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void anActivityNeverDoneTakesTheHabitOfAllAndNoHistoryTakesEarlyEvening() {
        assertThat(TrainingTime.usual(of(List.of(at(1, 6, 40, Activity.RUN))), Activity.SWIM)).isEqualTo(LocalTime.of(6, 30));
        assertThat(TrainingTime.usual(of(List.of()), Activity.SWIM)).isEqualTo(LocalTime.of(18, 0));
    }
}
