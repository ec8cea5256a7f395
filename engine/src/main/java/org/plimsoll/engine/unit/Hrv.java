package org.plimsoll.engine.unit;

/** Heart rate variability in milliseconds (RMSSD or SDNN: the kind travels beside it), within a plausible 1–300 ms. */
public record Hrv(double ms) implements Comparable<Hrv> {
    public static final double LOWEST = 1;
    public static final double HIGHEST = 300;

    public Hrv {
        if (!(ms >= LOWEST && ms <= HIGHEST)) {
            throw new IllegalArgumentException("HRV must be 1–300 ms, was " + ms);
        }
    }

    public static Hrv ofMs(double ms) {
        return new Hrv(ms);
    }

    /** How this reading stands to a usual one, in percent (110 when 10% higher). */
    public double percentOf(Hrv usual) {
        return ms / usual.ms * 100;
    }

    @Override
    public int compareTo(Hrv other) {
        return Double.compare(ms, other.ms);
    }
}
