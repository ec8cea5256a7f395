package org.plimsoll.engine.baseline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.MeanReps;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Reps;

/**
 * Baselines from baseline tests (ENGINE.md section 5, seeds 000 and 001): the average pain onset
 * of the latest tests (up to three), less a discount set by irritability.
 */
public final class Pacing {
    /** "Repeat on up to 3 days and average." */
    public static final int TESTS_AVERAGED = 3;

    private Pacing() {
    }

    /**
     * One activity's tolerance (the average pain onset) and baseline (the tolerance less the
     * discount), in whichever measures the tests recorded.
     */
    public record Baseline(Activity activity, LocalDate lastTest, int tests, Optional<Distance> toleranceKm,
                           Optional<Distance> baselineKm, Optional<ExactMinutes> toleranceMinutes,
                           Optional<ExactMinutes> baselineMinutes, Optional<MeanReps> toleranceReps,
                           Optional<MeanReps> baselineReps) {
        /** The baseline's minutes to the nearest whole minute, as a level or target holds them. */
        public Optional<Minutes> baselineWholeMinutes() {
            return baselineMinutes.map(ExactMinutes::rounded);
        }

        public Optional<Distance> baselineDistance() {
            return baselineKm;
        }
    }

    /** The discount is the person's setting, else 10% for LOW irritability, 15% MODERATE, 20% HIGH. */
    public static Map<Activity, Baseline> baselines(List<BaselineTest> tests, LocalDate asOf, Irritability irritability,
                                                    CoachingSettings settings) {
        double keep = 1 - settings.baselineDiscount(irritability);
        Map<Activity, Baseline> result = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            List<BaselineTest> latest = tests.stream()
                    .filter(t -> t.activity() == activity && !t.date().isAfter(asOf))
                    .sorted(Comparator.comparing(BaselineTest::date).reversed())
                    .limit(TESTS_AVERAGED)
                    .toList();
            if (latest.isEmpty()) {
                continue;
            }
            Optional<Distance> km = average(latest, BaselineTest::painOnsetKm, Distance::km, Distance::ofKm);
            Optional<ExactMinutes> minutes = average(latest, BaselineTest::painOnsetMinutes, ExactMinutes::value,
                    ExactMinutes::of);
            Optional<MeanReps> reps = average(latest, BaselineTest::painOnsetReps, Reps::value, MeanReps::of);
            result.put(activity, new Baseline(activity, latest.get(0).date(), latest.size(),
                    km, kept(km, Distance::km, keep, Distance::ofKm),
                    minutes, kept(minutes, ExactMinutes::value, keep, ExactMinutes::of),
                    reps, kept(reps, MeanReps::value, keep, MeanReps::of)));
        }
        return result;
    }

    /** The average of one measure over the tests that recorded it, in the average's unit. */
    private static <M, T> Optional<T> average(List<BaselineTest> tests, Function<BaselineTest, Optional<M>> measure,
                                              ToDoubleFunction<M> number, DoubleFunction<T> unit) {
        return tests.stream().map(measure).flatMap(Optional::stream).mapToDouble(number)
                .average().stream().mapToObj(unit).findFirst();
    }

    /** What the discount keeps of a tolerance, to the nearest 0.001 of its unit. */
    private static <T> Optional<T> kept(Optional<T> tolerance, ToDoubleFunction<T> number,
                                        double keep, DoubleFunction<T> unit) {
        return tolerance.map(t -> unit.apply(Math.round(number.applyAsDouble(t) * keep * 1000) / 1000.0));
    }

    public static Optional<Baseline> of(Map<Activity, Baseline> baselines, Activity activity) {
        return Optional.ofNullable(baselines.get(activity));
    }
}
