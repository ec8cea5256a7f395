package org.plimsoll.engine.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.load.SessionLoad;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;

/**
 * Personal insights (ENGINE.md section 11): which loads and which parts of daily life go with a
 * worse next morning and with red sessions, for this person, with honest uncertainty. A ridge
 * regression on standardised factors, with 90% intervals from the ridge estimator's sandwich
 * covariance (a normal approximation; 200 bootstrap refits cost about thirty times as much). Nothing
 * is claimed that the interval does not support.
 */
public record Insights(boolean enoughData, int sessionsUsed, int sessionsNeeded, List<Factor> nextMorning,
                       List<Factor> redChance, List<String> statements) {
    public static final int MINIMUM_SESSIONS = 20;
    public static final double RIDGE_LAMBDA = 1.0;
    /** Two-sided 90%: the normal quantile at 0.95. */
    static final double Z_90 = 1.6449;
    static final String[] NAMES = {"rotation load", "arm load", "impact load", "breathing load", "duration",
            "intensity", "sleep", "stress", "sitting"};

    public Insights {
        nextMorning = List.copyOf(nextMorning);
        redChance = List.copyOf(redChance);
        statements = List.copyOf(statements);
    }

    /** How one factor relates to the outcome per standard deviation, with its 90% interval. */
    public record Factor(String name, double effect, double low, double high) {
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    public static Insights of(AsOf asOf, List<SessionResponse> responses) {
        List<double[]> rows = new ArrayList<>();
        List<Double> change = new ArrayList<>();
        List<Double> red = new ArrayList<>();
        for (SessionResponse r : responses) {
            if (!r.response().isFinal() || r.nextMorning().isEmpty() || r.baseline().isEmpty()) {
                continue;
            }
            rows.add(features(asOf, r));
            change.add(r.nextMorning().getAsInt() - r.baseline().getAsDouble());
            red.add(r.response() == Response.RED ? 1.0 : 0.0);
        }
        int n = rows.size();
        if (n < MINIMUM_SESSIONS) {
            int more = MINIMUM_SESSIONS - n;
            return new Insights(false, n, more, List.of(), List.of(), List.of("Not enough data yet: " + more
                    + " more sessions with a next-morning check-in (after your usual morning pain is known), and "
                    + "Plimsoll can show what drives your back."));
        }
        double[][] x = standardise(rows);
        List<List<Factor>> fits = fit(x, change.stream().mapToDouble(Double::doubleValue).toArray(),
                red.stream().mapToDouble(Double::doubleValue).toArray());
        List<Factor> morning = fits.get(0);
        List<Factor> reds = fits.get(1);
        List<String> statements = new ArrayList<>();
        for (Factor f : morning) {
            if (f.clear()) {
                statements.add("For you, more " + f.name() + " goes with a " + (f.effect() > 0 ? "worse" : "better")
                        + " next morning (" + signed(f.effect()) + " points per usual-sized difference, 90% interval "
                        + signed(f.low()) + " to " + signed(f.high()) + ").");
            }
        }
        Optional<Factor> intensity = morning.stream().filter(f -> f.name().equals("intensity")).findFirst();
        Optional<Factor> duration = morning.stream().filter(f -> f.name().equals("duration")).findFirst();
        if (intensity.isPresent() && duration.isPresent() && intensity.get().clear()
                && intensity.get().effect() > Math.max(0, duration.get().effect()) && intensity.get().low() > duration.get().high()) {
            statements.add("For you, intensity matters more than duration.");
        } else if (intensity.isPresent() && duration.isPresent() && duration.get().clear()
                && duration.get().effect() > Math.max(0, intensity.get().effect()) && duration.get().low() > intensity.get().high()) {
            statements.add("For you, duration matters more than intensity.");
        }
        if (statements.isEmpty()) {
            statements.add("No single factor stands out clearly yet in " + n + " sessions; more data will sharpen this.");
        }
        return new Insights(true, n, 0, morning, reds, statements);
    }

    private static String signed(double v) {
        double r = Math.round(v * 100) / 100.0;
        return (r > 0 ? "+" : "") + r;
    }

    static double[] features(AsOf asOf, SessionResponse r) {
        SessionLoad load = SessionLoad.of(r.session(), asOf.history().demandsOf(r.session().activity()));
        LocalDate day = r.date();
        Optional<DailyContext> today = context(asOf, day);
        Optional<DailyContext> yesterday = context(asOf, day.minusDays(1));
        return new double[] {
                load.rotation(), load.arm(), load.impact(), load.breathing(), r.session().minutes(),
                r.session().rpe().map(x -> (double) x.value()).orElse(Double.NaN),
                today.map(c -> c.sleepHours()).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                        .orElse(Double.NaN),
                today.map(c -> c.stress().isPresent() ? (double) c.stress().getAsInt() : Double.NaN).orElse(Double.NaN),
                yesterday.map(c -> c.sittingHours()).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                        .orElse(Double.NaN)};
    }

    private static Optional<DailyContext> context(AsOf asOf, LocalDate day) {
        return asOf.context(day);
    }

    /** Z-scores per column; a missing value becomes the column mean (0), a constant column all 0. */
    static double[][] standardise(List<double[]> rows) {
        int n = rows.size();
        int p = NAMES.length;
        double[][] x = new double[n][p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            int present = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    present++;
                }
            }
            double mean = present == 0 ? 0 : sum / present;
            double squares = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[j])) {
                    squares += (row[j] - mean) * (row[j] - mean);
                }
            }
            double sd = Math.sqrt(squares / Math.max(1, present - 1));
            for (int i = 0; i < n; i++) {
                double v = rows.get(i)[j];
                x[i][j] = Double.isNaN(v) || sd == 0 ? 0 : (v - mean) / sd;
            }
        }
        return x;
    }

    /**
     * β = (XᵀX + λI)⁻¹ Xᵀ(y − ȳ) on standardised columns, and Cov(β) = σ² A⁻¹ XᵀX A⁻¹ with
     * A = XᵀX + λI and σ² the residual variance. Both outcomes share X, so XᵀX and A⁻¹ are
     * computed once; the sums are plain loops because the matrix is tall and thin (n × 9).
     */
    static List<List<Factor>> fit(double[][] x, double[]... outcomes) {
        int n = x.length;
        int p = x[0].length;
        double[][] gram = new double[p][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                double v = row[j];
                for (int k = j; k < p; k++) {
                    gram[j][k] += v * row[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                gram[j][k] = gram[k][j];
            }
        }
        RealMatrix gramMatrix = new Array2DRowRealMatrix(gram, false);
        RealMatrix a = gramMatrix.copy();
        for (int j = 0; j < p; j++) {
            a.addToEntry(j, j, RIDGE_LAMBDA);
        }
        RealMatrix inverse;
        try {
            inverse = new LUDecomposition(a).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            return Arrays.stream(outcomes).map(y -> List.<Factor>of()).toList();
        }
        RealMatrix sandwich = inverse.multiply(gramMatrix).multiply(inverse);
        List<List<Factor>> fits = new ArrayList<>();
        for (double[] y : outcomes) {
            double mean = Arrays.stream(y).average().orElse(0);
            double[] xty = new double[p];
            for (int i = 0; i < n; i++) {
                double c = y[i] - mean;
                for (int j = 0; j < p; j++) {
                    xty[j] += x[i][j] * c;
                }
            }
            double[] beta = inverse.operate(xty);
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double fitted = 0;
                for (int j = 0; j < p; j++) {
                    fitted += x[i][j] * beta[j];
                }
                double r = y[i] - mean - fitted;
                rss += r * r;
            }
            double sigma2 = rss / Math.max(1, n - p - 1);
            List<Factor> factors = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                double se = Math.sqrt(Math.max(0, sandwich.getEntry(j, j) * sigma2));
                double b = beta[j];
                factors.add(new Factor(NAMES[j], round(b), round(b - Z_90 * se), round(b + Z_90 * se)));
            }
            fits.add(factors);
        }
        return fits;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
