package org.plimsoll.engine.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.load.SessionLoad;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.today.TodayFactor;

/**
 * Personal insights (ENGINE.md section 11): which parts of a session and of daily life go with a
 * worse next morning, for this person, said only where the data supports it.
 *
 * <p>Each factor is in a unit a person understands (each extra 10 minutes, each effort point, each
 * hour less sleep). A factor whose values are the same for every session (a demand the person's
 * activities do not have), or that the factors already in the model explain (R² 0.8 or more: a
 * runner's arm and impact load follow their minutes), is left out, so each effect is reported once.
 * Dose factors are estimated from sessions whose dose the engine did not cut (no flare, none of
 * today's cuts that day), since there the pain set the dose; daily-life factors from all sessions.
 * A least-squares fit gives each effect a t interval, widened for the number of factors tested at
 * once (Bonferroni, 95% for the whole set), so that with nothing going on, 1 history in 20 at most
 * gets any claim; a factor is put into words only when its interval excludes no effect.
 */
public record Insights(boolean enoughData, int sessionsUsed, int sessionsNeeded, List<Factor> nextMorning,
                       List<Factor> redChance, List<Reason> statements) {
    public static final int MINIMUM_SESSIONS = 20;
    /** The chance, over all factors tested together, of claiming an effect that is not there. */
    public static final double FAMILY_ERROR = 0.05;
    /**
     * A factor whose variation the factors already in the model explain to this share (R²) adds
     * nothing of its own for this person: a runner's impact and arm load are their minutes, their
     * turning load their minutes times their effort.
     */
    static final double SAME_FACTOR_SHARE = 0.8;

    public Insights {
        nextMorning = List.copyOf(nextMorning);
        redChance = List.copyOf(redChance);
        statements = List.copyOf(statements);
    }

    /**
     * How one factor relates to the outcome, per unit of it (for example each extra 10 minutes;
     * the words are Wording.factorUnit), with the interval that allows for all factors tested at once.
     */
    public record Factor(String name, double effect, double low, double high) {
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /** A factor: what it is called, how much is one unit, and how it is read from a session. */
    private record Candidate(String name, double unit, boolean dose,
                             ToDoubleBiFunction<AsOf, SessionResponse> value) {
    }

    /** In the order they are preferred when two move together: the plainest first. */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("duration", 10, true, (a, r) -> r.session().minutes()),
            new Candidate("effort", 1, true,
                    (a, r) -> r.session().rpe().map(x -> (double) x.value()).orElse(Double.NaN)),
            new Candidate("sleep", -1, false, (a, r) -> context(a, r.date())
                    .map(DailyContext::sleepHours).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                    .orElse(Double.NaN)),
            new Candidate("stress", 1, false, (a, r) -> context(a, r.date())
                    .map(c -> c.stress().isPresent() ? (double) c.stress().getAsInt() : Double.NaN).orElse(Double.NaN)),
            new Candidate("sitting", 1, false, (a, r) ->
                    context(a, r.date().minusDays(1)).map(DailyContext::sittingHours).filter(OptionalDouble::isPresent)
                            .map(OptionalDouble::getAsDouble).orElse(Double.NaN)),
            new Candidate("impact", 10, true,
                    (a, r) -> load(a, r).impact()),
            new Candidate("arm load", 10, true,
                    (a, r) -> load(a, r).arm()),
            new Candidate("turning load", 10, true,
                    (a, r) -> load(a, r).rotation()),
            new Candidate("breathing load", 10, true,
                    (a, r) -> load(a, r).breathing()));

    public static Insights of(AsOf asOf, List<SessionResponse> responses, List<FlareEpisode> flares) {
        List<SessionResponse> all = new ArrayList<>();
        for (SessionResponse r : responses) {
            if (r.response().isFinal() && r.nextMorning().isPresent() && r.baseline().isPresent()) {
                all.add(r);
            }
        }
        int n = all.size();
        if (n < MINIMUM_SESSIONS) {
            int more = MINIMUM_SESSIONS - n;
            return new Insights(false, n, more, List.of(), List.of(), List.of(Reason.of(Code.INSIGHTS_NEED_SESSIONS, more)));
        }
        java.util.NavigableSet<LocalDate> redDays = TodayFactor.redDays(responses);
        List<SessionResponse> uncut = all.stream().filter(r -> !cutByTheEngine(asOf, r, redDays, flares)).toList();
        // Dose factors from the sessions the person chose the dose of; daily life from all of them.
        Fit dose = Fit.of(asOf, uncut, CANDIDATES.stream().filter(Candidate::dose).toList());
        Fit life = Fit.of(asOf, all, CANDIDATES.stream().filter(c -> !c.dose()).toList());
        int tested = dose.candidates.size() + life.candidates.size();
        List<Factor> morning = new ArrayList<>(dose.factors(tested, Fit.NEXT_MORNING));
        morning.addAll(life.factors(tested, Fit.NEXT_MORNING));
        List<Factor> reds = new ArrayList<>(dose.factors(tested, Fit.RED));
        reds.addAll(life.factors(tested, Fit.RED));
        List<Reason> statements = new ArrayList<>();
        for (Factor f : morning) {
            if (f.clear()) {
                statements.add(Reason.of(Code.INSIGHT, f.name(), f.effect(), f.low(), f.high()));
            }
        }
        if (statements.isEmpty()) {
            statements.add(Reason.of(Code.INSIGHTS_NOTHING_CLEAR, n));
        }
        return new Insights(true, n, 0, morning, reds, statements);
    }

    /**
     * Whether the engine set the session's dose itself: during a flare, or on a day with any of
     * today's cuts (short sleep, stress, long sitting, a recent red session).
     */
    static boolean cutByTheEngine(AsOf asOf, SessionResponse r, java.util.NavigableSet<LocalDate> redDays,
                                  List<FlareEpisode> flares) {
        LocalDate day = r.date();
        return flares.stream().anyMatch(f -> f.activeOn(day)) || TodayFactor.anyCutOn(asOf, day, redDays);
    }


    private static SessionLoad load(AsOf asOf, SessionResponse r) {
        return SessionLoad.of(r.session(), asOf.history().demandsOf(r.session().activity()));
    }

    private static Optional<DailyContext> context(AsOf asOf, LocalDate day) {
        return asOf.context(day);
    }

    /** One least-squares fit of both outcomes on the factors that vary and do not repeat one another. */
    private static final class Fit {
        static final int NEXT_MORNING = 0;
        static final int RED = 1;
        final List<Candidate> candidates = new ArrayList<>();
        final List<double[]> effects = new ArrayList<>();
        final List<double[]> errors = new ArrayList<>();
        int degreesOfFreedom;

        static Fit of(AsOf asOf, List<SessionResponse> rows, List<Candidate> wanted) {
            Fit fit = new Fit();
            int n = rows.size();
            List<double[]> columns = new ArrayList<>();
            for (Candidate c : wanted) {
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = c.value().applyAsDouble(asOf, rows.get(i)) / c.unit();
                }
                fillMissing(column);
                if (variance(column) < 1e-9 || explained(columns, column) >= SAME_FACTOR_SHARE) {
                    continue;
                }
                columns.add(column);
                fit.candidates.add(c);
            }
            int p = columns.size();
            if (p == 0 || n - p - 1 < 5) {
                fit.candidates.clear();
                return fit;
            }
            double[][] outcomes = new double[2][n];
            for (int i = 0; i < n; i++) {
                SessionResponse r = rows.get(i);
                outcomes[NEXT_MORNING][i] = r.nextMorning().getAsInt() - r.baseline().getAsDouble();
                outcomes[RED][i] = r.response() == Response.RED ? 1 : 0;
            }
            if (!fit.solve(columns, outcomes)) {
                fit.candidates.clear();
            }
            return fit;
        }

        /** Both outcomes on the same columns: the effects and their standard errors. */
        private boolean solve(List<double[]> columns, double[][] outcomes) {
            Optional<LeastSquares> ls = LeastSquares.of(columns);
            if (ls.isEmpty()) {
                return false;
            }
            degreesOfFreedom = ls.get().n() - columns.size() - 1;
            for (double[] y : outcomes) {
                double[] beta = ls.get().effects(y);
                double sigma2 = ls.get().residualSquares(y, beta) / degreesOfFreedom;
                double[] se = new double[beta.length];
                for (int j = 0; j < beta.length; j++) {
                    se[j] = Math.sqrt(Math.max(0, ls.get().inverse().getEntry(j, j) * sigma2));
                }
                effects.add(beta);
                errors.add(se);
            }
            return true;
        }

        List<Factor> factors(int tested, int outcome) {
            List<Factor> factors = new ArrayList<>();
            if (candidates.isEmpty()) {
                return factors;
            }
            double t = new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - FAMILY_ERROR / (2.0 * tested));
            for (int j = 0; j < candidates.size(); j++) {
                Candidate c = candidates.get(j);
                double b = effects.get(outcome)[j];
                double half = t * errors.get(outcome)[j];
                factors.add(new Factor(c.name(), round(b), round(b - half), round(b + half)));
            }
            return factors;
        }
    }

    /** A missing value (no sleep or stress entered) counts as the person's average. */
    static void fillMissing(double[] column) {
        double mean = Arrays.stream(column).filter(v -> !Double.isNaN(v)).average().orElse(0);
        for (int i = 0; i < column.length; i++) {
            if (Double.isNaN(column[i])) {
                column[i] = mean;
            }
        }
    }

    static double variance(double[] c) {
        double mean = Arrays.stream(c).average().orElse(0);
        return Arrays.stream(c).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, c.length - 1);
    }

    /** R² of {@code column} on the columns already kept (least squares with an intercept). */
    static double explained(List<double[]> kept, double[] column) {
        if (kept.isEmpty()) {
            return 0;
        }
        Optional<LeastSquares> ls = LeastSquares.of(kept);
        if (ls.isEmpty()) {
            return 1;
        }
        double mean = Arrays.stream(column).average().orElse(0);
        double total = Arrays.stream(column).map(v -> (v - mean) * (v - mean)).sum();
        return total == 0 ? 1 : 1 - ls.get().residualSquares(column, ls.get().effects(column)) / total;
    }

    /**
     * Least squares with an intercept on centred columns: the centred design and the inverse of
     * its Gram matrix, computed once and shared by every outcome fitted on the same columns.
     */
    private record LeastSquares(double[][] x, RealMatrix inverse) {
        static Optional<LeastSquares> of(List<double[]> columns) {
            int p = columns.size();
            int n = columns.get(0).length;
            double[][] x = new double[n][p];
            for (int j = 0; j < p; j++) {
                double[] c = columns.get(j);
                double mean = Arrays.stream(c).average().orElse(0);
                for (int i = 0; i < n; i++) {
                    x[i][j] = c[i] - mean;
                }
            }
            double[][] gram = new double[p][p];
            for (double[] row : x) {
                for (int j = 0; j < p; j++) {
                    for (int k = 0; k < p; k++) {
                        gram[j][k] += row[j] * row[k];
                    }
                }
            }
            try {
                return Optional.of(new LeastSquares(x,
                        new LUDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver().getInverse()));
            } catch (SingularMatrixException e) {
                return Optional.empty();
            }
        }

        int n() {
            return x.length;
        }

        /** The effect of each column on {@code y}. */
        double[] effects(double[] y) {
            double mean = Arrays.stream(y).average().orElse(0);
            double[] xty = new double[inverse.getColumnDimension()];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < xty.length; j++) {
                    xty[j] += x[i][j] * (y[i] - mean);
                }
            }
            return inverse.operate(xty);
        }

        /** The sum of squared residuals of {@code y} around its fit. */
        double residualSquares(double[] y, double[] beta) {
            double mean = Arrays.stream(y).average().orElse(0);
            double rss = 0;
            for (int i = 0; i < x.length; i++) {
                double fitted = 0;
                for (int j = 0; j < beta.length; j++) {
                    fitted += x[i][j] * beta[j];
                }
                rss += (y[i] - mean - fitted) * (y[i] - mean - fitted);
            }
            return rss;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
