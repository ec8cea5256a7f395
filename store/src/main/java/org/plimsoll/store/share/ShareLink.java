package org.plimsoll.store.share;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A read-only view of part of a person's record, opened by a secret link until it expires or is revoked. */
public record ShareLink(long id, long accountId, String label, Set<String> parts, int weeks, Instant createdAt,
                        Instant expiresAt, Optional<Instant> revokedAt) {
    public ShareLink {
        parts = Set.copyOf(parts);
    }

    public boolean isOpenAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
