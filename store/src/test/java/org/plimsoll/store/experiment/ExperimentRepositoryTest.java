package org.plimsoll.store.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class ExperimentRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @OnBothDatabases
    void anExperimentIsStartedPausedCarriedOnAndStoppedAndASessionKeepsItsCondition(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        ExperimentRepository experiments = new ExperimentRepository(db);
        Experiment cadence = Experiment.of("cadence", Activity.RUN, "usual", "cadence +5%", DAY);
        experiments.add(id, cadence, NOW);
        assertThat(experiments.list(id)).containsExactly(cadence);

        experiments.update(id, cadence.pausedOn(DAY.plusDays(9)));
        assertThat(experiments.find(id, "cadence")).contains(cadence.pausedOn(DAY.plusDays(9)));
        experiments.update(id, cadence.resumed().stoppedOn(DAY.plusDays(20)));
        assertThat(experiments.find(id, "cadence")).contains(cadence.stoppedOn(DAY.plusDays(20)));
        assertThat(experiments.find(id, "other")).isEmpty();

        Session run = Session.of("x", Activity.RUN, ZonedDateTime.of(DAY.atTime(7, 0), ZoneId.of("Europe/London")), 30, 4)
                .withCondition("cadence +5%");
        Session stored = new SessionRepository(db).add(id, run, Optional.empty(), NOW);
        assertThat(stored.condition()).contains("cadence +5%");
        var history = new HistoryRepository(db).load(id);
        assertThat(history.sessions()).singleElement().satisfies(s -> assertThat(s.condition()).contains("cadence +5%"));
        assertThat(history.experiments()).containsExactly(cadence.stoppedOn(DAY.plusDays(20)));
    }
}
