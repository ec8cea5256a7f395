package org.plimsoll.engine.unit;

/**
 * How much an activity asks of the back in one respect (rotation, sustained arm load or impact),
 * from 0 (none) to 3 (high): the steps ENGINE.md section 1 weighs load by.
 */
public record Demand(int value) implements Comparable<Demand> {
    public static final int LOWEST = 0;
    public static final int HIGHEST = 3;

    public Demand {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException("a demand must be 0–3, was " + value);
        }
    }

    public static Demand of(int value) {
        return new Demand(value);
    }

    @Override
    public int compareTo(Demand other) {
        return Integer.compare(value, other.value);
    }
}
