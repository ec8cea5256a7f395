package org.plimsoll.engine.load;

/**
 * A training load in arbitrary units (minutes × effort, Foster 1998). A fitness or fatigue trend is
 * never negative; form, fitness minus fatigue, may be, so the range checked is only that it is a number.
 */
public record Load(double au) {
    public Load {
        if (!Double.isFinite(au)) {
            throw new IllegalArgumentException("load must be a number, was " + au);
        }
    }

    public static Load ofAu(double au) {
        return new Load(au);
    }
}
