package org.plimsoll.formats.wearable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.HeartRate;

/**
 * One workout of an Apple Health export: Apple's type ({@code HKWorkoutActivityTypeRunning}), the
 * activity it maps to, when it started, its elapsed and active (pauses left out) seconds, the
 * distance and heart rate Apple summed, the route file it names inside the export, and the time
 * zone it was recorded in.
 */
public record AppleWorkout(String type, Activity activity, Instant start, double elapsedSeconds,
                           Optional<Double> activeSeconds, Optional<Distance> distance,
                           Optional<HeartRate> averageHeartRate, Optional<HeartRate> maxHeartRate,
                           Optional<String> route, Optional<ZoneId> zone) {

    /** The same workout with a distance measured elsewhere (its route). */
    public AppleWorkout withDistance(Distance measured) {
        return new AppleWorkout(type, activity, start, elapsedSeconds, activeSeconds, Optional.of(measured),
                averageHeartRate, maxHeartRate, route, zone);
    }
}
