package org.plimsoll.engine.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A seeded generator of a runner's 80 sessions as the insights read them (ENGINE.md section 11's
 * targets): varied minutes and effort, sleep, stress and sitting entered on most days when
 * {@code withDailyLife}, and a next morning that is the usual pain plus what is planted plus noise
 * with a spread of 1.5 points, reported as a whole number from 0 to 10.
 *
 * <p>Sessions on days the engine would have cut (short sleep, stress 7 or more, long sitting the day
 * before, or one in ten for a recent red or a flare) are left out of the dose factors, as
 * {@link Insights#of} does.
 */
final class GeneratedSessions {
    static final int SESSIONS = 80;
    static final double RESIDUAL_SD = 1.5;
    static final int USUAL_PAIN = 3;
    /** Of the remaining sessions, the share done in a flare or within a week of a red session. */
    static final double OTHER_CUTS = 0.1;

    /** The factors the engine reads for a runner, in the order Insights keeps them. */
    static final List<String> DOSE = List.of("duration", "effort", "impact", "arm load", "turning load",
            "breathing load");
    static final List<String> LIFE = List.of("sleep", "stress", "sitting");

    /** Each factor's mean and spread in this generator, in reporting units, to plant "points per SD". */
    static double mean(String factor) {
        return switch (factor) {
            case "duration" -> 3.5;
            case "effort" -> 4.3;
            case "sleep" -> -7.0;
            case "stress" -> 3.5;
            case "sitting" -> 6.5;
            default -> throw new IllegalArgumentException(factor);
        };
    }

    static double sd(String factor) {
        return switch (factor) {
            case "duration" -> 1.0; // minutes 20–50 in steps of 5: SD 10 minutes
            case "effort" -> Math.sqrt(2.01);
            case "sleep" -> 0.9;
            case "stress" -> 2.2;
            case "sitting" -> 2.3;
            default -> throw new IllegalArgumentException(factor);
        };
    }

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");

    private GeneratedSessions() {
    }

    /**
     * One history: {@code planted} names the factor whose each SD adds {@code pointsPerSd} to the
     * next morning (null for nothing planted).
     */
    static Insights insights(long seed, boolean withDailyLife, String planted, double pointsPerSd) {
        return insights(seed, SESSIONS, withDailyLife, planted, pointsPerSd);
    }

    static Insights insights(long seed, int n, boolean withDailyLife, String planted, double pointsPerSd) {
        RandomGenerator random = FACTORY.create(seed);
        double[][] dose = new double[DOSE.size()][n];
        double[][] life = new double[LIFE.size()][n];
        double[] change = new double[n];
        double[] red = new double[n];
        boolean[] cut = new boolean[n];
        for (int i = 0; i < n; i++) {
            double minutes = 20 + 5 * random.nextInt(7);
            // Mostly easy running, some harder sessions: effort 2–7, more often 3–5.
            int[] efforts = {2, 3, 3, 4, 4, 4, 5, 5, 6, 7};
            int effort = efforts[random.nextInt(efforts.length)];
            dose[0][i] = minutes / 10;
            dose[1][i] = effort;
            dose[2][i] = minutes * 3 / 10;
            dose[3][i] = minutes / 10;
            dose[4][i] = minutes * effort / 5.0 / 10;
            dose[5][i] = effort >= 6 ? minutes / 10 : 0;
            boolean entered = withDailyLife && random.nextInt(10) < 8;
            double sleep = Math.round((7.0 + 0.9 * random.nextGaussian()) * 2) / 2.0;
            int stress = Math.min(10, Math.max(0, (int) Math.round(3.5 + 2.2 * random.nextGaussian())));
            double sitting = Math.min(14, Math.max(0, Math.round(6.5 + 2.3 * random.nextGaussian())));
            life[0][i] = entered ? -sleep : Double.NaN;
            life[1][i] = entered ? stress : Double.NaN;
            life[2][i] = entered ? sitting : Double.NaN;
            cut[i] = entered && (sleep < 6 || stress >= 7 || sitting >= 8) || random.nextDouble() < OTHER_CUTS;
            double signal = 0;
            if (planted != null) {
                double x = DOSE.contains(planted) ? dose[DOSE.indexOf(planted)][i] : life[LIFE.indexOf(planted)][i];
                double value = Double.isNaN(x) ? switch (planted) {
                    case "sleep" -> -sleep;
                    case "stress" -> stress;
                    case "sitting" -> sitting;
                    default -> x;
                } : x;
                signal = pointsPerSd * (value - mean(planted)) / sd(planted);
            }
            int pain = (int) Math.max(0, Math.min(10, Math.round(USUAL_PAIN + signal
                    + RESIDUAL_SD * random.nextGaussian())));
            change[i] = pain - USUAL_PAIN;
            red[i] = pain >= USUAL_PAIN + 2 ? 1 : 0;
        }
        return Insights.from(n, List.of(table(DOSE, dose, change, red, cut), table(LIFE, life, change, red, null)));
    }

    /** The sessions of a group: the uncut ones when {@code cut} is given, else all. */
    private static Insights.Table table(List<String> names, double[][] values, double[] change, double[] red,
                                        boolean[] cut) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < change.length; i++) {
            if (cut == null || !cut[i]) {
                rows.add(i);
            }
        }
        List<double[]> columns = new ArrayList<>();
        for (double[] v : values) {
            columns.add(rows.stream().mapToDouble(i -> v[i]).toArray());
        }
        return new Insights.Table(names, columns, rows.stream().mapToDouble(i -> change[i]).toArray(),
                rows.stream().mapToDouble(i -> red[i]).toArray());
    }
}
