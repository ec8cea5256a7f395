package org.plimsoll.formats.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;

/** The records of one table of an export file, read field by field as their columns say. */
final class ExportRows {
    private ExportRows() {
    }

    /** A table's records, each field checked against its column; problems are added, never thrown. */
    static List<Map<String, Object>> read(ExportTable table, JsonNode node, List<JsonProblem> problems) {
        String at = "$.tables." + table.name();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return rows;
        }
        if (!node.isArray()) {
            problems.add(new JsonProblem(at, "is not a list of records"));
            return rows;
        }
        for (int i = 0; i < node.size(); i++) {
            String rowAt = at + "[" + i + "]";
            JsonNode record = node.get(i);
            if (!record.isObject()) {
                problems.add(new JsonProblem(rowAt, "is not a record (a JSON object)"));
                continue;
            }
            for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (table.column(name).isEmpty()) {
                    problems.add(new JsonProblem(rowAt + "." + name, "is not a column of " + table.name()));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                row.put(column.name(), value(column, record.path(column.name()), rowAt + "." + column.name(), problems));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(Column column, JsonNode node, String at, List<JsonProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            if (column.required()) {
                problems.add(new JsonProblem(at, "is required"));
            }
            return null;
        }
        switch (column.kind()) {
            case ID, REF, INTEGER -> {
                if (!node.isIntegralNumber()) {
                    problems.add(new JsonProblem(at, "is " + node + ", not a whole number"));
                    return null;
                }
                long n = node.asLong();
                if (n < column.min() || n > column.max() || (column.kind() != ExportTable.Kind.INTEGER && n < 1)) {
                    problems.add(new JsonProblem(at, "is " + n + "; expected " + bounds(column)));
                    return null;
                }
                return n;
            }
            case DECIMAL -> {
                if (!node.isNumber()) {
                    problems.add(new JsonProblem(at, "is " + node + ", not a number"));
                    return null;
                }
                double d = node.asDouble();
                if (d < column.min() || d > column.max()) {
                    problems.add(new JsonProblem(at, "is " + d + "; expected " + bounds(column)));
                    return null;
                }
                return d;
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    problems.add(new JsonProblem(at, "is " + node + ", not true or false"));
                    return null;
                }
                return node.asBoolean();
            }
            case TEXT -> {
                if (!node.isTextual()) {
                    problems.add(new JsonProblem(at, "is " + node + ", not text"));
                    return null;
                }
                if (JsonFields.hasControlCharacter(node.asText())) {
                    problems.add(new JsonProblem(at, "contains control characters (such as NUL)"));
                    return null;
                }
                Optional<String> wrong = column.check().apply(node.asText());
                wrong.ifPresent(message -> problems.add(new JsonProblem(at, message)));
                return wrong.isPresent() ? null : node.asText();
            }
            case INSTANT -> {
                return instant(node, at, column.required(), problems);
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(node.asText());
                    if (!PlausibleDates.contains(date)) {
                        problems.add(new JsonProblem(at, "is " + node + ", not a date " + PlausibleDates.describe()));
                        return null;
                    }
                    return date;
                } catch (DateTimeException e) {
                    problems.add(new JsonProblem(at, "is " + node + ", not a date such as 2026-03-01"));
                    return null;
                }
            }
        }
        throw new IllegalStateException("unhandled kind " + column.kind());
    }

    private static String bounds(Column column) {
        double low = column.kind() == ExportTable.Kind.INTEGER ? column.min() : Math.max(1, column.min());
        if (Double.isInfinite(column.max())) {
            return "at least " + (long) low;
        }
        return column.kind() == ExportTable.Kind.DECIMAL ? "between " + column.min() + " and " + column.max()
                : "between " + (long) low + " and " + (long) column.max();
    }

    static Instant instant(JsonNode node, String at, boolean required, List<JsonProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(new JsonProblem(at, "is required"));
            }
            return null;
        }
        try {
            Instant instant = Instant.parse(node.asText());
            if (!PlausibleDates.contains(instant)) {
                problems.add(new JsonProblem(at, "is " + node + ", not an instant " + PlausibleDates.describe()));
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            problems.add(new JsonProblem(at, "is " + node + ", not an instant such as 2026-03-01T09:30:00Z"));
            return null;
        }
    }
}
