package org.plimsoll.engine.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a factor can be estimated for this person (ENGINE.md section 11): a demand their sessions
 * had, enough variation at each end, and not already explained by the factors kept before it.
 */
final class FactorScreen {
    private FactorScreen() {
    }

    /** A load of a demand none of the sessions had is 0 throughout: never a factor of this person. */
    static boolean hasTheDemand(double[] x) {
        return Arrays.stream(x).anyMatch(v -> !Double.isNaN(v) && v != 0);
    }

    /**
     * At least 5 sessions at each end of the factor's range, the two ends a reporting unit apart:
     * the 5th lowest value and the 5th highest differ by one unit or more (values are in units).
     */
    static boolean variesEnough(double[] x) {
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int k = Insights.SESSIONS_AT_EACH_END;
        return v.length >= 2 * k && v[v.length - k] - v[k - 1] >= 1 - 1e-9;
    }

    /** R² of {@code x} on the columns already kept, over the sessions where all were recorded. */
    static double explained(List<double[]> kept, double[] x) {
        if (kept.isEmpty()) {
            return 0;
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            final int row = i;
            if (!Double.isNaN(x[i]) && kept.stream().noneMatch(c -> Double.isNaN(c[row]))) {
                rows.add(i);
            }
        }
        int n = rows.size();
        int p = kept.size();
        if (n <= p + 1) {
            return 0;
        }
        // Centred columns; solve the normal equations by Gauss–Jordan (p is at most a handful).
        double[][] a = new double[p][p + 1];
        double[] means = new double[p + 1];
        for (int j = 0; j <= p; j++) {
            double[] c = j < p ? kept.get(j) : x;
            means[j] = rows.stream().mapToDouble(i -> c[i]).average().orElse(0);
        }
        double total = 0;
        for (int i : rows) {
            double y = x[i] - means[p];
            total += y * y;
            for (int j = 0; j < p; j++) {
                double xj = kept.get(j)[i] - means[j];
                for (int k = 0; k < p; k++) {
                    a[j][k] += xj * (kept.get(k)[i] - means[k]);
                }
                a[j][p] += xj * y;
            }
        }
        if (total == 0) {
            return 1;
        }
        double explainedSquares = 0;
        double[] beta = solve(a);
        if (beta == null) {
            return 1;
        }
        for (int j = 0; j < p; j++) {
            explainedSquares += beta[j] * a[j][p];
        }
        return explainedSquares / total;
    }

    /** Gauss–Jordan with partial pivoting on [A | b]; null when A is singular. Leaves [A | b] as it found it. */
    private static double[] solve(double[][] system) {
        int p = system.length;
        double[][] m = new double[p][];
        for (int i = 0; i < p; i++) {
            m[i] = system[i].clone();
        }
        for (int col = 0; col < p; col++) {
            final int c = col;
            int pivot = java.util.stream.IntStream.range(col, p).boxed()
                    .max(Comparator.comparingDouble(r -> Math.abs(m[r][c]))).orElseThrow();
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < p; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int k = col; k <= p; k++) {
                        m[r][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] beta = new double[p];
        for (int i = 0; i < p; i++) {
            beta[i] = m[i][p] / m[i][i];
        }
        return beta;
    }
}
