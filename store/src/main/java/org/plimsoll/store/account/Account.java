package org.plimsoll.store.account;

import java.time.Instant;

/** A person who can sign in. The password is kept only as its Argon2id hash. */
public record Account(long id, String email, String passwordHash, Instant createdAt) {
}
