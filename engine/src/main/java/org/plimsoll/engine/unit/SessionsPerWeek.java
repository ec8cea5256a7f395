package org.plimsoll.engine.unit;

/** How often an activity is done: 1–14 sessions a week, as a goal or a dose counts them. */
public record SessionsPerWeek(int value) implements Comparable<SessionsPerWeek> {
    public static final int FEWEST = 1;
    public static final int MOST = 14;

    public SessionsPerWeek {
        if (value < FEWEST || value > MOST) {
            throw new IllegalArgumentException("sessions a week must be 1–14, was " + value);
        }
    }

    public static SessionsPerWeek of(int value) {
        return new SessionsPerWeek(value);
    }

    @Override
    public int compareTo(SessionsPerWeek other) {
        return Integer.compare(value, other.value);
    }
}
