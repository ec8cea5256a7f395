package org.plimsoll.engine.insight;

import org.plimsoll.engine.today.StudentT;

/** One factor's least-squares slope on one outcome, over the sessions where the factor was recorded. */
record Slope(String name, double effect, double se, double df, double p) {
    /** Whether the slope and its error are numbers: only those are ever shown. */
    boolean finite() {
        return Double.isFinite(effect) && Double.isFinite(se);
    }

    /**
     * The slope of {@code y} on {@code x} with its standard error; the residual spread is taken
     * as at least {@code floorSd}.
     */
    static Slope of(String name, double[] x, double[] y, double floorSd) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        double b = sxy / sxx;
        double rss = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                double e = y[i] - my - b * (x[i] - mx);
                rss += e * e;
            }
        }
        int df = n - 2;
        double variance = Math.max(rss / df, floorSd * floorSd);
        double se = Math.sqrt(variance / sxx);
        double p = se == 0 ? (b == 0 ? 1 : 0) : StudentT.twoSidedP(b / se, df);
        return new Slope(name, b, se, df, p);
    }
}
