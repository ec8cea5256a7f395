package org.plimsoll.store.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Percent;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class CoachingSettingsRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aPersonsSettingsAreKeptAndReachTheEngineAndWithoutThemTheDefaultsApply(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        CoachingSettingsRepository settings = new CoachingSettingsRepository(db);
        assertThat(settings.find(id)).isEmpty();
        assertThat(new HistoryRepository(db).load(id).settings()).isEqualTo(CoachingSettings.DEFAULT);
        CoachingSettings own = new CoachingSettings(21, 12, 65, 20, Optional.empty());
        settings.save(id, own, NOW);
        assertThat(settings.get(id)).isEqualTo(own);
        CoachingSettings changed = new CoachingSettings(18, 10, 70, 15, Optional.of(Percent.of(20)), 28);
        settings.save(id, changed, NOW.plusSeconds(60));
        assertThat(new HistoryRepository(db).load(id).settings()).isEqualTo(changed);
    }
}
