package org.plimsoll.engine.profile;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Who the person is, for the engine: regions, irritability, units, zone and goals. */
public record Profile(Set<Region> regions, Irritability irritability, Units units, ZoneId zone,
                      LocalTime morningCheckIn, List<Goal> goals) {
    public Profile {
        regions = Set.copyOf(regions);
        goals = List.copyOf(goals);
    }

    /** A sensible start before onboarding: low back, moderate irritability, km, 08:00 morning check-in. */
    public static Profile defaultFor(ZoneId zone) {
        return new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, zone, LocalTime.of(8, 0), List.of());
    }
}
