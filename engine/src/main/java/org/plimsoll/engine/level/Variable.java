package org.plimsoll.engine.level;

/** The variables of a dose; progression raises exactly one of them at a time. */
public enum Variable {
    SESSIONS_PER_WEEK("sessionsPerWeek", "sessions a week"), MINUTES("minutes", "minutes per session"),
    DISTANCE_KM("distanceKm", "distance per session"), RPE_CAP("rpeCap", "the effort cap"),
    ROTATION("rotation", "the range of turning");

    private final String code;
    private final String words;

    Variable(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** What a person reads: plain words, never the JSON name. */
    public String words() {
        return words;
    }

    /** The name used in the scenario JSON. */
    public String code() {
        return code;
    }
}
