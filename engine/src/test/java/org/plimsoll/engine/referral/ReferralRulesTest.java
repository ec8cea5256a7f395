package org.plimsoll.engine.referral;

import org.plimsoll.engine.unit.Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason.Code;

/** ENGINE.md section 9: red flags and referral, for every symptom code of SCENARIO.md. */
class ReferralRulesTest {

    @ParameterizedTest(name = "{0} refers {1}")
    @CsvSource({
            "SADDLE_NUMBNESS, EMERGENCY", "BLADDER_CHANGE, EMERGENCY", "BOWEL_INCONTINENCE, EMERGENCY",
            "SEXUAL_FUNCTION_CHANGE, EMERGENCY", "LEG_WEAKNESS, EMERGENCY", "BOTH_LEGS, EMERGENCY",
            "CHEST_SYMPTOMS, EMERGENCY", "FEVER, SAME_DAY", "TRAUMA, SAME_DAY", "LEG_TINGLING, SOON",
            "WEIGHT_LOSS, SOON", "CANCER_HISTORY, SOON", "NIGHT_PAIN, SOON"})
    void eachSymptomRefersWithItsUrgency(Symptom symptom, Urgency urgency) {
        Referral referral = Story.of().daily(5, 3, symptom).asOf(5).referral();
        assertThat(referral.level()).isEqualTo(urgency);
        assertThat(referral.reasons().get(0)).isEqualTo(new CareReason.SymptomReported(urgency, symptom));
    }

