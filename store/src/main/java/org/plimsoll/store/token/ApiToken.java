package org.plimsoll.store.token;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A personal access token as listed to its owner: never the token itself, which is shown once. */
public record ApiToken(long id, long accountId, String name, Scope scope, Instant createdAt,
                       Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    /** What a token may do: everything its account may, or only read (GET and HEAD). */
    public enum Scope {
        FULL, READ;

        /** As stored and as the API spells it: {@code full}, {@code read}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scope> of(String code) {
            for (Scope scope : values()) {
                if (scope.code().equals(code)) {
                    return Optional.of(scope);
                }
            }
            return Optional.empty();
        }
    }
}
