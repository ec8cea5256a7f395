package org.plimsoll.engine.unit;

/** How well the person slept, as they rate it: 1 (very poorly) to 5 (very well). */
public record SleepQuality(int value) implements Comparable<SleepQuality> {
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public SleepQuality {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException("sleep quality must be 1–5, was " + value);
        }
    }

    public static SleepQuality of(int value) {
        return new SleepQuality(value);
    }

    @Override
    public int compareTo(SleepQuality other) {
        return Integer.compare(value, other.value);
    }
}
