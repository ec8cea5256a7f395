package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.plimsoll.export.EveryKindOfRecord;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * The full export over HTTP, on a record with every kind of data in it. {@link ApiContract} checks
 * the answer against the export's schema in the OpenAPI document field by field: every table's
 * records admit no field the document does not name, and each field has the document's type and range.
 */
class FullExportContractTest {
    @OnBothDatabases
    void theFullExportOfARecordWithEveryKindOfDataAnswersFieldByFieldWithinTheDocument(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            long id = Long.parseLong(server.get("/api/v1/me", token).json().get("id").asText());
            EveryKindOfRecord.fill(db, id, "ana@example.org", TestServer.NOW);

            TestServer.Answer export = server.get("/api/v1/export?format=json", token);

            assertThat(export.status()).isEqualTo(200);
            JsonNode file = export.json();
            assertThat(file.get("format").asText()).isEqualTo("plimsoll-export");
            assertThat(file.at("/account/email").asText()).isEqualTo("ana@example.org");
            // Every table holds records, so each of its fields has been held against the document.
            for (ExportTable table : ExportTable.ALL) {
                JsonNode rows = file.at("/tables/" + table.name());
                assertThat(rows.size()).as(table.name()).isPositive();
                assertThat(rows.get(0).size()).as(table.name() + "'s fields").isEqualTo(table.columns().size());
            }
            assertThat(file.at("/tables/profiles/0/display_name").asText()).isEqualTo("Ana Lima");
            assertThat(file.at("/tables/checkin_symptoms").toString()).contains("LEG_TINGLING", "NIGHT_PAIN");
        }
    }
}
