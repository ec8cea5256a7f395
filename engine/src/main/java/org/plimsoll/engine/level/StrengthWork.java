package org.plimsoll.engine.level;

import java.util.Optional;
import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Kilograms;

/**
 * The work of a strength session (ENGINE.md section 1: strength is measured in sets × reps ×
 * load): the sum over its exercises of sets × reps × kilograms, with a set without load (a
 * bridge, a side plank held for reps) counted at its reps. Only comparable with itself: it
 * measures whether this week's sessions did more or less than last week's.
 */
public final class StrengthWork {
    private StrengthWork() {
    }

    /** The session's work, if it logged its exercises. */
    public static Optional<Work> of(Session session) {
        if (session.strengthSets().isEmpty()) {
            return Optional.empty();
        }
        double work = 0;
        for (StrengthSet set : session.strengthSets()) {
            work += set.sets() * set.reps() * Math.max(1, set.loadKg().map(Kilograms::value).orElse(1.0));
        }
        return Optional.of(new Work(work));
    }
}
