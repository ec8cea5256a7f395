package org.plimsoll.bench.load;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the store's own code wrote for one person (a model), as rows, written again for other
 * people: the same tables and columns with the person's account and new ids put in. Storing a
 * person through the repositories is one statement a row and one more to bump the revision, which
 * is what made a population of 10,000 take most of an hour; copying the model's rows is a few
 * batched statements for a hundred people.
 *
 * <p>Which tables and columns is read from the database itself, not listed here, so a table a
 * later migration adds comes along: every table with an {@code account_id}, then every table whose
 * foreign key names a copied row, in that order. A column that refers to a copied row gets the
 * copy's id. The account row and the API token are not copied; the caller writes those.
 */
final class StoredRows {
    private static final Set<String> NOT_COPIED = Set.of("accounts", "api_tokens", "flyway_schema_history");

    /** One table's rows of the model, and how its columns refer to other copied tables. */
    private record Table(String name, List<String> columns, boolean ownId, Map<Integer, String> refersTo,
                         List<Object[]> rows) {
    }

    private final List<Table> tables;
    private final long revision;

    private StoredRows(List<Table> tables, long revision) {
        this.tables = tables;
        this.revision = revision;
    }

    /** The model person's revision, which each copy takes (the data is the same). */
    long revision() {
        return revision;
    }

    int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /** The rows the store holds for {@code accountId}, read in one go. */
    static StoredRows of(Connection c, long accountId) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema == null || schema.equals("public")) && !NOT_COPIED.contains(name)
                        && !name.startsWith("sqlite_")) {
                    columns.put(name, new ArrayList<>());
                }
            }
        }
        Map<String, Map<String, String>> foreign = new HashMap<>();
        for (String table : columns.keySet()) {
            try (ResultSet rs = meta.getColumns(null, null, table, "%")) {
                while (rs.next()) {
                    columns.get(table).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            Map<String, String> keys = new HashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    keys.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            foreign.put(table, keys);
        }
        List<Table> tables = new ArrayList<>();
        Map<String, List<Long>> copiedIds = new HashMap<>();
        // The person's own tables first; then, round by round, the tables whose rows hang off copied rows.
        for (String table : columns.keySet()) {
            if ("accounts".equals(foreign.get(table).get("account_id"))) {
                tables.add(read(c, table, columns.get(table), foreign.get(table), "account_id", List.of(accountId),
                        copiedIds));
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (String table : columns.keySet()) {
                if (tables.stream().anyMatch(t -> t.name().equals(table))) {
                    continue;
                }
                for (Map.Entry<String, String> key : foreign.get(table).entrySet()) {
                    List<Long> parents = copiedIds.get(key.getValue());
                    if (parents != null && !parents.isEmpty()) {
                        tables.add(read(c, table, columns.get(table), foreign.get(table), key.getKey(), parents,
                                copiedIds));
                        more = true;
                        break;
                    }
                }
            }
        }
        long revision;
        try (PreparedStatement s = c.prepareStatement("SELECT revision FROM accounts WHERE id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                revision = rs.getLong(1);
            }
        }
        return new StoredRows(parentsFirst(tables), revision);
    }

    /** A table after every copied table it refers to, so that the copies' new ids are known when they are named. */
    private static List<Table> parentsFirst(List<Table> tables) {
        List<Table> ordered = new ArrayList<>();
        List<Table> left = new ArrayList<>(tables);
        Set<String> copied = new java.util.HashSet<>();
        tables.forEach(t -> copied.add(t.name()));
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> t.refersTo().values().stream().allMatch(target ->
                            target.equals(t.name()) || !copied.contains(target)
                                    || ordered.stream().anyMatch(o -> o.name().equals(target))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("tables refer to each other in a circle: "
                            + left.stream().map(Table::name).toList()));
            ordered.add(next);
            left.remove(next);
        }
        return List.copyOf(ordered);
    }

    private static Table read(Connection c, String table, List<String> columns, Map<String, String> foreign,
                              String by, List<Long> values, Map<String, List<Long>> copiedIds) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        List<Object[]> rows = new ArrayList<>();
        boolean ownId = columns.contains("id");
        List<Long> ids = new ArrayList<>();
        String order = ownId ? " ORDER BY id" : "";
        try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE " + by + " IN (" + in + ")" + order)) {
            for (int i = 0; i < values.size(); i++) {
                s.setLong(i + 1, values.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                    if (ownId) {
                        ids.add(((Number) row[columns.indexOf("id")]).longValue());
                    }
                }
            }
        }
        copiedIds.put(table, ids);
        Map<Integer, String> refersTo = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String target = foreign.get(columns.get(i));
            if (target != null) {
                refersTo.put(i, target);
            }
        }
        return new Table(table, columns, ownId, refersTo, rows);
    }

    /**
     * Writes these rows for each of {@code accounts} on {@code c} (in the caller's transaction),
     * each row's own id taken from {@code nextIds} (one counter a table, shared by the writers).
     */
    void copyTo(Connection c, long[] accounts, Map<String, AtomicLong> nextIds) throws SQLException {
        Map<String, Map<Long, Long>> newIds = new HashMap<>();
        for (Table t : tables) {
            if (t.rows().isEmpty()) {
                continue;
            }
            int idColumn = t.columns().indexOf("id");
            int accountColumn = t.columns().indexOf("account_id");
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < t.columns().size(); i++) {
                marks.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + t.name() + " ("
                    + String.join(", ", t.columns()) + ") VALUES (" + marks + ")")) {
                for (long account : accounts) {
                    Map<Long, Long> mine = newIds.computeIfAbsent(t.name() + "#" + account, k -> new HashMap<>());
                    for (Object[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            Object value = row[i];
                            if (i == idColumn) {
                                long id = nextIds.get(t.name()).incrementAndGet();
                                mine.put(((Number) value).longValue(), id);
                                value = id;
                            } else if (i == accountColumn) {
                                value = account;
                            } else if (t.refersTo().containsKey(i) && value != null
                                    && newIds.containsKey(t.refersTo().get(i) + "#" + account)) {
                                value = newIds.get(t.refersTo().get(i) + "#" + account).get(((Number) value).longValue());
                            }
                            s.setObject(i + 1, value);
                        }
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
        }
    }

    /** The tables whose rows get new ids here, and the accounts, for the counters {@link #copyTo} takes. */
    List<String> tablesWithIdsAndAccounts() {
        List<String> names = new ArrayList<>(List.of("accounts"));
        tables.stream().filter(t -> t.ownId() && !t.rows().isEmpty()).map(Table::name).forEach(names::add);
        return names;
    }
}
