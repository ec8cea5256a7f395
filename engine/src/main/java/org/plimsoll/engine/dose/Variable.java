package org.plimsoll.engine.dose;

/** The variables of a dose; progression raises exactly one of them at a time. */
public enum Variable {
    SESSIONS_PER_WEEK("sessionsPerWeek"), MINUTES("minutes"), DISTANCE_KM("distanceKm"), RPE_CAP("rpeCap"),
    ROTATION("rotation");

    private final String code;

    Variable(String code) {
        this.code = code;
    }

    /** The name used in the scenario JSON; people read Wording.variable. */
    public String code() {
        return code;
    }
}
