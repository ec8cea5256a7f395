package org.plimsoll.engine.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum RunType {
    EASY, LONG, TEMPO, INTERVALS, HILLS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Hard run types are paused in a flare (ENGINE.md section 7). */
    public boolean isHard() {
        return this != EASY;
    }

    public static Optional<RunType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code().equals(wanted)).findFirst();
    }
}
