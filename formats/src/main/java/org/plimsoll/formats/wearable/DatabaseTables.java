package org.plimsoll.formats.wearable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of a database file that is not trusted: only real tables count (a view or a virtual
 * table of the same name could run anything), a table must have the columns we read, and no table
 * is read past {@code maxRows} rows or for longer than a minute per query.
 */
final class DatabaseTables {
    private static final int QUERY_SECONDS = 60;

    /** One row as the reader sees it: values by position, checked for type by the caller. */
    @FunctionalInterface
    interface Row {
        void take(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Set<String> tables = new HashSet<>();
    private final long maxRows;

    DatabaseTables(Connection connection, long maxRows) throws SQLException {
        this.connection = connection;
        this.maxRows = maxRows;
        try (Statement list = connection.createStatement()) {
            list.setQueryTimeout(QUERY_SECONDS);
            try (ResultSet names = list.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' LIMIT 10000")) {
                while (names.next()) {
                    tables.add(names.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    boolean has(String table) {
        return tables.contains(table.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the rows of {@code sql} over {@code table}, after checking that the table has the
     * columns named and no more rows than allowed; a table that is absent reads as empty.
     */
    void read(String table, List<String> columns, String sql, Row row) throws SQLException, WearableFileException {
        if (!has(table)) {
            return;
        }
        Set<String> present = new HashSet<>();
        try (Statement info = connection.createStatement()) {
            info.setQueryTimeout(QUERY_SECONDS);
            try (ResultSet cols = info.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                while (cols.next()) {
                    present.add(cols.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : columns) {
            if (!present.contains(column.toLowerCase(Locale.ROOT))) {
                throw new WearableFileException("the table " + table + " has no column " + column
                        + ": it is not laid out as the app writes it");
            }
        }
        try (Statement count = connection.createStatement()) {
            count.setQueryTimeout(QUERY_SECONDS);
            try (ResultSet n = count.executeQuery("SELECT count(*) FROM (SELECT 1 FROM \"" + table + "\" LIMIT "
                    + (maxRows + 1) + ")")) {
                if (n.next() && n.getLong(1) > maxRows) {
                    throw new WearableFileException("the table " + table + " holds more than " + maxRows
                            + " rows, more than a person's export can hold");
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(sql + " LIMIT " + maxRows)) {
            query.setQueryTimeout(QUERY_SECONDS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    row.take(rows);
                }
            }
        }
    }

    /** A whole number stored in a column, or null when the column holds anything else (text, a blob, nothing). */
    static Long whole(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
    }

    /** A number stored in a column, or null when it holds anything else. */
    static Double number(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
    }
}
