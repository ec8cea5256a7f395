package org.plimsoll.web.push;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291, the aes128gcm content coding of RFC 8188) with the
 * JDK's own crypto: P-256 ECDH, HKDF-SHA-256 and AES-128-GCM are all in the JDK, so no library is
 * needed for a few dozen lines, and each step can be read against the RFC. One record, as every push
 * message here is far below the 4096-byte record size.
 */
public final class WebPushCrypto {
    public static final int RECORD_SIZE = 4096;
    private static final int KEY_BYTES = 65;
    private static final byte LAST_RECORD = 2;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ECParameterSpec P256 = p256();

    private WebPushCrypto() {
    }

    /** Encrypts with a fresh key pair and salt, as every real message must. */
    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, uaPublic, authSecret, newKeyPair(), salt);
    }

    /** Encrypts with the given application-server key pair and salt (the RFC's example fixes both). */
    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair as, byte[] salt) {
        if (plaintext.length + 1 + 16 > RECORD_SIZE - 86) {
            throw new IllegalArgumentException("a push message holds at most " + (RECORD_SIZE - 103) + " bytes");
        }
        byte[] asPublic = raw((ECPublicKey) as.getPublic());
        byte[][] keyAndNonce = derive(ecdh((ECPrivateKey) as.getPrivate(), publicKey(uaPublic)), authSecret, uaPublic,
                asPublic, salt);
        byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
        padded[plaintext.length] = LAST_RECORD;
        byte[] ciphertext = aes(Cipher.ENCRYPT_MODE, keyAndNonce, padded);
        ByteBuffer body = ByteBuffer.allocate(16 + 4 + 1 + KEY_BYTES + ciphertext.length);
        body.put(salt).putInt(RECORD_SIZE).put((byte) KEY_BYTES).put(asPublic).put(ciphertext);
        return body.array();
    }

    /** What a browser does with a message: the subscriber's keys open it. For tests and the test endpoint. */
    public static byte[] decrypt(byte[] body, KeyPair ua, byte[] authSecret) {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt();
        int idLength = Byte.toUnsignedInt(in.get());
        if (idLength != KEY_BYTES) {
            throw new IllegalArgumentException("the key id is not a P-256 public key");
        }
        byte[] asPublic = new byte[idLength];
        in.get(asPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        byte[][] keyAndNonce = derive(ecdh((ECPrivateKey) ua.getPrivate(), publicKey(asPublic)), authSecret,
                raw((ECPublicKey) ua.getPublic()), asPublic, salt);
        byte[] padded = aes(Cipher.DECRYPT_MODE, keyAndNonce, ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != LAST_RECORD) {
            throw new IllegalArgumentException("no last-record delimiter");
        }
        return Arrays.copyOf(padded, end);
    }

    /** RFC 8291 section 3.4: the content-encryption key and nonce from the shared secret. */
    private static byte[][] derive(byte[] ecdhSecret, byte[] authSecret, byte[] uaPublic, byte[] asPublic, byte[] salt) {
        byte[] prkKey = hmac(authSecret, ecdhSecret);
        ByteArrayOutputStream keyInfo = new ByteArrayOutputStream();
        keyInfo.writeBytes("WebPush: info".getBytes(StandardCharsets.US_ASCII));
        keyInfo.write(0);
        keyInfo.writeBytes(uaPublic);
        keyInfo.writeBytes(asPublic);
        byte[] ikm = expand(prkKey, keyInfo.toByteArray(), 32);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        return new byte[][] {cek, nonce};
    }

    /** HKDF-Expand for one block (every length here is at most 32 bytes). */
    private static byte[] expand(byte[] prk, byte[] info, int length) {
        byte[] input = Arrays.copyOf(info, info.length + 1);
        input[info.length] = 1;
        return Arrays.copyOf(hmac(prk, input), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aes(int mode, byte[][] keyAndNonce, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(keyAndNonce[0], "AES"), new GCMParameterSpec(128, keyAndNonce[1]));
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the message could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "opened") + ": " + e.getMessage(), e);
        }
    }

    private static byte[] ecdh(ECPrivateKey own, ECPublicKey other) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(own);
            agreement.doPhase(other, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 key: " + e.getMessage(), e);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A public key from its uncompressed form (0x04, x, y), as browsers give it. */
    public static ECPublicKey publicKey(byte[] uncompressed) {
        if (uncompressed.length != KEY_BYTES || uncompressed[0] != 4) {
            throw new IllegalArgumentException("not an uncompressed P-256 public key");
        }
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        // The JDK's key factory takes any two numbers; ECDH with them fails only later, at send time.
        if (!onCurve(point)) {
            throw new IllegalArgumentException("not a point on P-256");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a point on P-256", e);
        }
    }

    /** y² = x³ + ax + b (mod p), with both coordinates below p: the point is on P-256. */
    private static boolean onCurve(ECPoint point) {
        BigInteger p = ((java.security.spec.ECFieldFp) P256.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
        return y.pow(2).mod(p).equals(right);
    }

    /** A key pair from the private scalar and the uncompressed public key, as stored. */
    public static KeyPair keyPair(byte[] privateScalar, byte[] uncompressedPublic) {
        try {
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, privateScalar), P256));
            return new KeyPair(publicKey(uncompressedPublic), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key", e);
        }
    }

    public static byte[] raw(ECPublicKey key) {
        byte[] out = new byte[KEY_BYTES];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    public static byte[] raw(ECPrivateKey key) {
        byte[] out = new byte[32];
        copy32(key.getS(), out, 0);
        return out;
    }

    private static void copy32(BigInteger n, byte[] out, int at) {
        byte[] b = n.toByteArray();
        int skip = b.length > 32 ? b.length - 32 : 0;
        System.arraycopy(b, skip, out, at + 32 - (b.length - skip), b.length - skip);
    }

    public static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] fromBase64Url(String text) {
        return Base64.getUrlDecoder().decode(text.trim().replace('+', '-').replace('/', '_').replace("=", ""));
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
