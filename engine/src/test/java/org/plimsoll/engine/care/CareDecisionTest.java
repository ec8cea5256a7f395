package org.plimsoll.engine.care;

import java.util.Optional;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.FlareReason;
import org.plimsoll.engine.reason.CareReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.reason.Reason.Code;

/**
 * Issue 18: what a clinician decides (a level, a flare's start or end, a clearance, the irritability)
 * changes the engine's answer exactly as ENGINE.md says, and the person reads who and why.
 * Usual morning pain 2; level 3 × 30 at RPE 5.
 */
class CareDecisionTest {

    private static Story runner() {
        return Story.of().level(Activity.RUN, 1, 3, 30, 5).mornings(1, 9, 2);
    }

    private static ActivityAssessment run(Assessment a) {
        return a.activities().stream().filter(x -> x.activity() == Activity.RUN).findFirst().orElseThrow();
    }

    @Test
    void aLevelSetByTheClinicianIsHeldFromItsDayWithTheirReason() {
        Story story = runner().clinician(new CareDecision.LevelSet(new Level(Activity.RUN, Story.day(8), 2, Optional.of(Minutes.of(20)),
                Optional.empty(), 3), "start lower while the leg settles"));
        ActivityAssessment run = run(story.asOf(9));
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(run.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(20));
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isEqualTo(2);
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(3);
        assertThat(Story.first(run.reasons(), LevelReason.LevelSetByClinician.class).why())
                .isEqualTo("start lower while the leg settles");
        assertThat(codes(run(runner().asOf(9)).reasons())).doesNotContain(Code.LEVEL_SET_BY_CLINICIAN);
    }

    @Test
    void aLevelSetByTheClinicianUnderAnEmergencyReferralOffersNoDose() {
        Story story = runner().daily(9, 3, Symptom.SADDLE_NUMBNESS).clinician(new CareDecision.LevelSet(new Level(
                Activity.RUN, Story.day(9), 3, Optional.of(Minutes.of(30)), Optional.empty(), 5), "after the scan"));
        Assessment a = story.asOf(9);
        assertThat(a.referral().level()).isEqualTo(Urgency.EMERGENCY);
        assertThat(run(a).todayLevel()).isEmpty();
        assertThat(a.plan()).isEmpty();
    }

    @Test
    void ofTwoLevelsSetOnOneDayTheOneSetLastStands() {
        Story story = Story.of().level(Activity.RUN, 8, 3, 30, 5).clinician(new CareDecision.LevelSet(new Level(
                Activity.RUN, Story.day(8), 2, Optional.of(Minutes.of(20)), Optional.empty(), 3), "lower for now"));
        assertThat(run(story.asOf(9)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(20));
    }

    @Test
    void aFlareDeclaredByTheClinicianStartsThatDayWithTheFlareDoseAndTheirReason() {
        Story story = runner().clinician(new CareDecision.FlareDeclared(Story.day(9), "sciatic irritation on exam"));
        Assessment a = story.asOf(9);
        assertThat(a.flare().orElseThrow().since()).isEqualTo(Story.day(9));
        assertThat(Story.first(a.flare().get().reasons(), FlareReason.FlareDeclaredByClinician.class).why())
                .isEqualTo("sciatic irritation on exam");
        assertThat(run(a).currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
        assertThat(run(a).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(21));
        assertThat(runner().asOf(9).flare()).isEmpty();
    }

    @Test
    void aFlareEndedByTheClinicianEndsThatDayAndItsLighterLevelIsHeld() {
        Story story = runner();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 5, 2, 3, 3, 5); // flare from day 11
        story.mornings(12, 20, 4);                                      // mornings still high: it would not settle
        assertThat(story.asOf(16).flare()).isPresent();
        story.clinician(new CareDecision.FlareEnded(Story.day(15), "irritability settled on exam"));
        Assessment a = story.asOf(16);
        assertThat(a.flare()).isEmpty();
        assertThat(a.flares().get(0).ended()).contains(Story.day(15));
        ActivityAssessment run = run(a);
        assertThat(run.state()).isEqualTo(LevelState.HOLD);
        assertThat(run.currentLevel().orElseThrow().minutes()).as("the flare's 70%% of 30, not 30 again").hasValue(Minutes.of(21));
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isEqualTo(4);
        assertThat(Story.first(run.reasons(), FlareReason.FlareEndedByClinician.class).why())
                .isEqualTo("irritability settled on exam");
        assertThat(story.asOf(14).flare()).as("before the day it was ended").isPresent();
    }

    @Test
    void anEndRecordedOnAFlaresFirstDayLeavesThatDayInTheFlare() {
        Story story = runner();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 5, 2, 3, 3, 5); // flare from day 11
        story.clinician(new CareDecision.FlareEnded(Story.day(11), "seen today"));
        assertThat(story.asOf(11).flare()).isPresent();
        assertThat(story.asOf(12).flares().get(0).ended()).contains(Story.day(12));
        assertThat(run(story.asOf(12)).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(21));
    }

