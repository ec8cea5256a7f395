package org.plimsoll.formats.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's whole record, table by table, as one versioned file. Ids are numbered from 1 within the
 * file (the database's own ids mean nothing elsewhere); references use the file's numbers. Each row
 * maps a column name to a Long, Double, Boolean, String, Instant, LocalDate or null, as its
 * {@link ExportTable.Kind} says.
 */
public record ExportFile(int version, Instant exportedAt, String email, Map<String, List<Map<String, Object>>> tables) {
    /** The version this Plimsoll writes and reads. */
    public static final int VERSION = 1;
    /** The value of the file's "format" field, so that another JSON file is told apart at once. */
    public static final String FORMAT = "plimsoll-export";

    public ExportFile {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            copy.put(table.name(), List.copyOf(tables.getOrDefault(table.name(), List.of()).stream()
                    .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList()));
        }
        tables = Collections.unmodifiableMap(copy);
    }

    public List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** How many records the file holds, over all tables. */
    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}
