package org.plimsoll.store.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.settings.CoachingSettings;

/** A caseload's reasons read back exactly as the engine gave them, every kind of care reason. */
class AttentionCodecTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** One of every care reason record, with values that would go wrong if a field were mixed up. */
    private static final List<Reason> EVERY = List.of(
            new CareReason.CareReferral(Urgency.SAME_DAY),
            new CareReason.SettingChangedByClinician(CoachingSettings.Setting.HOLD_DAYS, 21, DAY,
                    "slow to settle\tafter\na flare \\ twice"),
            new CareReason.IrritabilitySetByClinician(Irritability.HIGH, DAY.minusDays(3), ""),
            new CareReason.ClearedByClinician(DAY.minusDays(1), "seen today; no red flags"),
            new CareReason.CareMorningPainRising(3),
            new CareReason.CareRedRecently(DAY.minusDays(2), Activity.RUN),
            new CareReason.CareFlare(DAY.minusDays(4), 5),
            new CareReason.CareMorningsMissing(6),
            new CareReason.CareOutcomeWorse(Outcomes.Measure.FUNCTION_ACTIVITY, "running 5 km", 8.0, 4.5),
            new CareReason.SymptomReported(Urgency.EMERGENCY, Symptom.SADDLE_NUMBNESS),
            new CareReason.MorningPainRising(Urgency.SOON, 3, List.of(2.0, 3.25, 4.5)),
            new CareReason.HighPainOnTwoDays(Urgency.SOON, 7, DAY.minusDays(2), DAY),
            new CareReason.StepBacksWithoutConfirmation(Urgency.SOON, Activity.WALK, 3),
            new CareReason.LongFlare(Urgency.SOON, DAY.minusWeeks(6), 6),
            new CareReason.NoTrainingUntilSeen(),
            new CareReason.ProgressionPausedUntilSeen());

    @Test
    void everyCareReasonRecordReadsBackEqualToWhatWasStored() {
        List<String> kinds = EVERY.stream().map(r -> r.getClass().getName()).toList();
        assertThat(kinds).as("one of each record the engine declares").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CareReason.class.getPermittedSubclasses()).map(Class::getName).toList());
        for (Reason reason : EVERY) {
            assertThat(AttentionCodec.decode(AttentionCodec.encode(List.of(reason)))).as(reason.toString())
                    .contains(List.of(reason));
        }
        assertThat(AttentionCodec.decode(AttentionCodec.encode(EVERY))).as("all of them together, in order")
                .contains(EVERY);
    }

    @Test
    void nothingToAttendToIsStoredAndReadAsNoReasons() {
        assertThat(AttentionCodec.encode(List.of())).isEmpty();
        assertThat(AttentionCodec.decode("")).contains(List.of());
        assertThat(AttentionCodec.decode(AttentionCodec.encode(List.of(new CareReason.MorningPainRising(
                Urgency.SOON, 2, List.of()))))).contains(List.of(new CareReason.MorningPainRising(Urgency.SOON, 2,
                List.of())));
    }

    @Test
    void aRowThisVersionDidNotWriteIsNotReadAsSomethingElse() {
        assertThat(AttentionCodec.decode("CareSomethingRenamed\t3")).isEmpty();
        assertThat(AttentionCodec.decode("CareFlare\t2026-03-01")).as("a component missing").isEmpty();
        assertThat(AttentionCodec.decode("CareReferral\tVERY_SOON")).as("an urgency no longer known").isEmpty();
        assertThat(AttentionCodec.decode("CareFlare\tyesterday\t2")).isEmpty();
    }

    @Test
    void onlyCareReasonsAreACaseloadsReasons() {
        assertThatThrownBy(() -> AttentionCodec.encode(List.of(new LevelReason.StartingLevelSet(DAY))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
