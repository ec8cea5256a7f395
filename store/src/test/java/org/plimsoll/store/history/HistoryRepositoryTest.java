package org.plimsoll.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class HistoryRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aHistoryWrittenWholeReadsBackWithTheSameRecordsAndThePersonsDemands(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        History demo = DemoHistory.generate(LocalDate.of(2026, 2, 28), 4, ZoneId.of("Europe/London"));
        HistoryRepository histories = new HistoryRepository(db);
        histories.append(ana, demo, NOW);
        new ProfileRepository(db).saveDemands(ana, Activity.RUN, new Demands(0, 1, 2));

        History loaded = histories.load(ana);

        assertThat(loaded.profile()).isEqualTo(demo.profile());
        assertThat(loaded.sessions()).hasSameSizeAs(demo.sessions());
        assertThat(loaded.checkIns()).hasSameSizeAs(demo.checkIns());
        assertThat(loaded.context()).isEqualTo(demo.context());
        assertThat(loaded.baselineTests()).isEqualTo(demo.baselineTests());
        assertThat(loaded.declaredFlares()).isEqualTo(demo.declaredFlares());
        assertThat(loaded.demandsOf(Activity.RUN)).isEqualTo(new Demands(0, 1, 2));
        assertThat(loaded.demandsOf(Activity.GOLF)).isEqualTo(new Demands(3, 1, 0));
    }
}
