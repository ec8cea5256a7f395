package org.plimsoll.engine.checkin;

/** Pain on the 0–10 numeric rating scale. */
public record Pain(int value) {
    public Pain {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("pain must be 0–10, was " + value);
        }
    }
}
