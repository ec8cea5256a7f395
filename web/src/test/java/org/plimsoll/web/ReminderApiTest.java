package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.interfaces.ECPublicKey;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.push.WebPushCrypto;

/** Reminder choices and devices through the API, and every way a subscription can be refused. */
class ReminderApiTest {
    private static String subscription(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"keys\":{\"p256dh\":\"" + p256dh + "\",\"auth\":\"" + auth
                + "\"},\"label\":\"Chrome on Android\"}";
    }

    @OnBothDatabases
    void choicesQuietHoursAndDevicesAreKeptAndBadSubscriptionsRefused(Database db) {
        try (TestServer server = new TestServer(db)) {
            String token = server.signUp("ana@example.org");
            JsonNode start = server.get("/api/v1/reminders", token).json();
            assertThat(start.get("byEmail").asBoolean()).isFalse();
            assertThat(start.get("byPush").asBoolean()).isFalse();
            assertThat(start.get("quietFrom").asText()).isEqualTo("22:00");
            assertThat(start.get("quietUntil").asText()).isEqualTo("07:00");
            assertThat(start.get("emailAvailable").asBoolean()).as("this test server sends no mail").isFalse();
            assertThat(WebPushCrypto.fromBase64Url(start.get("pushKey").asText())).hasSize(65);

            Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
            TestServer.Answer quiet = server.send("PUT", "/api/v1/reminders", "{\"quietFrom\":\"21:30\"}", bearer);
            assertThat(quiet.status()).isEqualTo(200);
            assertThat(quiet.json().get("quietFrom").asText()).isEqualTo("21:30");
            assertThat(quiet.json().get("quietUntil").asText()).as("not sent: kept").isEqualTo("07:00");
            TestServer.Answer noMail = server.send("PUT", "/api/v1/reminders", "{\"byEmail\":true,\"quietUntil\":\"7am\"}", bearer);
            assertThat(noMail.status()).isEqualTo(400);
            assertThat(noMail.body()).contains("/byEmail", "does not send e-mail", "/quietUntil", "a time like 22:00");

            String key = WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) WebPushCrypto.newKeyPair().getPublic()));
            String auth = WebPushCrypto.base64Url(new byte[16]);
            for (String hostile : new String[] {"http://push.example.net/x", "ftp://push.example.net/x",
                    "https://10.0.0.7/x", "https://192.168.1.1/x", "https://169.254.169.254/latest",
                    "https://user@push.example.net/x", "https://intranet/x", "https://[::1]/x",
                    "https://push.example.net/" + "x".repeat(1000),
                    // issue 26: a trailing dot, octal and carrier-grade NAT literals, a special-use name
                    "https://localhost.:443/x", "https://0177.0.0.1/x", "https://100.64.0.1/x",
                    "https://metadata.google.internal/x"}) {
                TestServer.Answer refused = server.post("/api/v1/push/subscriptions", subscription(hostile, key, auth), token);
                assertThat(refused.status()).as(hostile).isEqualTo(400);
                assertThat(refused.body()).as(hostile).contains("/endpoint");
            }
            TestServer.Answer badKeys = server.post("/api/v1/push/subscriptions",
                    subscription("https://push.example.net/x", "AAAA", "short"), token);
            assertThat(badKeys.status()).isEqualTo(400);
            assertThat(badKeys.body()).contains("/keys/p256dh", "/keys/auth");

            // issue 26: 0x04 and 64 bytes of 0x01 is the right length but no point on P-256; it used to pass.
            byte[] offCurve = new byte[65];
            java.util.Arrays.fill(offCurve, (byte) 1);
            offCurve[0] = 4;
            TestServer.Answer notAPoint = server.post("/api/v1/push/subscriptions",
                    subscription("https://push.example.net/x", WebPushCrypto.base64Url(offCurve), auth), token);
            assertThat(notAPoint.status()).isEqualTo(400);
            assertThat(notAPoint.body()).contains("/keys/p256dh");

            // issue 26: fields the document does not have, and text where a number belongs, are refused.
            TestServer.Answer extra = server.post("/api/v1/push/subscriptions", "{\"endpoint\":\"https://push.example.net/x\","
                    + "\"keys\":{\"p256dh\":\"" + key + "\",\"auth\":\"" + auth + "\",\"more\":\"x\"},"
                    + "\"expirationTime\":\"7\",\"admin\":true}", token);
            assertThat(extra.status()).isEqualTo(400);
            assertThat(extra.body()).contains("/admin", "/keys/more", "/expirationTime");

            TestServer.Answer added = server.post("/api/v1/push/subscriptions",
                    subscription("https://push.example.net/send/abc", key, auth), token);
            assertThat(added.status()).isEqualTo(201);
            String id = added.json().get("id").asText();
            assertThat(added.json().get("label").asText()).isEqualTo("Chrome on Android");
            JsonNode after = server.get("/api/v1/reminders", token).json();
            assertThat(after.get("byPush").asBoolean()).as("the tap that subscribed turns device reminders on").isTrue();
            assertThat(server.get("/api/v1/push/subscriptions", token).json().get("devices")).hasSize(1);
            assertThat(server.get("/api/v1/push/subscriptions", token).body()).as("the endpoint stays on the server")
                    .doesNotContain("push.example.net");

            String other = server.signUp("ben@example.org");
            assertThat(server.send("DELETE", "/api/v1/push/subscriptions/" + id, null,
                    Map.of("Authorization", "Bearer " + other)).status()).as("not Ben's").isEqualTo(404);
            assertThat(server.send("DELETE", "/api/v1/push/subscriptions/" + id, null, bearer).status()).isEqualTo(204);
            assertThat(server.send("DELETE", "/api/v1/push/subscriptions/" + id, null, bearer).status()).isEqualTo(404);

            // At most 20 devices: the 21st is refused and nothing is stored.
            for (int i = 0; i < 20; i++) {
                assertThat(server.post("/api/v1/push/subscriptions", subscription("https://push.example.net/d" + i, key, auth),
                        token).status()).isEqualTo(201);
            }
            TestServer.Answer tooMany = server.post("/api/v1/push/subscriptions",
                    subscription("https://push.example.net/d20", key, auth), token);
            assertThat(tooMany.status()).isEqualTo(409);
            assertThat(tooMany.body()).contains("at most 20 devices");
            assertThat(server.get("/api/v1/push/subscriptions", token).json().get("devices")).hasSize(20);
        }
    }
}
