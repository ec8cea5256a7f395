package org.plimsoll.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.today.StudentT;

/**
 * The comparison of two conditions from the sessions' next-morning changes, in the order they were
 * done (ENGINE.md section 15). Neighbouring sessions of different conditions form a pair, as the
 * design planned them; the difference (second minus first) is the mean of the pairs' differences with
 * a 95% paired t interval, so a slow drift in the back over the weeks cancels within each pair.
 */
public final class Comparison {
    /** Sessions with a next morning needed in each condition before anything is said. */
    public static final int SESSIONS_FOR_AN_ANSWER = 6;
    static final double INTERVAL = 0.95;
    /** The difference a person would notice; "no clear difference" says how many more would tell this much. */
    static final double POINT_THAT_MATTERS = 1.0;
    /**
     * The smallest spread of a pair's difference believed: a 0–10 scale reads in whole points, so two
     * readings that agree exactly still hide about half a point between them.
     */
    static final double LEAST_SPREAD = 0.5;

    private Comparison() {
    }

    /** One session's result: which condition (false: the first, true: the second) and its next-morning change. */
    public record Outcome(boolean second, double change) {
    }

    /** The difference (second minus first; positive: worse) with its 95% interval, from {@code pairs} pairs. */
    public record Difference(double effect, double low, double high, int pairs, int moreEach) {
        public Verdict verdict() {
            return low > 0 ? Verdict.WORSE : high < 0 ? Verdict.BETTER : Verdict.NO_CLEAR_DIFFERENCE;
        }
    }

    /** The difference, once each condition has 6 sessions with a next morning and at least 2 pairs formed. */
    public static Optional<Difference> of(List<Outcome> inOrder) {
        long seconds = inOrder.stream().filter(Outcome::second).count();
        long firsts = inOrder.size() - seconds;
        if (firsts < SESSIONS_FOR_AN_ANSWER || seconds < SESSIONS_FOR_AN_ANSWER) {
            return Optional.empty();
        }
        List<Double> differences = pairs(inOrder);
        int m = differences.size();
        if (m < 2) {
            return Optional.empty();
        }
        double mean = differences.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = differences.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum();
        double spread = Math.max(LEAST_SPREAD, Math.sqrt(squares / (m - 1)));
        double half = StudentT.twoSidedQuantile(1 - INTERVAL, m - 1) * spread / Math.sqrt(m);
        double target = Math.max(Math.abs(mean), POINT_THAT_MATTERS);
        int more = Math.max(0, (int) Math.ceil(m * (half / target) * (half / target)) - m);
        return Optional.of(new Difference(mean, mean - half, mean + half, m, more));
    }

    /** Neighbours of different conditions, each session in one pair at most: second's change minus first's. */
    static List<Double> pairs(List<Outcome> inOrder) {
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i + 1 < inOrder.size()) {
            Outcome a = inOrder.get(i);
            Outcome b = inOrder.get(i + 1);
            if (a.second() != b.second()) {
                out.add(a.second() ? a.change() - b.change() : b.change() - a.change());
                i += 2;
            } else {
                i += 1;
            }
        }
        return out;
    }
}
