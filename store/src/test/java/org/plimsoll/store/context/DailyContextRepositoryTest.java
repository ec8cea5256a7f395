package org.plimsoll.store.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.engine.unit.Stress;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.settings.CoachingSettingsRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** A watch or ring's measures beside what the person typed: the typed value always wins. */
class DailyContextRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static DailyContextRepository.Stored imported(Database db, long id, double sleep, double hrv, int resting) {
        return db.inTransaction(h -> DailyContextRepository.importMeasures(h, id, DAY, Optional.of(Hours.of(sleep)),
                Optional.of(Hrv.ofMs(hrv)), Optional.of(HrvKind.RMSSD), Optional.of(HeartRate.ofBpm(resting)), false));
    }

    @OnBothDatabases
    void aValueThePersonTypedIsNeverOverwrittenByAnImport(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        DailyContextRepository context = new DailyContextRepository(db);
        context.save(id, new DailyContext(DAY, Optional.of(Hours.of(6.5)), Optional.empty(), Optional.of(Stress.of(3)),
                Optional.empty()).withMeasures(Optional.of(Hrv.ofMs(48)), Optional.of(HrvKind.RMSSD), Optional.empty()));

        DailyContextRepository.Stored stored = imported(db, id, 7.9, 61, 52);

        assertThat(stored).isEqualTo(new DailyContextRepository.Stored(false, false, true));
        DailyContext day = context.list(id).get(0);
        assertThat(day.sleepHours()).contains(Hours.of(6.5));
        assertThat(day.hrv()).contains(Hrv.ofMs(48));
        assertThat(day.restingHeartRate()).contains(HeartRate.ofBpm(52));
        assertThat(day.stress()).contains(Stress.of(3));
    }

    @OnBothDatabases
    void reImportingTheSameMeasuresStoresNothingAndANewImportUpdatesAnImportedValue(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        assertThat(imported(db, id, 7.5, 55, 50)).isEqualTo(new DailyContextRepository.Stored(true, true, true));
        assertThat(imported(db, id, 7.5, 55, 50)).isEqualTo(new DailyContextRepository.Stored(false, false, false));
        assertThat(imported(db, id, 7.0, 55, 50)).isEqualTo(new DailyContextRepository.Stored(true, false, false));
        assertThat(new DailyContextRepository(db).list(id).get(0).sleepHours()).contains(Hours.of(7.0));
    }

    @OnBothDatabases
    void anEntryTypedWithoutTheMeasuresKeepsTheImportedOnes(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        imported(db, id, 7.5, 55, 50);
        DailyContextRepository context = new DailyContextRepository(db);
        context.save(id, new DailyContext(DAY, Optional.empty(), Optional.empty(), Optional.of(Stress.of(8)),
                Optional.empty()));
        DailyContext day = context.list(id).get(0);
        assertThat(day.sleepHours()).contains(Hours.of(7.5));
        assertThat(day.hrv()).contains(Hrv.ofMs(55));
        assertThat(day.hrvKind()).contains(HrvKind.RMSSD);
        assertThat(day.restingHeartRate()).contains(HeartRate.ofBpm(50));
        // Still imported: a later import may correct them.
        assertThat(imported(db, id, 7.0, 57, 51)).isEqualTo(new DailyContextRepository.Stored(true, true, true));
    }

    @OnBothDatabases
    void readinessCanBeTurnedOffAndStaysOff(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        CoachingSettingsRepository settings = new CoachingSettingsRepository(db);
        settings.save(id, CoachingSettings.DEFAULT.with(CoachingSettings.Setting.READINESS_CUT_PERCENT, 0), NOW);
        assertThat(settings.get(id).readinessCutPercent()).isZero();
    }

    @OnBothDatabases
    void aDaySaysWhichOfItsMeasuresCameFromTheWatchSoTheFormCanSaySo(Database db) {
        long id = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        DailyContextRepository context = new DailyContextRepository(db);
        assertThat(context.importedOn(id, DAY)).isEqualTo(DailyContextRepository.Imported.NONE);
        context.save(id, new DailyContext(DAY, Optional.of(Hours.of(6.5)), Optional.empty(), Optional.empty(),
                Optional.empty()));

        imported(db, id, 7.9, 61, 52);

        assertThat(context.importedOn(id, DAY)).isEqualTo(new DailyContextRepository.Imported(false, true, true));
    }
}
