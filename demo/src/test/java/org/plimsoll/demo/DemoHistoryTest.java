package org.plimsoll.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.History;

class DemoHistoryTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 21);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theSameEndDateGivesTheSameHistory() {
        assertThat(DemoHistory.generate(LAST_DAY, 12, LONDON)).isEqualTo(DemoHistory.generate(LAST_DAY, 12, LONDON));
    }

    @Test
    void twelveWeeksHoldThreeToFiveRunStrengthOrCycleSessionsEachWeek() {
        History history = DemoHistory.generate(LAST_DAY, 12, LONDON);
        LocalDate first = LAST_DAY.minusDays(12 * 7 - 1);
        Map<Long, Long> perWeek = history.sessions().stream().collect(Collectors.groupingBy(
                s -> ChronoUnit.WEEKS.between(first, s.start().toLocalDate()), Collectors.counting()));

        assertThat(perWeek).hasSize(12);
        assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 5L));
        assertThat(history.sessions()).extracting(s -> s.activity())
                .containsOnly(Activity.RUN, Activity.STRENGTH, Activity.CYCLE);
        assertThat(history.sessions()).allSatisfy(s ->
                assertThat(s.start().toLocalDate()).isBetween(first, LAST_DAY));
    }

    @Test
    void checkInsCoverEveryWindowButSomeAreMissing() {
        History history = DemoHistory.generate(LAST_DAY, 12, LONDON);
        Map<CheckInWindow, Long> byWindow = history.checkIns().stream()
                .collect(Collectors.groupingBy(CheckIn::window, Collectors.counting()));

        assertThat(byWindow.keySet()).containsExactlyInAnyOrder(CheckInWindow.values());
        assertThat(byWindow.get(CheckInWindow.AFTER_1H)).isLessThan(history.sessions().size());
        assertThat(history.checkIns()).allSatisfy(c -> c.sessionId().ifPresent(id ->
                assertThat(history.sessions()).anyMatch(s -> s.id().equals(id))));
    }

    @Test
    void oneFlareAroundWeekSevenAndOneBaselineTestAndDailyContext() {
        History history = DemoHistory.generate(LAST_DAY, 12, LONDON);
        LocalDate first = LAST_DAY.minusDays(12 * 7 - 1);

        assertThat(history.declaredFlares()).hasSize(1);
        assertThat(ChronoUnit.WEEKS.between(first, history.declaredFlares().get(0).date())).isBetween(6L, 7L);
        assertThat(history.baselineTests()).hasSize(1);
        assertThat(history.context().size()).isBetween(60, 84);
        // The flare follows a session whose next morning is at least 3 points worse than usual.
        assertThat(history.checkIns()).anyMatch(c -> c.window() == CheckInWindow.NEXT_MORNING
                && c.pain().value() >= 5);
    }

    @Test
    void twoYearsForLoadTestsKeepTheSameShape() {
        History history = DemoHistory.generate(LAST_DAY, 104, LONDON);
        assertThat(history.sessions().size()).isBetween(104 * 3, 104 * 5);
        assertThat(history.declaredFlares()).hasSize(4);
    }
}
