package org.plimsoll.store.shown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.safety.ShownLevel;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.store.testing.TestDatabases;

class ShownLevelRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @OnBothDatabases
    void todaysLastLevelAndTheLatestEarlierDaysAreKeptPerActivityWithoutChangingTheRevision(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long id = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long revision = accounts.findById(id).orElseThrow().revision();
        ShownLevelRepository shown = new ShownLevelRepository(db);
        assertThat(shown.list(id)).isEmpty();

        ShownLevel run = new ShownLevel(DAY, Activity.RUN, new Dose(3, Optional.of(Minutes.of(30)),
                Optional.of(Distance.ofKm(4.5)), 4, Optional.empty()));
        ShownLevel walk = new ShownLevel(DAY, Activity.WALK, new Dose(5, Optional.of(Minutes.of(40)), Optional.empty(),
                3, Optional.empty()));
        shown.keep(id, List.of(run, walk), shown.list(id));
        assertThat(shown.list(id)).containsExactlyInAnyOrder(run, walk);

        ShownLevel lighter = new ShownLevel(DAY.plusDays(1), Activity.RUN, new Dose(2, Optional.of(Minutes.of(20)),
                Optional.empty(), 3, Optional.empty()));
        shown.keep(id, List.of(lighter, walk), shown.list(id));
        assertThat(shown.list(id)).as("the next day's first answer keeps the day before's")
                .containsExactlyInAnyOrder(lighter, run, walk);

        ShownLevel lighterStill = new ShownLevel(DAY.plusDays(1), Activity.RUN, new Dose(2, Optional.of(Minutes.of(15)),
                Optional.empty(), 3, Optional.empty()));
        shown.keep(id, List.of(lighterStill), shown.list(id));
        assertThat(shown.list(id)).as("a later answer the same day replaces that day's").containsExactlyInAnyOrder(
                lighterStill, run, walk);

        ShownLevel third = new ShownLevel(DAY.plusDays(2), Activity.RUN, lighterStill.level());
        shown.keep(id, List.of(third), shown.list(id));
        assertThat(shown.list(id)).as("days before the latest earlier one go").containsExactlyInAnyOrder(
                third, lighterStill, walk);
        assertThat(accounts.findById(id).orElseThrow().revision()).isEqualTo(revision);
    }

    /**
     * I6 (docs/engine.md): what an answer showed is the ceiling while a flare stands, so it must outlive the
     * process. It is kept through the shared commit, only when it changed, and is there after a restart.
     */
    @OnBothDatabases
    void theLevelsShownAreKeptOnlyWhenChangedThroughTheSharedCommitAndSurviveARestart(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        HistoryRepository histories = new HistoryRepository(db);
        ShownLevel walk = new ShownLevel(DAY, Activity.WALK, new Dose(2, Optional.of(Minutes.of(15)), Optional.empty(),
                3, Optional.empty()));
        long sharedBefore = db.groupCommits().writes();

        histories.keepShown(id, histories.loadWithRevision(id), List.of(walk));
        assertThat(db.groupCommits().writes()).as("kept in the shared commit").isEqualTo(sharedBefore + 1);
        histories.keepShown(id, histories.loadWithRevision(id), List.of(walk));
        assertThat(db.groupCommits().writes()).as("the same levels shown again write nothing")
                .isEqualTo(sharedBefore + 1);

        db.close();
        try (Database restarted = TestDatabases.open(db.settings())) {
            assertThat(new ShownLevelRepository(restarted).list(id)).containsExactly(walk);
            assertThat(new HistoryRepository(restarted).loadWithRevision(id).shown()).containsExactly(walk);
        }
    }
}
