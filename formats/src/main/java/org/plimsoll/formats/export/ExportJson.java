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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.formats.json.JsonSyntax;

/**
 * The full export as one JSON document, and its strict reader: a file is either read whole and
 * consistent, or refused with every problem named by its path ({@code $.tables.sessions[3].minutes}).
 * Here the document as a whole; each table's records are read by {@link ExportRows} and checked
 * against each other by {@link ExportConflicts}.
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
        Instant exportedAt = ExportRows.instant(root.path("exportedAt"), "$.exportedAt", true, problems);
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
                tables.put(table.name(), ExportRows.read(table, tablesNode.path(table.name()), problems));
            }
            ExportConflicts.check(tables, problems);
            ExportConflicts.checkCheckIns(tables.get("checkins"), problems);
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
}
