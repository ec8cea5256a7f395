package org.plimsoll.engine.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.level.LevelState;

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
        assertThat(referral.reasons().get(0)).contains(symptom.meaning());
    }

    @Test
    void theMostUrgentSymptomDecides() {
        Referral referral = Story.of().daily(4, 3, Symptom.NIGHT_PAIN).daily(5, 3, Symptom.FEVER).asOf(5).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SAME_DAY);
        assertThat(referral.reasons().get(0)).startsWith("See a doctor today");
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
        assertThat(referral.reasons().get(0)).contains("risen 3 weeks in a row", "1.0 → 2.0 → 3.0 → 4.0");
    }

    @Test
    void aFlareLastingMoreThanThreeWeeksRefersSoon() {
        Story story = Story.of().declareFlare(1).mornings(1, 30, 6);
        assertThat(story.asOf(22).referral().level()).isEqualTo(Urgency.NONE);
        assertThat(story.asOf(23).referral().reasons().get(0)).contains("flare has lasted more than 3 weeks");
    }

    @Test
    void noConfirmedLevelAfterThreeStepBacksRefersSoon() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int day = 1; day <= 90; day += 3) {
            story.sessionWithCheckIns(Activity.RUN, day, 30, 4, 2, 3, 2, 2); // always amber
        }
        Referral referral = story.asOf(90).referral();
        assertThat(referral.level()).isEqualTo(Urgency.SOON);
        assertThat(referral.reasons()).anyMatch(r -> r.contains("no confirmed run level after 3 step-backs"));
    }
}
