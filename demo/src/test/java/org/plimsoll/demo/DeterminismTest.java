package org.plimsoll.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;

/** The engine is pure: the same history and date give the same answer, and the future is ignored. */
class DeterminismTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void theSameInputGivesAnEqualAssessment() {
        History history = DemoHistory.generate(DAY, 12, ZoneId.of("Europe/London"));
        assertThat(Assessment.derivedFrom(history, DAY)).isEqualTo(Assessment.derivedFrom(history, DAY));
    }

    @Test
    void anythingDatedAfterTheDayIsIgnored() {
        History all = DemoHistory.generate(DAY, 12, ZoneId.of("Europe/London"));
        History upTo = DemoHistory.generate(DAY.minusWeeks(2), 10, ZoneId.of("Europe/London"));
        Assessment early = Assessment.derivedFrom(all, DAY.minusWeeks(2));
        assertThat(early.responses()).hasSizeLessThan(Assessment.derivedFrom(all, DAY).responses().size());
        assertThat(early.responses()).allSatisfy(r -> assertThat(r.date()).isBeforeOrEqualTo(DAY.minusWeeks(2)));
        assertThat(upTo.sessions()).isNotEmpty();
    }

    @Test
    void tenYearsOfHistoryAreAssessed() {
        History history = DemoHistory.generate(DAY, 520, ZoneId.of("Europe/London"));
        Assessment a = Assessment.derivedFrom(history, DAY);
        assertThat(a.responses()).hasSizeGreaterThan(520 * 3);
        assertThat(a.load().acwr()).isPresent();
        assertThat(List.of(a.flares().size())).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    }
}
