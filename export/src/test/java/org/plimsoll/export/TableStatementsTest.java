package org.plimsoll.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.formats.export.ExportTable;

/**
 * The SQL is written out table by table, and the file's columns are listed in formats: the two
 * must name the same tables in the same order and the same columns, or an export loses a field.
 */
class TableStatementsTest {
    private static List<String> listed(String sql, String from, String to) {
        String list = sql.substring(sql.indexOf(from) + from.length(), sql.indexOf(to)).replace("\n", " ");
        return Arrays.stream(list.split(",")).map(String::strip).map(c -> c.replaceFirst("^t\\.", "")).toList();
    }

    @Test
    void everyTableOfTheExportFileIsReadAndWrittenInTheFilesOrder() {
        assertThat(TableStatements.ALL.stream().map(TableStatements::table))
                .containsExactlyElementsOf(ExportTable.ALL.stream().map(ExportTable::name).toList());
    }

    @Test
    void eachSelectReadsTheFilesColumnsAndEachInsertWritesAllButTheId() {
        for (TableStatements statements : TableStatements.ALL) {
            ExportTable table = ExportTable.named(statements.table()).orElseThrow();
            List<String> columns = table.columns().stream().map(ExportTable.Column::name).toList();
            List<String> written = table.columns().stream().filter(c -> c.kind() != ExportTable.Kind.ID)
                    .map(ExportTable.Column::name).toList();
            assertThat(listed(statements.select(), "SELECT ", "FROM ")).as(table.name()).isEqualTo(columns);
            assertThat(statements.select()).as(table.name()).contains("FROM " + table.name());
            List<String> inserted = listed(statements.insert(), "(", ")");
            assertThat(inserted.subList(table.parent().isPresent() ? 0 : 1, inserted.size()))
                    .as(table.name()).isEqualTo(written);
            assertThat(statements.insert()).as(table.name()).startsWith("INSERT INTO " + table.name() + " (");
        }
    }
}
