package org.plimsoll.store.idempotency;

/** What a creating write answered (a status and its body), kept so that a retry gets the same answer. */
public record Answer(int status, String body) {
}
