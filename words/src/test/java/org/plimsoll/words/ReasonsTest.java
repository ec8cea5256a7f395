package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.FlareReason;
import org.plimsoll.engine.reason.InsightReason;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.settings.CoachingSettings;

/** The engine's reasons read as plain sentences: every code, with no code names and no statistics words. */
class ReasonsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final Dose LEVEL = new Dose(3, Optional.of(Minutes.of(30)), Optional.empty(), 4, Optional.empty());
    private static final Dose RAISED = new Dose(3, Optional.of(Minutes.of(33)), Optional.empty(), 4, Optional.empty());

    /** A plausible value for each field of a reason, by its type and, where that says too little, its name. */
    private static Object sample(RecordComponent field) {
        String name = field.getName();
        Class<?> type = field.getType();
        String generic = field.getGenericType().getTypeName();
        if (type == Dose.class) {
            return name.equals("to") ? RAISED : LEVEL;
        }
        if (type == boolean.class) {
            return !name.equals("halfStep");
        }
        if (type == double.class) {
            return Map.of("effect", 0.6, "low", 0.2, "high", 1.0, "hours", 5.5, "sittingHours", 10.0, "usual", 2.0,
                    "from", 7.0, "to", 4.0).getOrDefault(name, 3.0);
        }
        if (type == String.class) {
            return Map.of("factor", "duration", "named", "gardening").getOrDefault(name,
                    "two reds in a week; more time at each level");
        }
        if (type == List.class) {
            return generic.contains("Symptom") ? List.of(Symptom.LEG_WEAKNESS)
                    : generic.contains("Double") ? List.of(1.0, 2.0, 3.0, 4.5)
                    : List.of(new TodayReason.HighStress(8));
        }
        if (type == Optional.class && generic.contains("Minutes")) {
            return Optional.of(Minutes.of(27));
        }
        if (type == Optional.class && generic.contains("MeanPain")) {
            return Optional.of(org.plimsoll.engine.unit.MeanPain.of(2));
        }
        Map<Class<?>, Object> byType = Map.ofEntries(
                Map.entry(int.class, 3), Map.entry(long.class, 3L), Map.entry(LocalDate.class, DAY),
                Map.entry(Activity.class, Activity.RUN), Map.entry(Variable.class, Variable.MINUTES),
                Map.entry(Optional.class, Optional.of("after moving house")), Map.entry(OptionalDouble.class,
                        OptionalDouble.of(2)),
                Map.entry(Symptom.class, Symptom.FEVER), Map.entry(Urgency.class, Urgency.SAME_DAY),
                Map.entry(Reason.class, new TodayReason.ShortSleep(5.5, 6.0)),
                Map.entry(CoachingSettings.Setting.class, CoachingSettings.Setting.HOLD_DAYS),
                Map.entry(Irritability.class, Irritability.HIGH),
                Map.entry(org.plimsoll.engine.context.HrvKind.class, org.plimsoll.engine.context.HrvKind.RMSSD),
                Map.entry(Outcomes.Measure.class, Outcomes.Measure.FUNCTION_ACTIVITY));
        if (!byType.containsKey(type)) {
            throw new AssertionError("no sample for " + generic + " " + name);
        }
        return byType.get(type);
    }

    /** One of every reason the engine gives, each with plausible values. */
    static List<Reason> everyReason() throws ReflectiveOperationException {
        List<Reason> all = new ArrayList<>();
        for (Class<?> kind : Reason.class.getPermittedSubclasses()) {
            for (Class<?> record : kind.getPermittedSubclasses()) {
                RecordComponent[] fields = record.getRecordComponents();
                Object[] values = Arrays.stream(fields).map(ReasonsTest::sample).toArray();
                Class<?>[] types = Arrays.stream(fields).map(RecordComponent::getType).toArray(Class<?>[]::new);
                all.add((Reason) record.getDeclaredConstructor(types).newInstance(values));
            }
        }
        return all;
    }

    @Test
    void everyCodeHasOneKindOfReason() throws ReflectiveOperationException {
        assertThat(everyReason()).extracting(Reason::code).containsExactlyInAnyOrder(Code.values());
    }

    @ParameterizedTest
    @MethodSource("everyReason")
    void everyReasonReadsAsAPlainSentence(Reason reason) {
        String words = Reasons.of(reason, Units.KM);
        assertThat(words).isNotBlank().matches("^[A-Z0-9].*[.:!]$|^[A-Z0-9].*\\.$")
                .doesNotContainPattern("[A-Z]{2,}_|[a-z][A-Z]")   // no code names: RECENT_RED, rpeCap
                .doesNotContainPattern("\\binterval\\b")      // "likely between", never statistics
                .doesNotContain("RPE", "Optional", "null", "[", "]", "seed ", "standard deviation", "ENGINE",
                        "sessionsPerWeek");
    }

    @Test
    void theWordsCarryTheNumbers() {
        assertThat(Reasons.of(new TodayReason.TodayCut(-10, new TodayReason.ShortSleep(5.5, 6.0))))
                .isEqualTo("10% lighter today. Short sleep last night (5.5 hours, under 6).");
        assertThat(Reasons.of(new LevelReason.NextChange(Variable.MINUTES, LEVEL, RAISED, false)))
                .isEqualTo("Next: minutes per session 30 → 33. One thing changes at a time.");
        assertThat(Reasons.of(new CareReason.SymptomReported(Urgency.EMERGENCY, Symptom.SADDLE_NUMBNESS)))
                .isEqualTo("Get emergency care now: call your local emergency number or go to an emergency "
                        + "department. You reported numbness or tingling in the saddle area.");
        assertThat(Reasons.of(new InsightReason.Insight("effort", 0.6, 0.2, 1.0)))
                .isEqualTo("For you, each extra effort point goes with a next morning about 0.6 points worse "
                        + "(likely between 0.2 points and 1 point). Keep to your effort cap; raise effort last.");
        assertThat(Reasons.of(new LevelReason.HoldNeedsSessions(12, 1)))
                .isEqualTo("Held 12 days; 1 more session at this level will confirm it.");
        assertThat(Reasons.of(new LevelReason.BreakStartAgain(Activity.RUN, 10L)))
                .isEqualTo("You have not run for 10 weeks: starting again from a baseline. Do an easy baseline test, "
                        + "or log a first comfortable week.");
        Dose back = new Dose(2, Optional.of(Minutes.of(21)), Optional.empty(), 4, Optional.empty());
        assertThat(Reasons.of(new LevelReason.BreakLevelDown(Activity.CYCLE, 4L, 70, back)))
                .startsWith("You have not cycled for 4 weeks: back at 70% of your last confirmed level, now "
                        + "2 a week · 21 min · effort up to 4.");
    }

    @Test
    void todaysPainAndAHighUsualPainSayWhatIsStillOfferedAndWhoToAsk() {
        assertThat(Reasons.of(new TodayReason.PainTooHighToTrain(7, 5.0, 20, 3, true)))
                .isEqualTo("Pain 7/10 today is too much to train on (the line is 5/10): at most an easy walk of up "
                        + "to 20 minutes at effort 3 or less, and your warm-up routine. If your back is flaring, you "
                        + "can say so and the plan eases off.");
        assertThat(Reasons.of(new TodayReason.PainTooHighToTrain(7, 5.0, 20, 3, false)))
                .endsWith("and your warm-up routine.");
        assertThat(Reasons.of(new TodayReason.UsualPainHigh(6.0, 5)))
                .isEqualTo("Your usual pain is 6/10, which is 5 or more: for now, walks and mobility only. Set your "
                        + "training plan with your physiotherapist; once they have set a level, Plimsoll follows it.");
        assertThat(Reasons.of(new TodayReason.TodayCut(-15, new TodayReason.PainHighToday(6, 5))))
                .isEqualTo("15% lighter today. Pain 6/10 today: at 5 or more, take it easier.");
        assertThat(Reasons.of(new CareReason.HighPainOnTwoDays(Urgency.SOON, 8, DAY, DAY.plusDays(2))))
                .isEqualTo("See a clinician within 1–2 weeks. Pain of 8/10 or more on two days within three "
                        + "(Tue 3 Nov and Thu 5 Nov).");
    }

    @Test
    void anInsightNeverPairsANegativeNumberWithBetterOrWorseAndGivesItsIntervalLowToHigh() {
        // Issue 25: "each hour less sleep goes with a next morning about -0.5 points better (likely
        // between 1 point and 0.1 points)". The direction is in the word; the sizes run small to large.
        assertThat(Reasons.of(new InsightReason.Insight("sleep", -0.5, -1.0, -0.1)))
                .isEqualTo("For you, each hour less sleep goes with a next morning about 0.5 points better "
                        + "(likely between 0.1 points and 1 point).");
        assertThat(Reasons.of(new InsightReason.Insight("duration", 0.42, 0.06, 0.78)))
                .isEqualTo("For you, each extra 10 minutes goes with a next morning about 0.4 points worse "
                        + "(likely between 0.1 points and 0.8 points). Keep sessions at or under your level's "
                        + "minutes and add length slowly.");
        for (double[] e : new double[][] {{-0.5, -1.0, -0.1}, {0.3, 0.02, 0.6}, {-0.04, -0.07, -0.01}}) {
            String words = Reasons.of(new InsightReason.Insight("effort", e[0], e[1], e[2]));
            assertThat(words).doesNotContain("-", "−", " 0 points", "between 0 and");
        }
        // A size under 0.05 is shown with two decimals, never as 0.
        assertThat(Reasons.of(new InsightReason.Insight("stress", 0.04, 0.01, 0.07)))
                .contains("about 0.04 points worse (likely between 0.01 points and 0.1 points)");
    }

    @Test
    void anExperimentsAnswerIsSaidInPlainWordsWithItsSizesLowToHigh() {
        assertThat(Reasons.of(new ExperimentReason.ConditionBetter("cadence +5%", "usual", 1.0, 0.4, 1.6)))
                .isEqualTo("With “cadence +5%” your next mornings were about 1 point better than with “usual” "
                        + "(likely between 0.4 and 1.6 points).");
        assertThat(Reasons.of(new ExperimentReason.ConditionWorse("evening", "morning", 1.8, 1.2, 2.4)))
                .isEqualTo("With “evening” your next mornings were worse by at least 1 point: about 1.8 points worse "
                        + "than with “morning” (likely between 1.2 and 2.4 points).");
        assertThat(Reasons.of(new ExperimentReason.ConditionWorse("evening", "morning", 0.8, 0.3, 1.3)))
                .contains("about 0.8 points worse than with “morning”");
        assertThat(Reasons.of(new ExperimentReason.NoClearDifference("usual", "cadence +5%", 0.3, -0.9, 1.5, 4)))
                .isEqualTo("No clear difference yet between “usual” and “cadence +5%”: about 4 more sessions of each "
                        + "would tell.");
        assertThat(Reasons.of(new ExperimentReason.NoClearDifference("usual", "cadence +5%", 0.1, -0.6, 0.8, 0)))
                .isEqualTo("No clear difference between “usual” and “cadence +5%”: your next mornings were about the "
                        + "same either way (within about 0.8 points).");
        assertThat(Reasons.of(new ExperimentReason.StoppedForReds("cadence +5%", 2, "usual", 0)))
                .isEqualTo("Stopped early: with “cadence +5%” your back tipped over 2 times, with “usual” 0 times. "
                        + "Keep to “usual” for now.");
    }

    @Test
    void distancesFollowThePersonsUnits() {
        Dose km = new Dose(3, Optional.empty(), Optional.of(Distance.ofKm(5)), 4, Optional.empty());
        Dose longer = new Dose(3, Optional.empty(), Optional.of(Distance.ofKm(5.5)), 4, Optional.empty());
        assertThat(Reasons.of(new LevelReason.NextChange(Variable.DISTANCE_KM, km, longer, false), Units.MI))
                .contains("distance per session 3.1 mi → 3.4 mi");
    }

    @Test
    void underAHeadingThatSaysWhatToDoTheReasonsDoNotSayItAgain() {
        List<Reason> referral = List.of(new CareReason.SymptomReported(Urgency.EMERGENCY, Symptom.BOTH_LEGS),
                new CareReason.NoTrainingUntilSeen());
        assertThat(Reasons.underAction(referral, Units.KM)).containsExactly(
                "You reported pain or pins and needles in both legs.", "No training until a doctor has seen you.");
    }

    @Test
    void aCaseloadReasonSpeaksToTheClinicianOfTheirPatient() {
        assertThat(Reasons.of(new CareReason.CareOutcomeWorse(Outcomes.Measure.FUNCTION, "", 7, 4), Units.KM))
                .isEqualTo("Ability, all their activities worse: 7 → 4 since the first check-up.");
    }

    @Test
    void aPersonsOwnNoteThatEndsWithAFullStopIsNotGivenASecond() {
        assertThat(Reasons.of(new FlareReason.FlareDeclared(Optional.of("treat as a flare.")), Units.KM))
                .isEqualTo("You said your back is flaring: treat as a flare.");
        assertThat(Reasons.of(new FlareReason.FlareDeclared(Optional.of("stiff")), Units.KM))
                .isEqualTo("You said your back is flaring: stiff.");
        assertThat(Reasons.of(new FlareReason.FlareDeclared(Optional.empty()), Units.KM))
                .isEqualTo("You said your back is flaring.");
    }
}
