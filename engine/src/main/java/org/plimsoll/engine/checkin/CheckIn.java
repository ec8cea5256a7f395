package org.plimsoll.engine.checkin;

import org.plimsoll.engine.unit.Pain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.unit.Minutes;

/**
 * How the back answered at one window. Session windows name their session; a DAILY check-in
 * has a date and no session. {@code recordedAt} is when it was entered, which may be days late.
 */
public record CheckIn(
        String id,
        Optional<String> sessionId,
        CheckInWindow window,
        Optional<LocalDate> date,
        Optional<Instant> recordedAt,
        Pain pain,
        boolean sharp,
        Optional<Region> region,
        Optional<Minutes> stiffnessMinutes,
        Set<Symptom> symptoms,
        boolean clearedByClinician) {

    public CheckIn {
        if (window.belongsToSession() && sessionId.isEmpty()) {
            throw new IllegalArgumentException(window + " check-in must name its session");
        }
        if (!window.belongsToSession() && sessionId.isPresent()) {
            throw new IllegalArgumentException("a DAILY check-in belongs to no session");
        }
        if (window == CheckInWindow.DAILY && date.isEmpty()) {
            throw new IllegalArgumentException("a DAILY check-in needs a date");
        }
        symptoms = symptoms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(symptoms));
    }

    public static CheckIn forSession(String id, String sessionId, CheckInWindow window, int pain) {
        return new CheckIn(id, Optional.of(sessionId), window, Optional.empty(), Optional.empty(), new Pain(pain),
                false, Optional.empty(), Optional.empty(), Set.of(), false);
    }

    public static CheckIn daily(String id, LocalDate date, int pain) {
        return new CheckIn(id, Optional.empty(), CheckInWindow.DAILY, Optional.of(date), Optional.empty(),
                new Pain(pain), false, Optional.empty(), Optional.empty(), Set.of(), false);
    }
}
