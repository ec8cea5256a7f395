package org.plimsoll.engine.today;

/**
 * Student's t distribution: the two-sided chance of a slope this far from zero when there is none,
 * and the multiplier of a standard error for an interval. Written here because the engine carries
 * no libraries; accurate to about 1e-10, far below what a pain score can tell.
 */
public final class StudentT {
    private StudentT() {
    }

    /** The chance that |T| is at least {@code t}, with {@code df} degrees of freedom (df > 0). */
    public static double twoSidedP(double t, double df) {
        requireDegrees(df);
        if (Double.isNaN(t)) {
            return 1;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * The t with P(|T| ≥ t) = {@code p}: the half-width of a (1 − p) interval in standard errors.
     * Newton's method on {@link #twoSidedP} (whose slope is twice the density), kept inside a
     * bracket that halves whenever a step would leave it.
     */
    public static double twoSidedQuantile(double p, double df) {
        requireDegrees(df);
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
        double low = 0;
        double high = 2;
        while (twoSidedP(high, df) > p) {
            low = high;
            high *= 2;
        }
        double t = (low + high) / 2;
        for (int i = 0; i < 200; i++) {
            double gap = twoSidedP(t, df) - p;
            if (gap > 0) {
                low = t;
            } else {
                high = t;
            }
            if (Math.abs(gap) < 1e-15 || high - low < 1e-12 * high) {
                break;
            }
            double next = t + gap / (2 * density(t, df));
            t = next > low && next < high ? next : (low + high) / 2;
        }
        return t;
    }

    /** The density of T at {@code t}. */
    static double density(double t, double df) {
        return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI)
                - (df + 1) / 2 * Math.log1p(t * t / df));
    }

    private static void requireDegrees(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, was " + df);
        }
    }

    /** I_x(a, b), by the continued fraction of Numerical Recipes (Lentz's method). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        // The fraction converges fast only below the mean; above it, use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms). */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection keeps the series where it is accurate.
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        double y = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
