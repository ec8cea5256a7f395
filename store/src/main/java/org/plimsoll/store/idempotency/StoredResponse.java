package org.plimsoll.store.idempotency;

/** The first answer to a request that carried an idempotency key, and a hash of that request. */
public record StoredResponse(String requestHash, int status, String body) {
}
