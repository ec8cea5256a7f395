package org.plimsoll.engine.load;

import java.util.Optional;
import org.plimsoll.engine.unit.Ratio;

/**
 * Load over the last 7 days (Foster 1998) and the descriptive long-term trends, which stay empty
 * until 28 days of data exist: they describe, they do not predict (Impellizzeri 2020).
 */
public record LoadSummary(double weekAU, double monotony, double strain, Optional<Load> ctl, Optional<Load> atl,
                          Optional<Load> tsb, Optional<Ratio> acwr, double weekRotation, double weekArm,
                          double weekImpact, double weekBreathing) {
}
