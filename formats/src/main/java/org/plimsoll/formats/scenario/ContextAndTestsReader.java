package org.plimsoll.formats.scenario;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Reps;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;
import org.plimsoll.formats.json.JsonFields;

/** A scenario's daily context entries and baseline tests (SCENARIO.md), each value read into its unit. */
final class ContextAndTestsReader {
    private ContextAndTestsReader() {
    }

    static Optional<DailyContext> context(JsonFields c) {
        c.allowOnly("date", "sleepHours", "sleepQuality", "stress", "sittingHours", "hrvMs", "hrvKind", "restingHeartRate");
        Optional<LocalDate> date = c.requiredDate("date");
        Optional<Hours> sleep = c.number("sleepHours", 0, 24, Hours::of);
        Optional<SleepQuality> quality = c.integer("sleepQuality", 1, 5, SleepQuality::of);
        Optional<Stress> stress = c.integer("stress", 0, 10, Stress::of);
        Optional<Hours> sitting = c.number("sittingHours", 0, 24, Hours::of);
        Optional<Hrv> hrv = c.number("hrvMs", Hrv.LOWEST, Hrv.HIGHEST, Hrv::ofMs);
        Optional<HrvKind> kind = c.code("hrvKind", ContextAndTestsReader::hrvKind, "RMSSD, SDNN");
        Optional<HeartRate> resting = c.integer("restingHeartRate", HeartRate.LOWEST, HeartRate.HIGHEST, HeartRate::ofBpm);
        if (hrv.isPresent() && kind.isEmpty() && !c.has("hrvKind")) {
            c.problem("hrvKind", "an HRV needs its kind: RMSSD (most rings and straps) or SDNN (Apple)");
        } else if (kind.isPresent() && hrv.isEmpty() && !c.has("hrvMs")) {
            c.problem("hrvMs", "an HRV kind needs its hrvMs");
        }
        return date.filter(d -> hrv.isPresent() == kind.isPresent()).map(d -> new DailyContext(d, sleep, quality,
                stress, sitting, hrv, kind, resting));
    }

    private static Optional<HrvKind> hrvKind(String code) {
        return java.util.Arrays.stream(HrvKind.values()).filter(k -> k.name().equals(code)).findFirst();
    }

    static Optional<BaselineTest> baselineTest(JsonFields t) {
        t.allowOnly("activity", "date", "painOnsetKm", "painOnsetMinutes", "painOnsetReps");
        Optional<Activity> activity = t.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
        Optional<LocalDate> date = t.requiredDate("date");
        Optional<Distance> km = t.number("painOnsetKm", 0, 1000, Distance::ofKm);
        Optional<ExactMinutes> minutes = t.number("painOnsetMinutes", 0, 24 * 60, ExactMinutes::of);
        Optional<Reps> reps = t.integer("painOnsetReps", 0, 10_000, Reps::of);
        if (km.isEmpty() && minutes.isEmpty() && reps.isEmpty()
                && !t.has("painOnsetKm") && !t.has("painOnsetMinutes") && !t.has("painOnsetReps")) {
            t.problem("painOnsetKm", "a baseline test needs painOnsetKm, painOnsetMinutes or painOnsetReps");
        }
        if (activity.isEmpty() || date.isEmpty() || (km.isEmpty() && minutes.isEmpty() && reps.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new BaselineTest(activity.get(), date.get(), km, minutes, reps));
    }
}
