package org.plimsoll.engine.session;

import org.plimsoll.engine.unit.Effort;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * One training session as ENGINE.md section 1 describes it. The start keeps the person's
 * zone, so that "the next morning" and "the day" mean what they meant to them.
 */
public record Session(
        String id,
        Activity activity,
        ZonedDateTime start,
        Minutes minutes,
        Optional<Distance> distance,
        Optional<Effort> rpe,
        boolean rpeEstimated,
        Optional<RunType> runType,
        boolean hills,
        Optional<Demand> rotationOverride,
        Optional<Demand> armLoadOverride,
        List<StrengthSet> strengthSets,
        Source source,
        Optional<String> condition) {

    public Session {
        strengthSets = List.copyOf(strengthSets);
    }

    /** A session done under no experiment's condition. */
    public Session(String id, Activity activity, ZonedDateTime start, Minutes minutes, Optional<Distance> distance,
                   Optional<Effort> rpe, boolean rpeEstimated, Optional<RunType> runType, boolean hills,
                   Optional<Demand> rotationOverride, Optional<Demand> armLoadOverride, List<StrengthSet> strengthSets,
                   Source source) {
        this(id, activity, start, minutes, distance, rpe, rpeEstimated, runType, hills, rotationOverride,
                armLoadOverride, strengthSets, source, Optional.empty());
    }

    /** The same session, done under an experiment's condition (ENGINE.md section 15). */
    public Session withCondition(String named) {
        return new Session(id, activity, start, minutes, distance, rpe, rpeEstimated, runType, hills, rotationOverride,
                armLoadOverride, strengthSets, source, Optional.of(named));
    }

    /** A plain session with only the essentials; the rest absent. */
    public static Session of(String id, Activity activity, ZonedDateTime start, int minutes, int rpe) {
        return new Session(id, activity, start, new Minutes(minutes), Optional.empty(), Optional.of(new Effort(rpe)),
                false, Optional.empty(), false, Optional.empty(), Optional.empty(), List.of(), Source.MANUAL);
    }
}