    @Test
    void theMostUrgentSymptomDecides() {
        Referral referral = Story.of().daily(4, 3, Symptom.NIGHT_PAIN).daily(5, 3, Symptom.FEVER).asOf(5).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SAME_DAY);
        assertThat(referral.reasons().get(0)).isEqualTo(new CareReason.SymptomReported(Urgency.SAME_DAY, Symptom.FEVER));
    }

    @Test
    void aReferralStaysUntilALaterCheckInRecordsClearanceByAClinician() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(5, 3, Symptom.LEG_TINGLING);
        assertThat(story.asOf(9).referral().level()).isEqualTo(Urgency.SOON);
        Assessment before = story.asOf(9);
        assertThat(before.activities().get(0).state()).isEqualTo(LevelState.REFER);
        story.cleared(10);
        assertThat(story.asOf(10).referral().level()).isEqualTo(Urgency.NONE);
        assertThat(story.asOf(10).activities().get(0).state()).isNotEqualTo(LevelState.REFER);
    }

    @Test
    void weeklyMeanMorningPainRisingThreeWeeksInARowRefersSoon() {
        Story story = Story.of().mornings(1, 7, 1).mornings(8, 14, 2).mornings(15, 21, 3).mornings(22, 28, 4);
        Referral referral = story.asOf(28).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SOON);
        assertThat(referral.reasons().get(0)).isEqualTo(new CareReason.MorningPainRising(Urgency.SOON, 3, List.of(1.0, 2.0, 3.0, 4.0)));
    }

    @Test
    void aFlareLastingMoreThanThreeWeeksRefersSoon() {
        Story story = Story.of().declareFlare(1).mornings(1, 30, 6);
        assertThat(story.asOf(22).referral().level()).isEqualTo(Urgency.NONE);
        assertThat(story.asOf(23).referral().reasons().get(0)).isEqualTo(new CareReason.LongFlare(Urgency.SOON, Story.day(1), 3));
    }

    @Test
    void noConfirmedLevelAfterThreeStepBacksRefersSoon() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int day = 1; day <= 90; day += 3) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 3, 2, 2); // always amber
        }
        Referral referral = story.asOf(90).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SOON);
        assertThat(referral.reasons()).contains(new CareReason.StepBacksWithoutConfirmation(Urgency.SOON, Activity.RUN, 3));
    }

    @Test
    void aClearanceClearsSymptomsReportedEarlierTheSameDay() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4)
                .dailyAt(5, LocalTime.of(7, 0), 3, Symptom.LEG_TINGLING).clearedAt(5, LocalTime.of(8, 0));
        assertThat(story.asOf(5).referral().level()).isEqualTo(Urgency.NONE);
    }

    @Test
    void aSymptomReportedLaterOnTheDayOfAClearanceStands() {
        // Cleared at 08:00, leg weakness reported at 18:00: the clearance cannot have seen it.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4)
                .clearedAt(5, LocalTime.of(8, 0)).dailyAt(5, LocalTime.of(18, 0), 4, Symptom.LEG_WEAKNESS);
        Assessment a = story.asOf(5);
        assertThat(a.referral().level()).isEqualTo(Urgency.EMERGENCY);
        assertThat(a.activities().get(0).todayLevel()).isEmpty();
        assertThat(story.asOf(6).referral().level()).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void aSymptomInTheSameCheckInAsAClearanceStands() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).clearedAt(5, LocalTime.of(8, 0), Symptom.FEVER);
        assertThat(story.asOf(5).referral().level()).isEqualTo(Urgency.SAME_DAY);
    }

    @ParameterizedTest(name = "{0} offers no dose anywhere")
    @CsvSource({"SADDLE_NUMBNESS", "CHEST_SYMPTOMS", "FEVER", "TRAUMA"})
    void anEmergencyOrSameDayReferralOffersNoDoseAnywhere(Symptom symptom) {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).level(Activity.CYCLE, 1, 2, 40, 4);
        for (int day = 1; day <= 7; day += 2) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, 2);
        }
        story.daily(8, 3, symptom);
        Assessment a = story.asOf(8);
        assertThat(a.activities()).hasSize(2).allSatisfy(x -> {
            assertThat(x.todayLevel()).isEmpty();
            assertThat(x.state()).isEqualTo(LevelState.REFER);
            assertThat(codes(x.reasons())).startsWith(Code.SYMPTOM_REPORTED, Code.NO_TRAINING_UNTIL_SEEN);
        });
        assertThat(a.plan()).isEmpty();
        assertThat(a.pacing()).allSatisfy(row -> assertThat(row.target()).isEmpty());
        assertThat(a.referral().reasons().get(0)).isEqualTo(new CareReason.SymptomReported(symptom.urgency(), symptom));
    }

    @Test
    void aSoonReferralGoesBackToTheLastConfirmedLevelAndRaisesNothing() {
        // Confirmed at 3 × 30 min on day 15 and raised to 33 minutes; then tingling down a leg on day 17.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int day : new int[] {1, 3, 5, 8, 10, 12, 14}) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 2, 2, 2);
        }
        assertThat(story.asOf(16).activities().get(0).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(33));
        story.daily(17, 3, Symptom.LEG_TINGLING);
        Assessment a = story.asOf(17);
        var run = a.activities().get(0);
        assertThat(a.referral().level()).isEqualTo(Urgency.SOON);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(run.todayLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(run.changedVariable()).isEmpty();
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN).isNotEmpty().allSatisfy(p -> {
            assertThat(p.minutes()).hasValue(Minutes.of(30));
            assertThat(codes(p.notes())).doesNotContain(Code.ONE_CHANGE).contains(Code.PAUSED_AT_CONFIRMED);
        });
    }

    @Test
    void aSoonReferralBeforeAnyConfirmedLevelKeepsTheStartingLevelWithoutCallingItConfirmed() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(3, 3, Symptom.NIGHT_PAIN);
        Assessment a = story.asOf(3);
        assertThat(a.activities().get(0).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(30));
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN)
                .allSatisfy(p -> assertThat(codes(p.notes())).doesNotContain(Code.PAUSED_AT_CONFIRMED, Code.CONFIRMED_LEVEL));
    }

    @Test
    void morningPainRisingThreeWeeksInARowByLessThanOnePointInAllIsNoReferral() {
        // The story: a tiny 2 → 2.4 trend sent a referral. Weekly means 2, 2.1, 2.3, 2.4.
        Story story = Story.of().mornings(1, 7, 2).mornings(8, 13, 2).mornings(14, 14, 3)
                .mornings(15, 19, 2).mornings(20, 21, 3).mornings(22, 25, 2).mornings(26, 28, 3);
        Referral referral = story.asOf(28).referral();
        assertThat(referral.level()).isEqualTo(Urgency.NONE);
        assertThat(codes(referral.reasons())).doesNotContain(Code.MORNING_PAIN_RISING);
    }

    @Test
    void morningPainRisingThreeWeeksInARowByExactlyOnePointInAllRefersSoon() {
        // Weekly means 2, 2.3, 2.6, 3: one point in all.
        Story story = Story.of().mornings(1, 7, 2).mornings(8, 12, 2).mornings(13, 14, 3)
                .mornings(15, 17, 2).mornings(18, 21, 3).mornings(22, 28, 3);
        Referral referral = story.asOf(28).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SOON);
        assertThat(referral.reasons().get(0)).isEqualTo(new CareReason.MorningPainRising(Urgency.SOON, 3,
                List.of(2.0, 2.3, 2.6, 3.0)));
    }

    @Test
    void painOfEightOrMoreOnTwoOfTheLastThreeDaysRefersSoonUntilCleared() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 9, 2).daily(10, 8).daily(11, 4);
        assertThat(story.asOf(11).referral().level()).isEqualTo(Urgency.NONE);
        story.daily(12, 9);
        Assessment a = story.asOf(12);
        assertThat(a.referral().level()).isEqualTo(Urgency.SOON);
        assertThat(a.referral().reasons().get(0)).isEqualTo(new CareReason.HighPainOnTwoDays(Urgency.SOON, 8,
                Story.day(10), Story.day(12)));
        assertThat(codes(a.activities().get(0).reasons())).startsWith(Code.HIGH_PAIN_ON_TWO_DAYS,
                Code.PROGRESSION_PAUSED_UNTIL_SEEN);
        // It stands once the pain has eased, until a clinician has seen the person.
        story.mornings(13, 20, 3);
        assertThat(story.asOf(20).referral().level()).isEqualTo(Urgency.SOON);
        story.cleared(21);
        assertThat(story.asOf(21).referral().level()).isEqualTo(Urgency.NONE);
    }

    @Test
    void painOfEightOnDaysThreeApartIsNoReferral() {
        Story story = Story.of().mornings(1, 9, 2).daily(10, 8).mornings(11, 12, 3).daily(13, 8);
        assertThat(story.asOf(13).referral().level()).isEqualTo(Urgency.NONE);
    }

    @Test
    void painOfEightInAnyWindowCountsForItsDayEvenWhenALowerOneCameAfter() {
        // 8/10 during Tuesday's run, 3 an hour after; 8 again on Wednesday morning.
        Story story = Story.of().mornings(1, 9, 2);
        String s = story.session(Activity.RUN, 10, 30, 4);
        story.checkIn(s, org.plimsoll.engine.checkin.CheckInWindow.DURING, 8)
                .checkIn(s, org.plimsoll.engine.checkin.CheckInWindow.AFTER_1H, 3).daily(11, 8);
        assertThat(story.asOf(11).referral().reasons()).contains(new CareReason.HighPainOnTwoDays(Urgency.SOON, 8,
                Story.day(10), Story.day(11)));
    }

    @Test
    void aClearanceAfterTheFirstDayOfHighPainLeavesOneDayNotTwo() {
        // Seen and cleared on day 11 after an 8/10 on day 10; 8/10 again on day 12 is one day since.
        Story story = Story.of().mornings(1, 9, 2).daily(10, 8).cleared(11).daily(12, 8);
        assertThat(story.asOf(12).referral().level()).isEqualTo(Urgency.NONE);
        story.daily(13, 9);
        assertThat(story.asOf(13).referral().reasons().get(0)).isEqualTo(new CareReason.HighPainOnTwoDays(Urgency.SOON, 8, Story.day(12), Story.day(13)));
    }

    @Test
    void aClinicianClearsOnlySymptomsRecordedBeforeTheMomentOfTheClearance() {
        // Cleared by the clinician at 09:00 on day 5: tingling at 07:00 is cleared, weakness at 18:00 stands.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4)
                .dailyAt(5, LocalTime.of(7, 0), 3, Symptom.LEG_TINGLING)
                .clinician(new org.plimsoll.engine.care.CareDecision.Cleared(
                        java.time.ZonedDateTime.of(Story.day(5), LocalTime.of(9, 0), Story.LONDON).toInstant(),
                        Story.day(5), "seen in clinic"));
        assertThat(story.asOf(5).referral().level()).isEqualTo(Urgency.NONE);
        story.dailyAt(5, LocalTime.of(18, 0), 4, Symptom.LEG_WEAKNESS);
        assertThat(story.asOf(5).referral().level()).isEqualTo(Urgency.EMERGENCY);
        assertThat(story.asOf(5).referral().reasons().get(0))
                .isEqualTo(new CareReason.SymptomReported(Urgency.EMERGENCY, Symptom.LEG_WEAKNESS));
    }
}
