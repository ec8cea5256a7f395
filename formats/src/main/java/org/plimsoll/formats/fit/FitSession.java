package org.plimsoll.formats.fit;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One session of a FIT activity file (one leg of a multisport file), in FIT's own terms: the
 * sport and sub-sport numbers of the FIT profile, times in seconds and distance in metres.
 */
public record FitSession(int sport, int subSport, Instant start, double elapsedSeconds, double timerSeconds,
                         OptionalDouble distanceMetres, OptionalInt averageHeartRate, OptionalInt maxHeartRate,
                         OptionalInt ascentMetres, int laps, int records) {
}
