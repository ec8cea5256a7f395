package org.plimsoll.store.reminder;

import java.time.Instant;

/** One browser or phone that accepted notifications: where to send, and the keys to encrypt for it. */
public record PushSubscription(long id, long accountId, String endpoint, String p256dh, String auth, String label,
                               Instant createdAt) {
}
