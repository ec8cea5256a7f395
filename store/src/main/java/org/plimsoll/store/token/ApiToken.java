package org.plimsoll.store.token;

import java.time.Instant;
import java.util.Optional;

/** A personal access token as listed to its owner: never the token itself, which is shown once. */
public record ApiToken(long id, long accountId, String name, Instant createdAt, Optional<Instant> lastUsedAt,
                       Optional<Instant> revokedAt) {
}
