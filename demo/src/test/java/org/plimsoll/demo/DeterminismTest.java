package org.plimsoll.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.session.Session;

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
        LocalDate day = DAY.minusWeeks(2);
        History upTo = cutAtTheEndOf(all, day);
        assertThat(upTo.sessions()).hasSizeLessThan(all.sessions().size());
        assertThat(Assessment.derivedFrom(all, day)).isEqualTo(Assessment.derivedFrom(upTo, day));
    }

    /** The history as it stood at the end of {@code day}: what was done and entered by then. */
    private static History cutAtTheEndOf(History history, LocalDate day) {
        ZoneId zone = history.profile().zone();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Session> sessions = history.sessions().stream().filter(s -> s.start().toInstant().isBefore(end)).toList();
        Set<String> kept = sessions.stream().map(Session::id).collect(Collectors.toSet());
        return new History(history.profile(),
                history.levels().stream().filter(l -> !l.since().isAfter(day)).toList(),
                sessions,
                history.checkIns().stream()
                        .filter(c -> c.date().map(d -> !d.isAfter(day)).orElse(true))
                        .filter(c -> c.recordedAt().map(r -> r.isBefore(end)).orElse(true))
                        .filter(c -> c.sessionId().map(kept::contains).orElse(true)).toList(),
                history.context().stream().filter(c -> !c.date().isAfter(day)).toList(),
                history.baselineTests().stream().filter(t -> !t.date().isAfter(day)).toList(),
                history.declaredFlares().stream().filter(f -> !f.date().isAfter(day)).toList(),
                history.demands(), history.settings(), history.care(),
                history.checkUps().stream().filter(c -> !c.date().isAfter(day)).toList());
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
