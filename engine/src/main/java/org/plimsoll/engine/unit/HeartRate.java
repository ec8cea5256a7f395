package org.plimsoll.engine.unit;

/** A heart rate in beats a minute, within what a living adult's heart shows (20–250). */
public record HeartRate(int bpm) implements Comparable<HeartRate> {
    public static final int LOWEST = 20;
    public static final int HIGHEST = 250;

    public HeartRate {
        if (bpm < LOWEST || bpm > HIGHEST) {
            throw new IllegalArgumentException("heart rate must be 20–250 bpm, was " + bpm);
        }
    }

    public static HeartRate ofBpm(int bpm) {
        return new HeartRate(bpm);
    }

    /** This rate as a share of a maximum (0.8 for 80%). */
    public double shareOf(HeartRate max) {
        return (double) bpm / max.bpm;
    }

    @Override
    public int compareTo(HeartRate other) {
        return Integer.compare(bpm, other.bpm);
    }
}
