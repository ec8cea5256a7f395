package org.plimsoll.store.share;

import java.time.Instant;

/** One opening of a share link, as shown to the person who shared it. */
public record ShareVisit(long shareId, Instant at, String address, String userAgent) {
}
