package org.plimsoll.engine.load;

import java.util.OptionalDouble;

/**
 * Load over the last 7 days (Foster 1998) and the descriptive long-term trends, which stay empty
 * until 28 days of data exist: they describe, they do not predict (Impellizzeri 2020).
 */
public record LoadSummary(double weekAU, double monotony, double strain, OptionalDouble ctl, OptionalDouble atl,
                          OptionalDouble tsb, OptionalDouble acwr, double weekRotation, double weekArm,
                          double weekImpact, double weekBreathing) {
}
