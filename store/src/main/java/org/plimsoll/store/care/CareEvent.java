package org.plimsoll.store.care;

import java.time.Instant;

/** One thing a clinician did with a person's record, or an invitation's step, as the person sees it. */
public record CareEvent(Instant at, String clinician, String action, String detail) {
}
