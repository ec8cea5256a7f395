package org.plimsoll.engine.history;

import java.time.LocalDate;
import java.util.Optional;

/** The person says their back is flaring, from this date. */
public record DeclaredFlare(LocalDate date, Optional<String> note) {
}
