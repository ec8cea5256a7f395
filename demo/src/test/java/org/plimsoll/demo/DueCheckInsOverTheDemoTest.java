package org.plimsoll.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.reminder.DueCheckIns.Due;
import org.plimsoll.engine.reminder.DueCheckIns;
import org.plimsoll.engine.history.History;

/** Due check-ins over two years of the demo: only the recent part of a history is needed to answer. */
class DueCheckInsOverTheDemoTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void theRelevantPartOfTwoYearsGivesTheSameDueCheckInsAtEveryHourOfTheDay() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        History demo = DemoHistory.generate(day, 104, ZONE);
        // The demo answers every check-in; its last week's next mornings and hours after are left
        // out here, so that windows stay open and the comparison has something to compare.
        java.util.Set<String> lastWeek = demo.sessions().stream()
                .filter(x -> !x.start().toLocalDate().isBefore(day.minusDays(7))).map(x -> x.id())
                .collect(java.util.stream.Collectors.toSet());
        History twoYears = new History(demo.profile(), demo.levels(), demo.sessions(), demo.checkIns().stream()
                .filter(c -> !(c.sessionId().map(lastWeek::contains).orElse(false)
                        && (c.window() == CheckInWindow.NEXT_MORNING || c.window() == CheckInWindow.AFTER_1H)))
                .toList(), demo.context(), demo.baselineTests(), demo.declaredFlares(), demo.demands(), demo.settings());
        Set<CheckInWindow> seen = EnumSet.noneOf(CheckInWindow.class);
        for (LocalDate d = day.minusDays(6); !d.isAfter(day); d = d.plusDays(1)) {
            History small = DueCheckIns.relevantOn(twoYears, d);
            assertThat(small.sessions().size()).isLessThan(twoYears.sessions().size() / 20);
            for (int hour = 0; hour < 24; hour++) {
                for (int minute : new int[] {0, 30}) {
                    ZonedDateTime now = d.atTime(hour, minute).atZone(ZONE);
                    List<Due> due = DueCheckIns.at(twoYears, now);
                    assertThat(DueCheckIns.at(small, now)).as("at %s", now).isEqualTo(due);
                    due.forEach(open -> seen.add(open.window()));
                }
            }
        }
        // The comparison means something only if the demo leaves some check-ins open.
        assertThat(seen).anyMatch(CheckInWindow::belongsToSession);
    }
}
