package org.plimsoll.store.idempotency;

/**
 * The key a client sent with a creating request, and a hash of that request: a retry carries the
 * same key and the same hash, a different request under the same key only the key.
 */
public record IdempotencyKey(String value, String requestHash) {
    public IdempotencyKey {
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("an idempotency key is 1–200 characters, was " + value.length());
        }
    }
}
