package org.plimsoll.simulate;

/** What one policy did to one person, or (summed) to everyone. */
public record Outcome(int sessions, int redSessions, int flares, double capacityGained, double minutes) {
    public static final Outcome NONE = new Outcome(0, 0, 0, 0, 0);

    public Outcome plus(Outcome other) {
        return new Outcome(sessions + other.sessions, redSessions + other.redSessions, flares + other.flares,
                capacityGained + other.capacityGained, minutes + other.minutes);
    }
}
