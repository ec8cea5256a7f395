package org.plimsoll.engine.dose;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How much of an activity: sessions a week, minutes or distance per session, an RPE cap, and for
 * rotation-heavy activities a rotation range (ENGINE.md section 6). For strength logged with its
 * exercises, also the work per session (sets × reps × load; see {@link org.plimsoll.engine.level.StrengthWork}). A ceiling,
 * not a quota.
 */
public record Dose(int sessionsPerWeek, OptionalInt minutes, OptionalDouble distanceKm, int rpeCap,
                   Optional<RotationRange> rotation, OptionalDouble work) {
    public Dose {
        if (sessionsPerWeek < 1) {
            sessionsPerWeek = 1;
        }
        rpeCap = Math.max(0, Math.min(10, rpeCap));
    }

    public Dose(int sessionsPerWeek, OptionalInt minutes, OptionalDouble distanceKm, int rpeCap,
                Optional<RotationRange> rotation) {
        this(sessionsPerWeek, minutes, distanceKm, rpeCap, rotation, OptionalDouble.empty());
    }

    public static Dose of(Level level, Optional<RotationRange> rotation) {
        return new Dose(level.sessionsPerWeek(), level.minutes(), level.distanceKm(), level.rpeCap(), rotation);
    }

    public Dose withRpeCap(int cap) {
        return new Dose(sessionsPerWeek, minutes, distanceKm, cap, rotation, work);
    }

    public Dose withSessionsPerWeek(int n) {
        return new Dose(n, minutes, distanceKm, rpeCap, rotation, work);
    }

    public Dose withRotation(RotationRange range) {
        return new Dose(sessionsPerWeek, minutes, distanceKm, rpeCap, Optional.of(range), work);
    }

    /** Scales minutes and distance to a whole percentage; see {@link #scaledVolume(double)}. */
    public Dose scaledVolumePercent(int percent) {
        OptionalInt m = minutes.isPresent() ? OptionalInt.of((int) Math.round(minutes.getAsInt() * percent / 100.0))
                : OptionalInt.empty();
        OptionalDouble d = distanceKm.isPresent()
                ? OptionalDouble.of(Math.round(distanceKm.getAsDouble() * percent) / 100.0) : OptionalDouble.empty();
        OptionalDouble w = work.isPresent() ? OptionalDouble.of(Math.round(work.getAsDouble() * percent) / 100.0)
                : OptionalDouble.empty();
        return new Dose(sessionsPerWeek, m, d, rpeCap, rotation, w);
    }

    /** Scales minutes (rounded to whole minutes), distance (to 0.01 km) and work by a factor. */
    public Dose scaledVolume(double factor) {
        OptionalInt m = minutes.isPresent() ? OptionalInt.of((int) Math.round(minutes.getAsInt() * factor))
                : OptionalInt.empty();
        OptionalDouble d = distanceKm.isPresent()
                ? OptionalDouble.of(Math.round(distanceKm.getAsDouble() * factor * 100) / 100.0) : OptionalDouble.empty();
        return new Dose(sessionsPerWeek, m, d, rpeCap, rotation, scaledWork(factor));
    }

    /** The same dose with its work scaled by a factor (to whole units); minutes unchanged. */
    public Dose withWorkScaled(double factor) {
        return new Dose(sessionsPerWeek, minutes, distanceKm, rpeCap, rotation, scaledWork(factor));
    }

    private OptionalDouble scaledWork(double factor) {
        return work.isPresent() ? OptionalDouble.of(Math.round(work.getAsDouble() * factor)) : OptionalDouble.empty();
    }

    /** This dose with no variable above the other's: each the lower of the two. */
    public Dose atMost(Dose ceiling) {
        OptionalInt m = minutes.isPresent() && ceiling.minutes.isPresent()
                ? OptionalInt.of(Math.min(minutes.getAsInt(), ceiling.minutes.getAsInt())) : minutes;
        OptionalDouble d = distanceKm.isPresent() && ceiling.distanceKm.isPresent()
                ? OptionalDouble.of(Math.min(distanceKm.getAsDouble(), ceiling.distanceKm.getAsDouble())) : distanceKm;
        OptionalDouble w = work.isPresent() && ceiling.work.isPresent()
                ? OptionalDouble.of(Math.min(work.getAsDouble(), ceiling.work.getAsDouble())) : work;
        Optional<RotationRange> r = rotation.isPresent() && ceiling.rotation.isPresent()
                && ceiling.rotation.get().compareTo(rotation.get()) < 0 ? ceiling.rotation : rotation;
        return new Dose(Math.min(sessionsPerWeek, ceiling.sessionsPerWeek), m, d, Math.min(rpeCap, ceiling.rpeCap), r, w);
    }

    /** Minutes, else distance, as one number for comparisons of size. */
    public double volume() {
        return minutes.isPresent() ? minutes.getAsInt() : distanceKm.orElse(0);
    }
}
