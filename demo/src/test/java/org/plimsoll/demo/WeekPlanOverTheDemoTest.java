package org.plimsoll.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.unit.Minutes;

/**
 * The week plan over two years of realistic history, at 100 dates: no entry above its day's
 * level, every activity with a level planned, today's entry equal to today's level, and no dose
 * at all under an emergency or same-day referral.
 */
class WeekPlanOverTheDemoTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    @Test
    void atAHundredDatesThePlanStaysWithinEachDaysLevelAndPlansEveryActivity() {
        History history = DemoHistory.generate(LAST_DAY, 104, LONDON);
        LocalDate first = LAST_DAY.minusWeeks(100);
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            LocalDate day = first.plusDays(i * 7L);
            Assessment a = Assessment.derivedFrom(history, day);
            if (a.referral().stopsTraining()) {
                assertThat(a.plan()).as(day.toString()).isEmpty();
                assertThat(a.activities()).allSatisfy(x -> assertThat(x.todayLevel()).isEmpty());
                continue;
            }
            for (ActivityAssessment x : a.activities()) {
                if (x.currentLevel().isEmpty() || x.activity().isPosture() || x.state() == LevelState.NEW) {
                    continue;
                }
                var entries = a.plan().stream().filter(p -> p.activity() == x.activity()
                        && p.kind() != PlannedSession.Kind.SWAP && p.kind() != PlannedSession.Kind.WALK).toList();
                assertThat(entries).as(day + " " + x.activity()).isNotEmpty();
                int levelMinutes = x.currentLevel().get().minutes().map(Minutes::value).orElse(Integer.MAX_VALUE);
                for (PlannedSession p : entries) {
                    assertThat(p.rpeCap()).as(day + " " + p).isLessThanOrEqualTo(x.currentLevel().get().rpeCap());
                    if (p.minutes().isPresent() && x.currentLevel().get().minutes().isPresent()) {
                        assertThat(p.minutes().get().value()).as(day + " " + p).isLessThanOrEqualTo(levelMinutes);
                    }
                    if (p.date().equals(day) && x.todayLevel().isPresent()) {
                        assertThat(p.rpeCap()).as(day + " today " + p).isLessThanOrEqualTo(x.todayLevel().get().rpeCap());
                        x.todayLevel().get().minutes().ifPresent(m ->
                                assertThat(p.minutes().get().value()).as(day + " today " + p).isLessThanOrEqualTo(m.value()));
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
