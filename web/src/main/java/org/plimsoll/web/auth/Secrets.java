package org.plimsoll.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random bearer secrets, and the SHA-256 by which the database knows them. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * This process's key for secrets made again from a form's idempotency key, so that a repeated form
     * shows the address or code the first one made; kept in memory only, so a restart forgets it.
     */
    private static final byte[] REPEATABLE = new byte[32];
    /** Names this process's key in a stored answer, without telling it. */
    public static final String INSTANCE;

    static {
        RANDOM.nextBytes(REPEATABLE);
        INSTANCE = sha256(Base64.getEncoder().encodeToString(REPEATABLE)).substring(0, 16);
    }

    private Secrets() {
    }

    /**
     * 256 bits that are the same for the same purpose, account and idempotency key in this process, and
     * random without a key: the secret a repeated request shows is the one the first request stored.
     */
    public static byte[] repeatable(String purpose, long accountId, String key) {
        if (key == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return bytes;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(REPEATABLE, "HmacSHA256"));
            return mac.doFinal((purpose + "\n" + accountId + "\n" + key).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** A bearer secret as {@link #newToken}, made again by a repeat of the request under the same key. */
    public static String repeatableToken(String prefix, String purpose, long accountId, String key) {
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(repeatable(purpose, accountId, key));
    }

    /** 256 random bits, URL-safe, with a prefix that makes a leaked token easy to recognise. */
    public static String newToken(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
