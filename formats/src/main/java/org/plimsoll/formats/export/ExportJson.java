package org.plimsoll.formats.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.formats.json.JsonSyntax;

/**
 * The full export as one JSON document, and its strict reader: a file is either read whole and
 * consistent, or refused with every problem named by its path ({@code $.tables.sessions[3].minutes}).
 */
public final class ExportJson {
    /**
     * The largest file a restore reads. Two years of daily use export to under 1 MB; the limit keeps a
     * server from holding a huge upload's tree in memory.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /**
     * The most records a restore takes. Ten years of heavy daily use export to about 60,000; a
     * file of a million tiny records, well under the byte limit, once held a server for a minute
     * and ended in an OutOfMemoryError. Counted as a stream, before any tree is built.
     */
    public static final int MAX_RECORDS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_BYTES).build()).build());
    private static final Set<String> TOP_LEVEL = Set.of("format", "version", "exportedAt", "account", "tables");

    private ExportJson() {
    }

    public static void write(ExportFile file, OutputStream out) {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", ExportFile.FORMAT);
            g.writeNumberField("version", file.version());
            g.writeStringField("exportedAt", file.exportedAt().toString());
            g.writeObjectFieldStart("account");
            g.writeStringField("email", file.email());
            g.writeEndObject();
            g.writeObjectFieldStart("tables");
            for (ExportTable table : ExportTable.ALL) {
                g.writeArrayFieldStart(table.name());
                for (Map<String, Object> row : file.rows(table.name())) {
                    g.writeStartObject();
                    for (Column column : table.columns()) {
                        g.writeFieldName(column.name());
                        writeValue(g, row.get(column.name()));
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }

    /** Reads and checks a whole file; throws {@link ExportRefused} naming every problem found. */
    public static ExportFile read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode root;
        try {
            if (bytes.length > MAX_BYTES) {
                throw new StreamConstraintsException("larger than the limit");
            }
            int records = countObjects(bytes);
            if (records > MAX_RECORDS) {
                throw new ExportRefused(List.of(new JsonProblem("$.tables", "holds more than " + MAX_RECORDS
                        + " records, the most a restore takes; ten years of daily use export to about 60,000")));
            }
            root = JSON.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new ExportRefused(List.of(new JsonProblem("$", "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most a restore reads; a full export of ten years is a few MB")));
        } catch (JsonProcessingException e) {
            throw new ExportRefused(List.of(new JsonProblem("$", JsonSyntax.describe(e))));
        } catch (IOException e) {
            // The bytes are in memory: what fails now is their content, such as text in no encoding JSON allows.
            throw new ExportRefused(List.of(new JsonProblem("$", "is not JSON text in UTF-8, the encoding of an export")));
        }
        List<JsonProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ExportRefused(List.of(new JsonProblem("$", "is not a Plimsoll export: expected a JSON object")));
        }
        if (!ExportFile.FORMAT.equals(root.path("format").asText(null))) {
            throw new ExportRefused(List.of(new JsonProblem("$.format",
                    "is not \"" + ExportFile.FORMAT + "\": this is not a Plimsoll full export")));
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asInt() != ExportFile.VERSION) {
            throw new ExportRefused(List.of(new JsonProblem("$.version", "is " + version
                    + "; this Plimsoll reads export version " + ExportFile.VERSION
                    + (version.isIntegralNumber() && version.asInt() > ExportFile.VERSION ? " (update Plimsoll to read it)" : ""))));
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                problems.add(new JsonProblem("$." + name, "is not a field of an export"));
            }
        });
        Instant exportedAt = instant(root.path("exportedAt"), "$.exportedAt", true, problems);
        String email = root.path("account").path("email").asText("");
        JsonNode tablesNode = root.path("tables");
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        if (!tablesNode.isObject()) {
            problems.add(new JsonProblem("$.tables", "is missing or not an object of tables"));
        } else {
            tablesNode.fieldNames().forEachRemaining(name -> {
                if (ExportTable.named(name).isEmpty()) {
                    problems.add(new JsonProblem("$.tables." + name, "is not a table of an export"));
                }
            });
            for (ExportTable table : ExportTable.ALL) {
                tables.put(table.name(), rows(table, tablesNode.path(table.name()), problems));
            }
            checkConsistency(tables, problems);
            checkCheckIns(tables.get("checkins"), problems);
        }
        if (!problems.isEmpty()) {
            throw new ExportRefused(problems);
        }
        return new ExportFile(ExportFile.VERSION, exportedAt, email, tables);
    }

    /** The JSON objects in a document, counted as it streams past, stopping once past the limit. */
    private static int countObjects(byte[] bytes) throws IOException {
        int objects = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(bytes)) {
            for (var token = parser.nextToken(); token != null && objects <= MAX_RECORDS; token = parser.nextToken()) {
                if (token == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    objects++;
                }
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> rows(ExportTable table, JsonNode node, List<JsonProblem> problems) {
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

    private static Instant instant(JsonNode node, String at, boolean required, List<JsonProblem> problems) {
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

    /** A session window names its session; a daily check-in names its day and no session (as CheckIn requires). */
    private static void checkCheckIns(List<Map<String, Object>> rows, List<JsonProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            Object window = row.get("check_window");
            if (window == null) {
                continue;
            }
            boolean daily = CheckInWindow.DAILY.name().equals(window);
            String at = "$.tables.checkins[" + i + "]";
            if (!daily && row.get("session_id") == null) {
                problems.add(new JsonProblem(at + ".session_id", "is required for a " + window + " check-in"));
            }
            if (daily && row.get("session_id") != null) {
                problems.add(new JsonProblem(at + ".session_id", "must be null: a DAILY check-in belongs to no session"));
            }
            if (daily && row.get("on_date") == null) {
                problems.add(new JsonProblem(at + ".on_date", "is required for a DAILY check-in"));
            }
        }
    }

    /** Records that conflict: two with one id, a reference to no record, two with one key. */
    private static void checkConsistency(Map<String, List<Map<String, Object>>> tables, List<JsonProblem> problems) {
        Map<String, Set<Object>> ids = new HashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            List<Map<String, Object>> rows = tables.get(table.name());
            String at = "$.tables." + table.name();
            if (table.hasId()) {
                Set<Object> seen = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    Object id = rows.get(i).get("id");
                    if (id != null && !seen.add(id)) {
                        problems.add(new JsonProblem(at + "[" + i + "].id", "is " + id + ", the id of an earlier "
                                + table.name() + " record"));
                    }
                }
                ids.put(table.name(), seen);
            }
            for (Column column : table.columns()) {
                column.refersTo().ifPresent(target -> {
                    for (int i = 0; i < rows.size(); i++) {
                        Object ref = rows.get(i).get(column.name());
                        if (ref != null && !ids.getOrDefault(target, Set.of()).contains(ref)) {
                            problems.add(new JsonProblem(at + "[" + i + "]." + column.name(), "is " + ref
                                    + ", but no record in " + target + " has that id"));
                        }
                    }
                });
            }
            for (List<String> key : table.uniqueKeys()) {
                Map<List<Object>, Integer> first = new HashMap<>();
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> row = rows.get(i);
                    List<Object> values = key.stream().map(row::get).toList();
                    Integer earlier = first.putIfAbsent(values, i);
                    if (earlier != null) {
                        problems.add(new JsonProblem(at + "[" + i + "]", key.isEmpty()
                                ? "is a second " + table.name() + " record; an export holds one"
                                : "has the same " + String.join(" and ", key) + " as " + at + "[" + earlier + "]"));
                    }
                }
            }
        }
    }
}