    @Test
    void aFlareDeclaredAgainOnTheDayTheLastWasEndedRunsItsCourse() {
        Story story = runner();
        story.sessionWithCheckIns(Activity.RUN, 10, 30, 5, 2, 3, 3, 5); // flare from day 11
        story.clinician(new CareDecision.FlareEnded(Story.day(14), "settled on exam"));
        story.clinician(new CareDecision.FlareDeclared(Story.day(14), "ended by mistake: still irritable"));
        Assessment a = story.asOf(18);
        assertThat(a.flare().orElseThrow().since()).isEqualTo(Story.day(14));
        assertThat(a.flares().get(0).ended()).contains(Story.day(14));
    }

    @Test
    void aClinicianClearanceClearsWhatWasReportedBeforeItAndNothingAfter() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).dailyAt(5, LocalTime.of(7, 0), 3, Symptom.LEG_TINGLING);
        assertThat(story.asOf(5).referral().level()).isEqualTo(Urgency.SOON);
        story.clinician(new CareDecision.Cleared(ZonedDateTime.of(Story.day(5), LocalTime.of(9, 0), Story.LONDON).toInstant(),
                Story.day(5), "nerve tension tests normal"));
        Assessment cleared = story.asOf(5);
        assertThat(cleared.referral().level()).isEqualTo(Urgency.NONE);
        assertThat(Story.first(cleared.activities().get(0).reasons(), CareReason.ClearedByClinician.class).why())
                .isEqualTo("nerve tension tests normal");
        assertThat(codes(story.asOf(5 + Assessment.CLEARANCE_SHOWN_DAYS).activities().get(0).reasons()))
                .as("after 14 days it no longer stands behind every level").doesNotContain(Code.CLEARED_BY_CLINICIAN);

        story.dailyAt(5, LocalTime.of(18, 0), 4, Symptom.LEG_WEAKNESS);
        Assessment later = story.asOf(5);
        assertThat(later.referral().level()).isEqualTo(Urgency.EMERGENCY);
        assertThat(later.activities().get(0).todayLevel()).isEmpty();
        // A clearance is never shown beside a referral it did not clear (section 9).
        assertThat(codes(later.activities().get(0).reasons())).doesNotContain(Code.CLEARED_BY_CLINICIAN);
    }

    @Test
    void irritabilitySetByTheClinicianSetsTheBaselineDiscountAndSaysWhy() {
        // A 40-minute pain-free test: 15% off at MODERATE is 34 minutes, 20% off at HIGH is 32.
        Story moderate = Story.of().baselineTest(Activity.WALK, 1, 40);
        assertThat(moderate.asOf(2).activities().get(0).currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(34));
        Story high = Story.of().baselineTest(Activity.WALK, 1, 40)
                .clinician(new CareDecision.IrritabilitySet(Irritability.HIGH, Story.day(1), "flares for days after golf"));
        ActivityAssessment walk = high.asOf(2).activities().get(0);
        assertThat(walk.currentLevel().orElseThrow().minutes()).hasValue(Minutes.of(32));
        assertThat(Story.first(walk.reasons(), CareReason.IrritabilitySetByClinician.class).irritability())
                .isEqualTo(Irritability.HIGH);
        high.irritability(Irritability.LOW);
        assertThat(codes(high.asOf(2).activities().get(0).reasons()))
                .as("the person's own later answer replaces it").doesNotContain(Code.IRRITABILITY_SET_BY_CLINICIAN);
    }
}
