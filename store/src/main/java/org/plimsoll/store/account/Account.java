package org.plimsoll.store.account;

import java.time.Instant;

/**
 * A person who can sign in. The password is kept only as its Argon2id hash. The revision grows
 * with every write the person makes, so that anything derived from their data knows when it is stale.
 */
public record Account(long id, String email, String passwordHash, Instant createdAt, long revision) {
}
