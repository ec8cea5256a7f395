package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.formats.export.ExportTable.Kind;

/**
 * The export's schema in the OpenAPI document is written by hand; the export format is
 * {@link ExportTable#ALL}. Every table and column of the one is in the other, with its type, its
 * range, whether it may be null, and text limits and code lists that the format's own checks agree with.
 */
class OpenApiExportSchemaTest {
    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiExportSchemaTest.class.getResourceAsStream("/org/plimsoll/web/openapi/openapi.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode rowSchema(JsonNode schemas, String table) {
        String ref = schemas.at("/ExportTables/properties/" + table + "/items/$ref").asText();
        return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void theExportAnswerIsDescribedByItsSchema() throws IOException {
        assertThat(document().at("/paths/~1api~1v1~1export/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Export");
    }

    @Test
    void everyTableAndColumnOfTheExportFormatIsInTheDocumentWithItsTypeRangeAndNull() throws IOException {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(texts(schemas.at("/ExportTables/required")))
                .containsExactlyElementsOf(ExportTable.ALL.stream().map(ExportTable::name).toList());
        for (ExportTable table : ExportTable.ALL) {
            JsonNode row = rowSchema(schemas, table.name());
            assertThat(row.path("additionalProperties").asBoolean(true)).as(table.name()).isFalse();
            List<String> columns = table.columns().stream().map(Column::name).toList();
            // Every field is written, null where it is empty: all are required, the optional ones nullable.
            assertThat(texts(row.path("required"))).as(table.name()).containsExactlyElementsOf(columns);
            List<String> described = new ArrayList<>();
            row.path("properties").fieldNames().forEachRemaining(described::add);
            assertThat(described).as(table.name()).containsExactlyElementsOf(columns);
            for (Column column : table.columns()) {
                JsonNode p = row.at("/properties/" + column.name());
                String at = table.name() + "." + column.name();
                assertThat(p.path("type").asText()).as(at).isEqualTo(switch (column.kind()) {
                    case ID, REF, INTEGER -> "integer";
                    case DECIMAL -> "number";
                    case BOOLEAN -> "boolean";
                    case TEXT, INSTANT, DATE -> "string";
                });
                assertThat(p.path("format").asText(null)).as(at).isEqualTo(switch (column.kind()) {
                    case ID, REF -> "int64";
                    case INSTANT -> "date-time";
                    case DATE -> "date";
                    default -> null;
                });
                assertThat(p.path("nullable").asBoolean(false)).as(at + " nullable").isEqualTo(!column.required());
                double low = column.kind() == Kind.ID || column.kind() == Kind.REF ? 1 : column.min();
                assertThat(p.has("minimum") ? p.get("minimum").asDouble() : Double.NEGATIVE_INFINITY).as(at).isEqualTo(low);
                assertThat(p.has("maximum") ? p.get("maximum").asDouble() : Double.POSITIVE_INFINITY).as(at)
                        .isEqualTo(column.max());
                if (column.kind() == Kind.TEXT) {
                    agreesWithTheFormatsCheck(column, p, at);
                }
            }
        }
    }

    /** A code list holds exactly what the format takes; a text limit is where the format's check draws it. */
    private static void agreesWithTheFormatsCheck(Column column, JsonNode p, String at) {
        if (p.has("enum")) {
            assertThat(texts(p.get("enum"))).as(at).allSatisfy(code -> assertThat(column.check().apply(code)).isEmpty());
            assertThat(column.check().apply("NOT-A-CODE")).as(at + " takes only its codes").isPresent();
        }
        if (p.has("maxLength")) {
            int most = p.get("maxLength").asInt();
            assertThat(column.check().apply("a".repeat(most))).as(at).isEmpty();
            assertThat(column.check().apply("a".repeat(most + 1))).as(at).isPresent();
        }
    }
}
