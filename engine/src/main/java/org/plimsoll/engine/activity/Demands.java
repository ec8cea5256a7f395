package org.plimsoll.engine.activity;

/** How much an activity asks of the back: rotation, sustained arm load and impact, each 0–3. */
public record Demands(int rotation, int armLoad, int impact) {
    public Demands {
        requireLevel("rotation", rotation);
        requireLevel("armLoad", armLoad);
        requireLevel("impact", impact);
    }

    private static void requireLevel(String name, int value) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException(name + " demand must be 0–3, was " + value);
        }
    }
}
