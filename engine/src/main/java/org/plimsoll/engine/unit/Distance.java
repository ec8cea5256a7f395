package org.plimsoll.engine.unit;

/**
 * A distance, held in kilometres. Never negative. The person's units (km or miles) matter only
 * where words show it.
 */
public record Distance(double km) implements Comparable<Distance> {
    public Distance {
        if (!(km >= 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("distance must not be negative, was " + km + " km");
        }
    }

    public static Distance ofKm(double km) {
        return new Distance(km);
    }

    public Distance plus(Distance other) {
        return new Distance(km + other.km);
    }

    /** Scaled by a factor, to the nearest 0.01 km. */
    public Distance times(double factor) {
        return new Distance(Math.round(km * factor * 100) / 100.0);
    }

    /** A whole percentage of this distance, to the nearest 0.01 km. */
    public Distance percent(int percent) {
        return new Distance(Math.round(km * percent) / 100.0);
    }

    /** This as a share of a whole (0.5 for half); the whole must not be zero. */
    public double shareOf(Distance whole) {
        return km / whole.km;
    }

    public Distance min(Distance other) {
        return km <= other.km ? this : other;
    }

    public boolean isAbove(Distance other) {
        return km > other.km;
    }

    /** The bare number of kilometres, as a distance read before the type; words converts units. */
    @Override
    public String toString() {
        return Double.toString(km);
    }

    @Override
    public int compareTo(Distance other) {
        return Double.compare(km, other.km);
    }
}
