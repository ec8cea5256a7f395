package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;

/** The engine's reasons read as plain sentences: every code, with no code names and no statistics words. */
class ReasonsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final Dose LEVEL = new Dose(3, OptionalInt.of(30), OptionalDouble.empty(), 4, Optional.empty());
    private static final Dose RAISED = new Dose(3, OptionalInt.of(33), OptionalDouble.empty(), 4, Optional.empty());

    /** A plausible value for each named value of a reason. */
    private static Object sample(Code code, String name) {
        Map<String, Object> byName = Map.ofEntries(
                Map.entry("activity", Activity.RUN), Map.entry("level", LEVEL), Map.entry("from", LEVEL),
                Map.entry("to", RAISED), Map.entry("done", LEVEL), Map.entry("variable", Variable.MINUTES), Map.entry("halfStep", false),
                Map.entry("anyRed", true), Map.entry("frequencyCut", true), Map.entry("settledByMorning", true),
                Map.entry("flareOffered", true),
                Map.entry("note", Optional.of("after moving house")), Map.entry("usual", 2.0),
                Map.entry("symptoms", List.of(Symptom.LEG_WEAKNESS)), Map.entry("symptom", Symptom.FEVER),
                Map.entry("urgency", Urgency.SAME_DAY), Map.entry("weeklyMeans", List.of(1.0, 2.0, 3.0, 4.5)),
                Map.entry("cause", Reason.of(Code.SHORT_SLEEP, 5.5, 6.0)), Map.entry("minutes", OptionalInt.of(27)),
                Map.entry("causes", List.of(Reason.of(Code.HIGH_STRESS, 8))),
                Map.entry("moves", List.of("relaxed breathing", "slow bridges")), Map.entry("factor", "duration"),
                Map.entry("effect", 0.6), Map.entry("low", 0.2), Map.entry("high", 1.0),
                Map.entry("hours", 5.5), Map.entry("sittingHours", 10.0), Map.entry("pointsWorse", 1.0),
                Map.entry("setting", org.plimsoll.engine.settings.CoachingSettings.Setting.HOLD_DAYS),
                Map.entry("why", "two reds in a week; more time at each level"));
        if (code == Code.CARE_OUTCOME_WORSE) {
            return switch (name) {
                case "measure" -> org.plimsoll.engine.outcome.Outcomes.Measure.FUNCTION_ACTIVITY;
                case "named" -> "gardening";
                case "from" -> 7.0;
                default -> 4.0;
            };
        }
        if (name.equals("irritability")) {
            return org.plimsoll.engine.profile.Irritability.HIGH;
        }
        if (code == Code.WITHIN_THRESHOLD && name.equals("usual")) {
            return OptionalDouble.of(2);
        }
        if (name.equals("date") || name.equals("since") || name.equals("first") || name.equals("second")
                || name.equals("on")) {
            return DAY;
        }
        return byName.getOrDefault(name, 3);
    }

    private static Reason sample(Code code) {
        List<Object> values = new ArrayList<>();
        code.names().forEach(n -> values.add(sample(code, n)));
        return new Reason(code, values);
    }

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyReasonReadsAsAPlainSentence(Code code) {
        String words = Reasons.of(sample(code), Units.KM);
        assertThat(words).isNotBlank().matches("^[A-Z0-9].*[.:!]$|^[A-Z0-9].*\\.$")
                .doesNotContainPattern("[A-Z]{2,}_|[a-z][A-Z]")   // no code names: RECENT_RED, rpeCap
                .doesNotContainPattern("\\binterval\\b")      // "likely between", never statistics
                .doesNotContain("RPE", "Optional", "null", "[", "]", "seed ", "standard deviation", "ENGINE",
                        "sessionsPerWeek");
    }

    @Test
    void theWordsCarryTheNumbers() {
        assertThat(Reasons.of(Reason.of(Code.TODAY_CUT, -10, Reason.of(Code.SHORT_SLEEP, 5.5, 6.0))))
                .isEqualTo("10% lighter today. Short sleep last night (5.5 hours, under 6).");
        assertThat(Reasons.of(Reason.of(Code.NEXT_CHANGE, Variable.MINUTES, LEVEL, RAISED, false)))
                .isEqualTo("Next: minutes per session 30 → 33. One thing changes at a time.");
        assertThat(Reasons.of(Reason.of(Code.SYMPTOM_REPORTED, Urgency.EMERGENCY, Symptom.SADDLE_NUMBNESS)))
                .isEqualTo("Get emergency care now: call your local emergency number or go to an emergency "
                        + "department. You reported numbness or tingling in the saddle area.");
        assertThat(Reasons.of(Reason.of(Code.INSIGHT, "effort", 0.6, 0.2, 1.0)))
                .isEqualTo("For you, each extra effort point goes with a next morning about 0.6 points worse "
                        + "(likely between 0.2 points and 1 point). Keep to your effort cap; raise effort last.");
        assertThat(Reasons.of(Reason.of(Code.HOLD_NEEDS_SESSIONS, 12, 1)))
                .isEqualTo("Held 12 days; 1 more session at this level will confirm it.");
        assertThat(Reasons.of(Reason.of(Code.BREAK_START_AGAIN, Activity.RUN, 10L)))
                .isEqualTo("You have not run for 10 weeks: starting again from a baseline. Do an easy baseline test, "
                        + "or log a first comfortable week.");
        Dose back = new Dose(2, OptionalInt.of(21), OptionalDouble.empty(), 4, Optional.empty());
        assertThat(Reasons.of(Reason.of(Code.BREAK_LEVEL_DOWN, Activity.CYCLE, 4L, 70, back)))
                .startsWith("You have not cycled for 4 weeks: back at 70% of your last confirmed level, now "
                        + "2 a week · 21 min · effort up to 4.");
    }

    @Test
    void todaysPainAndAHighUsualPainSayWhatIsStillOfferedAndWhoToAsk() {
        assertThat(Reasons.of(Reason.of(Code.PAIN_TOO_HIGH_TO_TRAIN, 7, 5.0, 20, 3, true)))
                .isEqualTo("Pain 7/10 today is too much to train on (the line is 5/10): at most an easy walk of up "
                        + "to 20 minutes at effort 3 or less, and your warm-up routine. If your back is flaring, you "
                        + "can say so and the plan eases off.");
        assertThat(Reasons.of(Reason.of(Code.PAIN_TOO_HIGH_TO_TRAIN, 7, 5.0, 20, 3, false)))
                .endsWith("and your warm-up routine.");
        assertThat(Reasons.of(Reason.of(Code.USUAL_PAIN_HIGH, 6.0, 5)))
                .isEqualTo("Your usual pain is 6/10, which is 5 or more: for now, walks and mobility only. Set your "
                        + "training plan with your physiotherapist; once they have set a level, Plimsoll follows it.");
        assertThat(Reasons.of(Reason.of(Code.TODAY_CUT, -15, Reason.of(Code.PAIN_HIGH_TODAY, 6, 5))))
                .isEqualTo("15% lighter today. Pain 6/10 today: at 5 or more, take it easier.");
        assertThat(Reasons.of(Reason.of(Code.HIGH_PAIN_ON_TWO_DAYS, Urgency.SOON, 8, DAY, DAY.plusDays(2))))
                .isEqualTo("See a clinician within 1–2 weeks. Pain of 8/10 or more on two days within three "
                        + "(Tue 3 Nov and Thu 5 Nov).");
    }

    @Test
    void anInsightNeverPairsANegativeNumberWithBetterOrWorseAndGivesItsIntervalLowToHigh() {
        // Issue 25: "each hour less sleep goes with a next morning about -0.5 points better (likely
        // between 1 point and 0.1 points)". The direction is in the word; the sizes run small to large.
        assertThat(Reasons.of(Reason.of(Code.INSIGHT, "sleep", -0.5, -1.0, -0.1)))
                .isEqualTo("For you, each hour less sleep goes with a next morning about 0.5 points better "
                        + "(likely between 0.1 points and 1 point).");
        assertThat(Reasons.of(Reason.of(Code.INSIGHT, "duration", 0.42, 0.06, 0.78)))
                .isEqualTo("For you, each extra 10 minutes goes with a next morning about 0.4 points worse "
                        + "(likely between 0.1 points and 0.8 points). Keep sessions at or under your level's "
                        + "minutes and add length slowly.");
        for (double[] e : new double[][] {{-0.5, -1.0, -0.1}, {0.3, 0.02, 0.6}, {-0.04, -0.07, -0.01}}) {
            String words = Reasons.of(Reason.of(Code.INSIGHT, "effort", e[0], e[1], e[2]));
            assertThat(words).doesNotContain("-", "−", " 0 points", "between 0 and");
        }
        // A size under 0.05 is shown with two decimals, never as 0.
        assertThat(Reasons.of(Reason.of(Code.INSIGHT, "stress", 0.04, 0.01, 0.07)))
                .contains("about 0.04 points worse (likely between 0.01 points and 0.1 points)");
    }

    @Test
    void distancesFollowThePersonsUnits() {
        Dose km = new Dose(3, OptionalInt.empty(), OptionalDouble.of(5), 4, Optional.empty());
        Dose longer = new Dose(3, OptionalInt.empty(), OptionalDouble.of(5.5), 4, Optional.empty());
        assertThat(Reasons.of(Reason.of(Code.NEXT_CHANGE, Variable.DISTANCE_KM, km, longer, false), Units.MI))
                .contains("distance per session 3.1 mi → 3.4 mi");
    }

    @Test
    void underAHeadingThatSaysWhatToDoTheReasonsDoNotSayItAgain() {
        List<Reason> referral = List.of(Reason.of(Code.SYMPTOM_REPORTED, Urgency.EMERGENCY, Symptom.BOTH_LEGS),
                Reason.of(Code.NO_TRAINING_UNTIL_SEEN));
        assertThat(Reasons.underAction(referral, Units.KM)).containsExactly(
                "You reported pain or pins and needles in both legs.", "No training until a doctor has seen you.");
    }
}
