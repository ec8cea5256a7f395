package org.plimsoll.engine.dose;

import java.util.Optional;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.ZeroToTen;

/**
 * How much of an activity: sessions a week, minutes or distance per session, an RPE cap, and for
 * rotation-heavy activities a rotation range (ENGINE.md section 6). For strength logged with its
 * exercises, also the work per session (sets × reps × load; see {@link org.plimsoll.engine.level.StrengthWork}). A ceiling,
 * not a quota.
 *
 * <p>An invalid dose is a bug, so the constructor throws, as {@link Level}'s does: a rule that cuts
 * or raises a dose computes a valid one (at least a session a week, a cap on the 0–10 scale).
 */
public record Dose(int sessionsPerWeek, Optional<Minutes> minutes, Optional<Distance> distance, int rpeCap,
                   Optional<RotationRange> rotation, Optional<Work> work) {
    public static final int MOST_SESSIONS_PER_WEEK = 14;

    public Dose {
        if (sessionsPerWeek < 1 || sessionsPerWeek > MOST_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException("a dose has 1–14 sessions a week, was " + sessionsPerWeek);
        }
        ZeroToTen.require("RPE cap", rpeCap);
    }

    public Dose(int sessionsPerWeek, Optional<Minutes> minutes, Optional<Distance> distance, int rpeCap,
                Optional<RotationRange> rotation) {
        this(sessionsPerWeek, minutes, distance, rpeCap, rotation, Optional.empty());
    }

    /** A level's dose; a level of no sessions a week (a pause a clinician set) doses one a week. */
    public static Dose of(Level level, Optional<RotationRange> rotation) {
        return new Dose(Math.max(1, level.sessionsPerWeek()), level.minutes(), level.distance(), level.rpeCap(),
                rotation);
    }

    public Dose withRpeCap(int cap) {
        return new Dose(sessionsPerWeek, minutes, distance, cap, rotation, work);
    }

    public Dose withSessionsPerWeek(int n) {
        return new Dose(n, minutes, distance, rpeCap, rotation, work);
    }

    public Dose withRotation(RotationRange range) {
        return new Dose(sessionsPerWeek, minutes, distance, rpeCap, Optional.of(range), work);
    }

    public Dose withMinutes(Minutes m) {
        return new Dose(sessionsPerWeek, Optional.of(m), distance, rpeCap, rotation, work);
    }

    public Dose withDistance(Distance d) {
        return new Dose(sessionsPerWeek, minutes, Optional.of(d), rpeCap, rotation, work);
    }

    /** Scales minutes and distance to a whole percentage; see {@link #scaledVolume(double)}. */
    public Dose scaledVolumePercent(int percent) {
        return new Dose(sessionsPerWeek, minutes.map(m -> m.percent(percent)), distance.map(d -> d.percent(percent)),
                rpeCap, rotation, work.map(w -> w.percent(percent)));
    }

    /** Scales minutes (rounded to whole minutes), distance (to 0.01 km) and work by a factor. */
    public Dose scaledVolume(double factor) {
        return new Dose(sessionsPerWeek, minutes.map(m -> m.times(factor)), distance.map(d -> d.times(factor)),
                rpeCap, rotation, work.map(w -> w.times(factor)));
    }

    /** The same dose with its work scaled by a factor (to whole units); minutes unchanged. */
    public Dose withWorkScaled(double factor) {
        return new Dose(sessionsPerWeek, minutes, distance, rpeCap, rotation, work.map(w -> w.times(factor)));
    }

    /** This dose with no variable above the other's: each the lower of the two. */
    public Dose atMost(Dose ceiling) {
        Optional<Minutes> m = minutes.isPresent() && ceiling.minutes.isPresent()
                ? Optional.of(minutes.get().min(ceiling.minutes.get())) : minutes;
        Optional<Distance> d = distance.isPresent() && ceiling.distance.isPresent()
                ? Optional.of(distance.get().min(ceiling.distance.get())) : distance;
        Optional<Work> w = work.isPresent() && ceiling.work.isPresent()
                ? Optional.of(work.get().min(ceiling.work.get())) : work;
        Optional<RotationRange> r = rotation.isPresent() && ceiling.rotation.isPresent()
                && ceiling.rotation.get().compareTo(rotation.get()) < 0 ? ceiling.rotation : rotation;
        return new Dose(Math.min(sessionsPerWeek, ceiling.sessionsPerWeek), m, d, Math.min(rpeCap, ceiling.rpeCap), r, w);
    }

    /**
     * Whether this dose's volume is above a share of another's, like with like: minutes against
     * minutes, else (neither in minutes) distance against distance. Doses measured differently, or a
     * whole of nothing, are never above.
     */
    public boolean volumeAbove(double share, Dose whole) {
        if (minutes.isPresent() || whole.minutes.isPresent()) {
            return minutes.isPresent() && whole.minutes.isPresent() && whole.minutes.get().value() > 0
                    && share * whole.minutes.get().value() < minutes.get().value();
        }
        return distance.isPresent() && whole.distance.isPresent() && whole.distance.get().km() > 0
                && share * whole.distance.get().km() < distance.get().km();
    }
}
