package org.plimsoll.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.plimsoll.formats.export.ExportFile;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;

/**
 * Reads a person's whole record into an {@link ExportFile}, and restores one into an empty account
 * in a single transaction. Tokens, sign-ins, share links and the calendar feed are access, not data:
 * they stay with the account they were made for and are not exported.
 */
public final class AccountExport {
    private final Database database;

    public AccountExport(Database database) {
        this.database = database;
    }

    /** Everything recorded for the account, with ids numbered from 1 per table in the order stored. */
    public ExportFile read(long accountId, String email, Instant now) {
        return database.inTransaction(handle -> {
            Map<String, Map<Long, Long>> fileIds = new HashMap<>();
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (TableStatements statements : TableStatements.ALL) {
                ExportTable table = ExportTable.named(statements.table()).orElseThrow();
                Map<Long, Long> numbering = new HashMap<>();
                fileIds.put(table.name(), numbering);
                List<Map<String, Object>> rows = handle.createQuery(statements.select()).bind("account", accountId)
                        .map((rs, ctx) -> row(table, rs, ctx, numbering, fileIds)).list();
                tables.put(table.name(), rows);
            }
            return new ExportFile(ExportFile.VERSION, now, email, tables);
        });
    }

    private static Map<String, Object> row(ExportTable table, ResultSet rs, StatementContext ctx,
                                           Map<Long, Long> numbering, Map<String, Map<Long, Long>> fileIds)
            throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            Object value = switch (column.kind()) {
                case ID -> {
                    long id = rs.getLong(column.name());
                    long fileId = numbering.size() + 1L;
                    numbering.put(id, fileId);
                    yield fileId;
                }
                case REF -> {
                    long id = rs.getLong(column.name());
                    yield rs.wasNull() ? null : fileIds.get(column.refersTo().orElseThrow()).get(id);
                }
                case INTEGER -> {
                    long n = rs.getLong(column.name());
                    yield rs.wasNull() ? null : n;
                }
                case DECIMAL -> {
                    double d = rs.getDouble(column.name());
                    yield rs.wasNull() ? null : d;
                }
                case BOOLEAN -> {
                    boolean b = rs.getBoolean(column.name());
                    yield rs.wasNull() ? null : b;
                }
                case TEXT -> rs.getString(column.name());
                case INSTANT -> ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column.name(), ctx);
                case DATE -> ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, column.name(), ctx);
            };
            row.put(column.name(), value);
        }
        return row;
    }

    /** How many records of the kinds a restore would bring in the account already holds. */
    public int recordCount(long accountId) {
        return database.withHandle(handle -> recordCount(handle, accountId));
    }

    private static int recordCount(Handle handle, long accountId) {
        return handle.createQuery(TableStatements.RECORD_COUNT).bind("account", accountId).mapTo(Integer.class).one();
    }

    /**
     * Writes a checked file into an account that holds no records yet (its profile is replaced), all
     * in one transaction: a failure part-way leaves the account as it was. Returns the records written.
     */
    public int restore(long accountId, ExportFile file) {
        return database.inTransaction(handle -> {
            int existing = recordCount(handle, accountId);
            if (existing > 0) {
                throw new AccountNotEmpty(existing);
            }
            handle.createUpdate("DELETE FROM profiles WHERE account_id = :account").bind("account", accountId).execute();
            Map<String, Map<Long, Long>> dbIds = new HashMap<>();
            int written = 0;
            for (TableStatements statements : TableStatements.ALL) {
                ExportTable table = ExportTable.named(statements.table()).orElseThrow();
                Map<Long, Long> numbering = new HashMap<>();
                dbIds.put(table.name(), numbering);
                for (Map<String, Object> row : file.rows(table.name())) {
                    insert(handle, statements.insert(), table, accountId, row, numbering, dbIds);
                    written++;
                }
            }
            AccountRepository.touch(handle, accountId);
            return written;
        });
    }

    private static void insert(Handle handle, String sql, ExportTable table, long accountId, Map<String, Object> row,
                               Map<Long, Long> numbering, Map<String, Map<Long, Long>> dbIds) {
        List<Column> written = table.columns().stream().filter(c -> c.kind() != ExportTable.Kind.ID).toList();
        Update update = handle.createUpdate(sql);
        if (table.parent().isEmpty()) {
            update.bind("account_id", accountId);
        }
        for (Column column : written) {
            Object value = row.get(column.name());
            switch (column.kind()) {
                case REF -> update.bindByType(column.name(), value == null ? null
                        : dbIds.get(column.refersTo().orElseThrow()).get((Long) value), Long.class);
                case INTEGER -> update.bindByType(column.name(), value, Long.class);
                case DECIMAL -> update.bindByType(column.name(), value, Double.class);
                case BOOLEAN -> update.bindByType(column.name(), value, Boolean.class);
                case TEXT -> update.bindByType(column.name(), value, String.class);
                case INSTANT -> update.bindByType(column.name(), value, Instant.class);
                case DATE -> update.bindByType(column.name(), value, LocalDate.class);
                case ID -> throw new IllegalStateException("ids are generated");
            }
        }
        if (table.hasId()) {
            long id = update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            numbering.put((Long) row.get("id"), id);
        } else {
            update.execute();
        }
    }
}
