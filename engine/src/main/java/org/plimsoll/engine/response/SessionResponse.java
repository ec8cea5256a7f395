package org.plimsoll.engine.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Pain;

/**
 * The response of one session, with the provisional colour while it is PENDING, whether its
 * next morning met the 24-hour rule (which starts a flare), and the reasons as values.
 */
public record SessionResponse(Session session, LocalDate date, Response response, Optional<Response> provisional,
                              boolean nextMorningRuleMet, Optional<MeanPain> baseline, Optional<Pain> nextMorning,
                              List<Reason> reasons) {
    public SessionResponse {
        reasons = List.copyOf(reasons);
    }

    /**
     * How far the next morning was from the usual pain: known once the next morning is in and the
     * usual pain is known. The one test of "a session with a next-morning check-in" that the
     * insights, today's personal cuts and every page counting such sessions share.
     */
    public OptionalDouble morningChange() {
        return nextMorning.isPresent() && baseline.isPresent()
                ? OptionalDouble.of(nextMorning.get().value() - baseline.get().value()) : OptionalDouble.empty();
    }
}
