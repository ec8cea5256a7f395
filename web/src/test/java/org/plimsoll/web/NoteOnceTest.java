package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Doubles (issue 28, item 5): a clinician's note is stored once however often the same form or request
 * arrives: the page's form carries its key, the API takes an Idempotency-Key.
 */
class NoteOnceTest {

    @OnBothDatabases
    void theSameNoteFormSentTwiceStoresOneNoteAndAnswersTheSecondAsTheFirst(Database db) {
        try (TestServer server = new TestServer(db)) {
            String person = server.signUp("ana@example.org");
            String physio = server.signUpClinician("physio@example.org");
            server.inviteAndAccept(person, physio);
            String id = server.get("/api/v1/care/patients", physio).json().get("patients").get(0).get("id").asText();
            TestServer.Browser browser = server.signInBrowser("physio@example.org");
            String page = browser.get("/care/patients/" + id).body();
            java.util.regex.Matcher key = java.util.regex.Pattern
                    .compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
            assertThat(key.find()).as("the note form carries its key").isTrue();

            for (int i = 0; i < 2; i++) {
                var added = browser.form("/care/patients/" + id + "/notes", "idempotencyKey", key.group(1),
                        "text", "Keep the runs easy this week.");
                assertThat(added.status()).isEqualTo(303);
                assertThat(added.header("Location")).isEqualTo("/care/patients/" + id);
            }
            assertThat(server.get("/api/v1/care/access", person).json().get("notes")).hasSize(1);

            Map<String, String> keyed = Map.of("Authorization", "Bearer " + physio, "Idempotency-Key", "note-2");
            var first = server.send("POST", "/api/v1/care/patients/" + id + "/notes", "{\"text\":\"Hills next week.\"}", keyed);
            var again = server.send("POST", "/api/v1/care/patients/" + id + "/notes", "{\"text\":\"Hills next week.\"}", keyed);
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json()).isEqualTo(first.json());
            var other = server.send("POST", "/api/v1/care/patients/" + id + "/notes", "{\"text\":\"Something else.\"}", keyed);
            assertThat(other.status()).isEqualTo(422);
            assertThat(server.get("/api/v1/care/access", person).json().get("notes")).hasSize(2);
        }
    }
}
