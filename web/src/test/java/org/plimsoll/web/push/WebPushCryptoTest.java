package org.plimsoll.web.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 8291's message encryption and RFC 8292's VAPID token, checked against the RFCs' own example. */
class WebPushCryptoTest {
    // RFC 8291, Appendix A: published test data.
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYW"
            + "AmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    private static byte[] b(String base64Url) {
        return WebPushCrypto.fromBase64Url(base64Url);
    }

    @Test
    void theRfc8291ExampleDecryptsToItsPlaintext() {
        KeyPair ua = WebPushCrypto.keyPair(b(UA_PRIVATE), b(UA_PUBLIC));
        assertThat(new String(WebPushCrypto.decrypt(b(BODY), ua, b(AUTH)), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
    }

    @Test
    void withTheExamplesKeysAndSaltOurEncryptionIsTheExamplesBodyByteForByte() {
        KeyPair as = WebPushCrypto.keyPair(b(AS_PRIVATE), b(AS_PUBLIC));
        byte[] body = WebPushCrypto.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), b(UA_PUBLIC), b(AUTH), as, b(SALT));
        assertThat(WebPushCrypto.base64Url(body)).isEqualTo(BODY);
    }

    @Test
    void aFreshMessageOpensOnlyWithTheSubscribersKeys() {
        KeyPair ua = WebPushCrypto.newKeyPair();
        byte[] auth = new byte[16];
        byte[] body = WebPushCrypto.encrypt("{\"title\":\"Check in\"}".getBytes(StandardCharsets.UTF_8),
                WebPushCrypto.raw((java.security.interfaces.ECPublicKey) ua.getPublic()), auth);
        assertThat(new String(WebPushCrypto.decrypt(body, ua, auth), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"Check in\"}");
        assertThatThrownBy(() -> WebPushCrypto.decrypt(body, WebPushCrypto.newKeyPair(), auth))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] tampered = body.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> WebPushCrypto.decrypt(tampered, ua, auth)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebPushCrypto.publicKey(new byte[12])).hasMessageContaining("uncompressed P-256");
    }

    @Test
    void theVapidTokenNamesThePushServiceAndVerifiesWithThePublicKey() throws Exception {
        Vapid vapid = new Vapid(WebPushCrypto.newKeyPair(), "mailto:plimsoll@example.org");
        String header = vapid.authorization(java.net.URI.create("https://push.example.net/send/abc?x=1"),
                Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(header).startsWith("vapid t=").endsWith(", k=" + vapid.publicKey());
        String jwt = header.substring("vapid t=".length(), header.indexOf(','));
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"https://push.example.net\"", "\"exp\":" + Instant.parse("2026-03-02T00:00:00Z")
                .getEpochSecond(), "\"sub\":\"mailto:plimsoll@example.org\"");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(WebPushCrypto.publicKey(b(vapid.publicKey())));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
