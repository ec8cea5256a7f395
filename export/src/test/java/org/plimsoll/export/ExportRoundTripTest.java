package org.plimsoll.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.formats.export.ExportFile;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.testing.OnBothDatabases;

class ExportRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static long personWithEverything(Database db, String email) {
        long id = new AccountRepository(db).create(email, "h", NOW).orElseThrow().id();
        new HistoryRepository(db).append(id, DemoHistory.generate(LocalDate.of(2026, 2, 28), 12, ZoneId.of("Europe/London")), NOW);
        new ProfileRepository(db).saveDemands(id, Activity.RUN, new Demands(0, 1, 2));
        new ProfileRepository(db).setDisplayName(id, Optional.of("Ana Lima"));
        new org.plimsoll.store.settings.CoachingSettingsRepository(db).save(id,
                new org.plimsoll.engine.settings.CoachingSettings(21, 12, 65, 20, OptionalInt.of(18)), NOW);
        // The demo has no symptoms; a morning with two, a sharp pain and a stiff back fills the rest.
        new CheckInRepository(db).add(id, new CheckIn("x", Optional.empty(), CheckInWindow.DAILY,
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(NOW), new Pain(3), true, Optional.of(Region.LOW),
                OptionalInt.of(20), Set.of(Symptom.LEG_TINGLING, Symptom.NIGHT_PAIN), false), NOW);
        // A physiotherapist's note and one decision, audited: the record of their care travels too.
        long physio = new AccountRepository(db).create("physio-" + email, "h", NOW).orElseThrow().id();
        new org.plimsoll.store.care.CareRepository(db).note(id, physio, "Keep the runs easy this week.", NOW);
        new org.plimsoll.store.care.CareDecisionRepository(db).decide(id, physio,
                new org.plimsoll.engine.care.CareDecision.FlareDeclared(LocalDate.of(2026, 3, 1), "hot disc on exam"),
                new org.plimsoll.store.care.CareDecisionRepository.Audit("flare", "none", "2026-03-01"),
                "said your back is flaring", NOW);
        return id;
    }

    private static byte[] json(ExportFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportJson.write(file, out);
        return out.toByteArray();
    }

    @OnBothDatabases
    void aFullExportRestoredIntoAnEmptyAccountExportsAgainRecordForRecordAndFieldForField(Database db) {
        long ana = personWithEverything(db, "ana@example.org");
        AccountExport export = new AccountExport(db);
        ExportFile first = export.read(ana, "ana@example.org", NOW);
        assertThat(ExportTable.ALL).allSatisfy(table ->
                assertThat(first.rows(table.name())).as("%s in the export", table.name()).isNotEmpty());

        long bea = new AccountRepository(db).create("bea@example.org", "h", NOW).orElseThrow().id();
        ExportFile read = ExportJson.read(new ByteArrayInputStream(json(first)));
        int written = export.restore(bea, read);
        ExportFile second = export.read(bea, "ana@example.org", NOW);

        assertThat(written).isEqualTo(first.size());
        for (ExportTable table : ExportTable.ALL) {
            assertThat(second.rows(table.name())).as(table.name()).isEqualTo(first.rows(table.name()));
        }
        assertThat(json(second)).isEqualTo(json(first));
        assertThat(first.rows("profiles").get(0).toString()).contains("Ana Lima");
    }

    @OnBothDatabases
    void aRestoreIntoAnAccountThatHoldsRecordsIsRefusedAndWritesNothing(Database db) {
        long ana = personWithEverything(db, "ana@example.org");
        AccountExport export = new AccountExport(db);
        ExportFile file = export.read(ana, "ana@example.org", NOW);
        int before = export.recordCount(ana);

        assertThatThrownBy(() -> export.restore(ana, file)).isInstanceOf(AccountNotEmpty.class)
                .hasMessageContaining("already holds " + before + " records");
        assertThat(export.recordCount(ana)).isEqualTo(before);
    }
}
