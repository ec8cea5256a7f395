package org.plimsoll.engine.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
}
