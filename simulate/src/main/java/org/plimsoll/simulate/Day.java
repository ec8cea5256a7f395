package org.plimsoll.simulate;

import java.time.LocalDate;

/**
 * One day of a virtual person's life as the world deals it, drawn before any policy acts, so that
 * every policy meets the same nights, the same stress and the same flares out of the blue.
 */
public record Day(LocalDate date, double sleepHours, int stress, boolean flareOutOfTheBlue) {
    public Day {
        if (sleepHours < 0 || sleepHours > 24) {
            throw new IllegalArgumentException("sleep must be 0–24 hours, was " + sleepHours);
        }
        if (stress < 0 || stress > 10) {
            throw new IllegalArgumentException("stress must be 0–10, was " + stress);
        }
    }
}
