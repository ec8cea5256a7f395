package org.plimsoll.simulate;

/**
 * The simulator's rules for a person's true capacity: the minutes of easy running their back takes
 * today without a red response. Nobody, the engine included, sees it; only the oracle policy reads it.
 * The numbers are plausible, not measured: the point is to judge policies by what they do to people
 * whose capacity moves as these rules say (docs/benchmarks.md, "The coaching simulator").
 */
public final class Capacity {
    /** Below this many hours' sleep, each hour short takes this share off the day's capacity. */
    public static final double SLEEP_NEEDED_HOURS = 7.0;
    public static final double PER_HOUR_SHORT = 0.06;
    /** Above this stress (0–10), each point takes this share off. */
    public static final int CALM_STRESS = 4;
    public static final double PER_STRESS_POINT = 0.04;
    /** In a flare the back takes this share of its usual capacity. */
    public static final double IN_FLARE = 0.5;
    /** A flare lasts this many days, and costs the base this share when it begins. */
    public static final int FLARE_DAYS = 7;
    public static final double FLARE_COST = 0.05;
    /** A session of at least this share of today's capacity, and not over it, trains the base up. */
    public static final double TRAINING_SHARE = 0.6;
    public static final double GAIN_PER_SESSION = 0.015;
    /** Each day without training the base loses this share. */
    public static final double DETRAINING_PER_DAY = 0.002;
    /** A red session sets off a flare with this chance per tenth over capacity. */
    public static final double FLARE_CHANCE_PER_TENTH_OVER = 0.15;

    private Capacity() {
    }

    /** Today's capacity from the base: short sleep, stress and a flare each take their share. */
    public static double today(double base, Day day, boolean inFlare) {
        double sleep = 1 - PER_HOUR_SHORT * Math.max(0, SLEEP_NEEDED_HOURS - day.sleepHours());
        double stress = 1 - PER_STRESS_POINT * Math.max(0, day.stress() - CALM_STRESS);
        return base * sleep * stress * (inFlare ? IN_FLARE : 1);
    }

    /** A session is red when it goes over the day's capacity. */
    public static boolean red(double minutes, double todayCapacity) {
        return minutes > todayCapacity;
    }

    /**
     * The base after a session: a session inside today's capacity and at least 60% of it builds the
     * base, more the nearer it comes to the line; one over the line builds nothing; a light one keeps it.
     */
    public static double afterSession(double base, double minutes, double todayCapacity) {
        if (red(minutes, todayCapacity) || minutes < TRAINING_SHARE * todayCapacity) {
            return base;
        }
        return base * (1 + GAIN_PER_SESSION * minutes / todayCapacity);
    }

    /** The base after a day without training. */
    public static double afterRestDay(double base) {
        return base * (1 - DETRAINING_PER_DAY);
    }

    /** The base when a flare begins. */
    public static double atFlare(double base) {
        return base * (1 - FLARE_COST);
    }

    /** The chance that a session sets off a flare: none inside capacity, rising with the overshoot. */
    public static double flareChance(double minutes, double todayCapacity) {
        if (!red(minutes, todayCapacity)) {
            return 0;
        }
        return Math.min(1, FLARE_CHANCE_PER_TENTH_OVER * 10 * (minutes / todayCapacity - 1) + 0.05);
    }
}
