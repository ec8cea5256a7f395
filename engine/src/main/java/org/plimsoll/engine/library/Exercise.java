package org.plimsoll.engine.library;

import java.util.Set;
import org.plimsoll.engine.profile.Region;

/** One exercise of the library: its movement pattern, the phase it belongs to and the regions it suits. */
public record Exercise(String name, Pattern pattern, int phase, Set<Region> regions, String cue) {
    public enum Pattern { HINGE, SQUAT, GLUTE, CORE_STABILITY, UPPER_BACK, MOBILITY, BREATHING, CARRY }

    public Exercise {
        regions = Set.copyOf(regions);
    }
}
