package org.plimsoll.formats.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.RpeEstimate;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * One activity read from a file, before it becomes a session: what the file calls the sport,
 * the Plimsoll activity it maps to, times in seconds, distance in metres, heart rate, and an
 * effort when the source carries one (a CSV column, Strava's perceived exertion).
 */
public record ImportedActivity(String sport, Activity activity, Instant start, double elapsedSeconds,
                               OptionalDouble movingSeconds, OptionalDouble distanceMetres,
                               OptionalInt averageHeartRate, OptionalInt maxHeartRate, OptionalInt rpe) {

    /**
     * Training time: the moving (timer) time when the file has it, since pauses at traffic
     * lights or between sets are not load; otherwise the elapsed time.
     */
    public int minutes() {
        double seconds = movingSeconds.isPresent() && movingSeconds.getAsDouble() > 0
                ? movingSeconds.getAsDouble() : elapsedSeconds;
        return (int) Math.round(seconds / 60);
    }

    public OptionalDouble distanceKm() {
        return distanceMetres.isPresent() ? OptionalDouble.of(distanceMetres.getAsDouble() / 1000)
                : OptionalDouble.empty();
    }

    /** The same activity, as another kind of activity (the person's choice for an unlabelled file). */
    public ImportedActivity as(Activity other) {
        return new ImportedActivity(sport, other, start, elapsedSeconds, movingSeconds, distanceMetres,
                averageHeartRate, maxHeartRate, rpe);
    }

    /**
     * The session to store, in the person's time zone. Without an effort of its own it gets an
     * estimate from heart rate (against {@code maxHeartRate}) or pace, flagged as estimated.
     */
    public Session toSession(ZoneId zone, int maxHeartRate) {
        Optional<Effort> effort = rpe.isPresent() ? Optional.of(new Effort(rpe.getAsInt())) : Optional.empty();
        boolean estimated = false;
        if (effort.isEmpty()) {
            if (averageHeartRate.isPresent()) {
                effort = Optional.of(RpeEstimate.fromHeartRate(averageHeartRate.getAsInt(), maxHeartRate));
            } else if (distanceMetres.isPresent()) {
                effort = RpeEstimate.fromPace(activity, distanceKm().getAsDouble(), minutes());
            }
            estimated = effort.isPresent();
        }
        double km = distanceKm().orElse(-1);
        return new Session(null, activity, start.atZone(zone), new Minutes(minutes()),
                km >= 0 ? Optional.of(Distance.ofKm(Math.round(km * 1000) / 1000.0)) : Optional.empty(),
                effort, estimated, Optional.empty(), false, Optional.empty(), Optional.empty(), List.of(),
                Source.IMPORT);
    }
}
