package org.plimsoll.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.plimsoll.formats.export.ExportFile;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.engine.unit.Minutes;

class ExportRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static long personWithEverything(Database db, String email) {
        long id = new AccountRepository(db).create(email, "h", NOW).orElseThrow().id();
        EveryKindOfRecord.fill(db, id, email, NOW);
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
