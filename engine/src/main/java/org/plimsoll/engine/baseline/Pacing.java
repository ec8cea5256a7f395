package org.plimsoll.engine.baseline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * Baselines from baseline tests (ENGINE.md section 5, seeds 000 and 001): the average pain onset
 * of the latest tests (up to three), less a discount set by irritability.
 */
public final class Pacing {
    /** "Repeat on up to 3 days and average." */
    public static final int TESTS_AVERAGED = 3;

    private Pacing() {
    }

    /** One activity's tolerance and baseline, in whichever measures the tests recorded. */
    public record Baseline(Activity activity, LocalDate lastTest, int tests, OptionalDouble toleranceKm,
                           OptionalDouble baselineKm, OptionalDouble toleranceMinutes, OptionalDouble baselineMinutes,
                           OptionalDouble toleranceReps, OptionalDouble baselineReps) {
        /** The baseline's minutes to the nearest whole minute, as a level or target holds them. */
        public Optional<Minutes> baselineWholeMinutes() {
            return baselineMinutes.isPresent()
                    ? Optional.of(new Minutes((int) Math.round(baselineMinutes.getAsDouble()))) : Optional.empty();
        }

        public Optional<Distance> baselineDistance() {
            return baselineKm.isPresent() ? Optional.of(Distance.ofKm(baselineKm.getAsDouble())) : Optional.empty();
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
            OptionalDouble km = average(latest, BaselineTest::painOnsetKm);
            OptionalDouble minutes = average(latest, BaselineTest::painOnsetMinutes);
            OptionalDouble reps = average(latest, t -> t.painOnsetReps().isPresent()
                    ? OptionalDouble.of(t.painOnsetReps().getAsInt()) : OptionalDouble.empty());
            result.put(activity, new Baseline(activity, latest.get(0).date(), latest.size(), km, times(km, keep),
                    minutes, times(minutes, keep), reps, times(reps, keep)));
        }
        return result;
    }

    private static OptionalDouble average(List<BaselineTest> tests, Function<BaselineTest, OptionalDouble> measure) {
        return tests.stream().map(measure).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    private static OptionalDouble times(OptionalDouble value, double factor) {
        return value.isPresent() ? OptionalDouble.of(Math.round(value.getAsDouble() * factor * 1000) / 1000.0)
                : OptionalDouble.empty();
    }

    public static Optional<Baseline> of(Map<Activity, Baseline> baselines, Activity activity) {
        return Optional.ofNullable(baselines.get(activity));
    }
}
