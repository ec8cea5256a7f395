package org.plimsoll.store.care;

import java.time.Instant;
import java.util.Optional;

/**
 * Access one clinician has to one person's record, from the accepted invitation until the person
 * revokes it. {@code otherName} is the other side as this side sees it: the display name, else the e-mail.
 */
public record CareLink(long id, long patientId, long clinicianId, String otherName, Instant since,
                       Optional<Instant> revokedAt) {
    public boolean standing() {
        return revokedAt.isEmpty();
    }
}
