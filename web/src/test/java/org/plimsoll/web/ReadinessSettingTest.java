package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** A person can turn readiness off (ENGINE.md section 8): their watch or ring then never moves the plan. */
class ReadinessSettingTest {

    @OnBothDatabases
    void aPersonTurnsReadinessOffAndOnAgainThroughTheSettingsApi(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            assertThat(server.get("/api/v1/settings", token).json().get("readiness").asBoolean()).isTrue();

            var off = server.send("PUT", "/api/v1/settings", "{\"readiness\":false}", auth);
            assertThat(off.status()).isEqualTo(200);
            assertThat(off.json().get("readiness").asBoolean()).isFalse();
            assertThat(server.get("/api/v1/settings", token).json().get("readiness").asBoolean()).isFalse();

            var on = server.send("PUT", "/api/v1/settings", "{\"readiness\":true}", auth);
            assertThat(on.json().get("readiness").asBoolean()).isTrue();

            var bad = server.send("PUT", "/api/v1/settings", "{\"readiness\":\"no\"}", auth);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("/readiness", "true or false");
        }
    }
}
