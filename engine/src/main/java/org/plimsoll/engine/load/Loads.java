package org.plimsoll.engine.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.session.Session;
import java.util.Comparator;
import java.util.Optional;
import org.plimsoll.engine.unit.Minutes;

/** Weekly load, monotony and strain, the fitness/fatigue trends and the single-session spike guard. */
public final class Loads {
    public static final double MONOTONY_CAP = 10;
    public static final int TRENDS_NEED_DAYS = 28;
    public static final int CHRONIC_DAYS = 42;
    public static final int ACUTE_DAYS = 7;
    public static final int RATIO_CHRONIC_DAYS = 28;
    public static final double SPIKE_FACTOR = 1.10;
    public static final int SPIKE_LOOKBACK_DAYS = 30;

    private Loads() {
    }

    public static LoadSummary summarise(AsOf asOf) {
        LocalDate today = asOf.date();
        List<Session> sessions = asOf.sessions();
        double[] week = new double[7];
        double rotation = 0;
        double arm = 0;
        double impact = 0;
        double breathing = 0;
        for (Session s : sessions) {
            long daysAgo = ChronoUnit.DAYS.between(asOf.localDate(s), today);
            if (daysAgo >= 0 && daysAgo < 7) {
                SessionLoad load = SessionLoad.of(s, asOf.history().demandsOf(s.activity()));
                week[(int) (6 - daysAgo)] += load.au();
                rotation += load.rotation();
                arm += load.arm();
                impact += load.impact();
                breathing += load.breathing();
            }
        }
        double weekAU = 0;
        for (double d : week) {
            weekAU += d;
        }
        double monotony = monotony(week);
        OptionalDouble ctl = OptionalDouble.empty();
        OptionalDouble atl = OptionalDouble.empty();
        OptionalDouble tsb = OptionalDouble.empty();
        OptionalDouble acwr = OptionalDouble.empty();
        if (!sessions.isEmpty()) {
            LocalDate first = asOf.localDate(sessions.get(0));
            long span = ChronoUnit.DAYS.between(first, today) + 1;
            if (span >= TRENDS_NEED_DAYS) {
                double[] daily = dailyLoads(asOf, first, (int) span);
                double[] chronic = ewma(daily, CHRONIC_DAYS);
                double[] acute = ewma(daily, ACUTE_DAYS);
                double[] ratioChronic = ewma(daily, RATIO_CHRONIC_DAYS);
                int last = daily.length - 1;
                ctl = OptionalDouble.of(round1(chronic[last]));
                atl = OptionalDouble.of(round1(acute[last]));
                // Form is yesterday's fitness minus yesterday's fatigue.
                tsb = OptionalDouble.of(round1(last > 0 ? chronic[last - 1] - acute[last - 1] : 0));
                acwr = ratioChronic[last] > 0 ? OptionalDouble.of(round2(acute[last] / ratioChronic[last]))
                        : OptionalDouble.empty();
            }
        }
        return new LoadSummary(round1(weekAU), round2(monotony), round1(weekAU * monotony), ctl, atl, tsb, acwr,
                round1(rotation), round1(arm), round1(impact), round1(breathing));
    }

    /** Mean daily load over its standard deviation (rest days count as 0), capped at 10. */
    public static double monotony(double[] days) {
        double mean = 0;
        for (double d : days) {
            mean += d;
        }
        mean /= days.length;
        if (mean == 0) {
            return 0;
        }
        double variance = 0;
        for (double d : days) {
            variance += (d - mean) * (d - mean);
        }
        // Population standard deviation: the seven days are the whole week, not a sample of it.
        double sd = Math.sqrt(variance / days.length);
        return sd == 0 ? MONOTONY_CAP : Math.min(MONOTONY_CAP, mean / sd);
    }

    static double[] dailyLoads(AsOf asOf, LocalDate first, int days) {
        double[] daily = new double[days];
        for (Session s : asOf.sessions()) {
            long index = ChronoUnit.DAYS.between(first, asOf.localDate(s));
            if (index >= 0 && index < days) {
                daily[(int) index] += SessionLoad.of(s, asOf.history().demandsOf(s.activity())).au();
            }
        }
        return daily;
    }

    /** Exponentially weighted average with λ = 2 / (N + 1) (Williams et al. 2017), day by day. */
    public static double[] ewma(double[] daily, int n) {
        double lambda = 2.0 / (n + 1);
        double[] out = new double[daily.length];
        double value = 0;
        for (int i = 0; i < daily.length; i++) {
            value = lambda * daily[i] + (1 - lambda) * value;
            out[i] = value;
        }
        return out;
    }

    /**
     * The longest session of an activity in the 30 days up to {@code day}, in minutes; a planned
     * session longer than 110% of it is a spike (Frandsen et al. 2025).
     */
    public static Optional<Minutes> longestRecent(AsOf asOf, Activity activity, LocalDate day) {
        return asOf.sessionsOf(activity).stream()
                .filter(s -> {
                    long ago = ChronoUnit.DAYS.between(asOf.localDate(s), day);
                    return ago >= 0 && ago < SPIKE_LOOKBACK_DAYS;
                })
                .map(Session::minutes).max(Comparator.naturalOrder());
    }

    /** The most minutes a planned session may have under the spike guard: 110% of the longest, rounded down. */
    public static Minutes spikeLimit(Minutes longest) {
        return new Minutes((int) Math.floor(longest.value() * SPIKE_FACTOR));
    }

    public static boolean isSpike(Minutes planned, Optional<Minutes> longestRecent) {
        return longestRecent.isPresent() && planned.value() > longestRecent.get().value() * SPIKE_FACTOR;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
