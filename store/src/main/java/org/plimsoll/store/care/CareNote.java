package org.plimsoll.store.care;

import java.time.Instant;

/** A clinician's note on a person's record, which the person sees. */
public record CareNote(long id, String clinician, Instant at, String text) {
}
