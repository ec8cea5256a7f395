package org.plimsoll.store.care;

import java.time.Instant;
import java.util.Optional;

/**
 * One thing a clinician did with a person's record, or an invitation's step, as the person sees it:
 * {@code action} as stored, a {@link CareAction}'s name, or an older value kept as it was written.
 */
public record CareEvent(Instant at, String clinician, String action, String detail) {
    /** The action, when the stored value is one of ours. */
    public Optional<CareAction> code() {
        return CareAction.of(action);
    }
}
