package org.plimsoll.web.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * Voluntary application-server identification (RFC 8292): a JWT signed with ES256 by the server's
 * one key pair, for the push service the endpoint belongs to. The JDK's P1363 ECDSA gives the raw
 * r||s signature a JWS wants.
 */
public record Vapid(KeyPair keys, String subject) {
    /** How long a token is good for; push services refuse more than 24 hours. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    public String publicKey() {
        return WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) keys.getPublic()));
    }

    /** The Authorization header for a request to {@code endpoint}. */
    public String authorization(URI endpoint, Instant now) {
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        String header = encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        String claims = encode("{\"aud\":\"" + audience + "\",\"exp\":" + now.plus(LIFETIME).getEpochSecond()
                + ",\"sub\":\"" + subject + "\"}");
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(keys.getPrivate());
            es256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + header + "." + claims + "." + WebPushCrypto.base64Url(es256.sign()) + ", k=" + publicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return WebPushCrypto.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }
}
