package org.plimsoll.engine.safety;

import org.plimsoll.engine.unit.Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.day;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.TodayReason;

/** The safety envelope (issue 25), one story of the issue each, with the numbers a person would see. */
@DisplayName("The safety envelope: what no answer may break")
class SafetyEnvelopeTest {

    private static Story runner() {
        return Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 1);
    }

    private static List<PlannedSession> on(Assessment a, int day) {
        return a.plan().stream().filter(p -> p.date().equals(day(day))).toList();
    }

    private static void onlyAnEasyWalk(Assessment a, int day) {
        assertThat(on(a, day)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlannedSession.Kind.WALK);
            assertThat(p.minutes().orElseThrow().value()).isLessThanOrEqualTo(20);
            assertThat(p.rpeCap()).isLessThanOrEqualTo(3);
        });
        assertThat(a.activities()).allSatisfy(x -> assertThat(x.todayLevel()).isEmpty());
    }

    @Test
    void painOfTenTodayOffersNothingBeyondAnEasyWalkOfTwentyMinutesAtEffortThree() {
        Assessment a = runner().daily(21, 10).asOf(21);
        onlyAnEasyWalk(a, 21);
        assertThat(a.activities().get(0).reasons().get(0)).isEqualTo(new TodayReason.PainTooHighToTrain(10, 5.0, 20, 3, true));
        assertThat(on(a, 21).get(0).notes().get(0)).isEqualTo(new TodayReason.PainTooHighToTrain(10, 5.0, 20, 3, true));
        // No dose today, so no cut of it is listed beside the level.
        assertThat(a.activities().get(0).reasons()).noneMatch(r -> r.code() == Code.TODAY_CUT);
        // Tomorrow is another day: the runs stay in the plan after today.
        assertThat(a.plan()).anyMatch(p -> p.activity() == Activity.RUN && p.date().isAfter(day(21)));
    }

    @Test
    void painOfEightAtNoonThenTenInEveryWindowOfARunStillGetsNoRun() {
        Story story = runner().dailyAt(21, LocalTime.NOON, 8);
        String run = story.sessionWithCheckIns(Activity.RUN, 21, 30, 4, 10, 10, 10, 10);
        Assessment a = story.asOf(21);
        onlyAnEasyWalk(a, 21);
        assertThat(run).isNotEmpty();
    }

    @Test
    void painOfSevenWithNoUsualMorningPainOnRecordIsTooHighToTrain() {
        Assessment a = Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(21, 7).asOf(21);
        onlyAnEasyWalk(a, 21);
    }

    @Test
    void aBeforeSessionPainOfSixIsTodaysPain() {
        Story story = runner();
        String run = story.session(Activity.RUN, 21, 30, 4);
        story.checkIn(run, CheckInWindow.BEFORE, 6);
        onlyAnEasyWalk(story.asOf(21), 21);
    }

    @Test
    void theLatestPainOfTheDayIsByTheTimeItDescribesNotTheOrderItArrived() {
        // Eight at 19:00, and a two from 07:00 that synced later: the day's pain is the eight.
        Assessment late = runner().dailyAt(21, LocalTime.of(19, 0), 8).dailyAt(21, LocalTime.of(7, 0), 2).asOf(21);
        onlyAnEasyWalk(late, 21);
        // Eight at 07:00 and two at 19:00: the back settled, and today's level stands.
        Assessment settled = runner().dailyAt(21, LocalTime.of(7, 0), 8).dailyAt(21, LocalTime.of(19, 0), 2).asOf(21);
        assertThat(settled.activities().get(0).todayLevel()).isPresent();
    }

    @Test
    void aUsualPainOfFiveOrMoreIsOfferedWalksUntilAClinicianSetsTheLevelThenHighFromTwoPointsAbove() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 20, 5).daily(21, 5);
        Assessment alone = story.asOf(21);
        assertThat(alone.plan()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PlannedSession.Kind.WALK));
        assertThat(alone.activities().get(0).reasons().get(0).code()).isEqualTo(Code.USUAL_PAIN_HIGH);

        story.clinician(new CareDecision.LevelSet(new Level(Activity.RUN, day(21), 3, Optional.of(Minutes.of(20)),
                Optional.empty(), 3), "Short easy runs are fine at your usual pain"));
        story.daily(22, 6);
        Assessment withClinician = story.asOf(22);
        assertThat(withClinician.activities().get(0).todayLevel()).isPresent();
        assertThat(withClinician.plan()).anyMatch(p -> p.activity() == Activity.RUN);

        story.daily(23, 7);
        onlyAnEasyWalk(story.asOf(23), 23);
    }

    /** A runner who confirmed 3 × 30 min at effort 4, every session green. */
    private static Story confirmedRunner() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4);
        for (int d = 1; d <= 21; d++) {
            if (d % 2 == 1) {
                story.sessionWithCheckIns(Activity.RUN, d, 30, 4, 1, 1, 1, 1);
            } else {
                story.daily(d, 1);
            }
        }
        return story;
    }

    @Test
    void underASoonReferralALevelSetByTheClinicianIsHeldToTheLastConfirmedLevel() {
        Story story = confirmedRunner();
        ActivityAssessment before = story.asOf(22).activities().get(0);
        assertThat(before.confirmedLevel()).isPresent();
        story.daily(23, 2, Symptom.LEG_TINGLING);
        story.clinician(new CareDecision.LevelSet(new Level(Activity.RUN, day(24), 4, Optional.of(Minutes.of(45)),
                Optional.empty(), 6), "Try longer runs"));
        Assessment a = story.asOf(25);
        ActivityAssessment run = a.activities().get(0);
        var confirmed = before.confirmedLevel().get();
        assertThat(run.currentLevel().orElseThrow().minutes().get().value()).isLessThanOrEqualTo(confirmed.minutes().get().value());
        assertThat(run.currentLevel().orElseThrow().rpeCap()).isLessThanOrEqualTo(confirmed.rpeCap());
        assertThat(run.currentLevel().orElseThrow().sessionsPerWeek()).isLessThanOrEqualTo(confirmed.sessionsPerWeek());
        List<PlannedSession> runs = a.plan().stream().filter(p -> p.activity() == Activity.RUN).toList();
        assertThat(runs).hasSizeLessThanOrEqualTo(confirmed.sessionsPerWeek()).allSatisfy(p -> {
            assertThat(p.minutes().get().value()).isLessThanOrEqualTo(confirmed.minutes().get().value());
            assertThat(p.rpeCap()).isLessThanOrEqualTo(confirmed.rpeCap());
        });
    }

    @Test
    void underASoonReferralALevelThePersonSetsIsHeldToo() {
        Story story = confirmedRunner();
        var confirmed = story.asOf(22).activities().get(0).confirmedLevel().orElseThrow();
        story.daily(23, 2, Symptom.NIGHT_PAIN).level(Activity.RUN, 24, 4, 45, 6);
        Assessment a = story.asOf(25);
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN).allSatisfy(p -> {
            assertThat(p.minutes().get().value()).isLessThanOrEqualTo(confirmed.minutes().get().value());
            assertThat(p.rpeCap()).isLessThanOrEqualTo(confirmed.rpeCap());
        });
    }

    @Test
    void underASoonReferralALighterLevelHeldAfterAFlareIsNotRaisedBackToTheConfirmedOne() {
        Story story = confirmedRunner().declareFlare(22);
        for (int d = 22; d <= 40; d++) {
            story.daily(d, 1);
        }
        story.session(Activity.RUN, 41, 21, 4);
        Assessment settled = story.asOf(42);
        int held = settled.activities().get(0).currentLevel().orElseThrow().minutes().get().value();
        assertThat(held).isLessThan(30);
        story.daily(43, 1, Symptom.NIGHT_PAIN);
        Assessment referred = story.asOf(43);
        assertThat(referred.referral().inForce()).isTrue();
        assertThat(referred.plan()).filteredOn(p -> p.activity() == Activity.RUN)
                .allSatisfy(p -> assertThat(p.minutes().get().value()).isLessThanOrEqualTo(held));
    }

    /**
     * Sections 7 and 9, nothing is raised while a flare stands: what the person was shown yesterday
     * (2 × 20 min at effort 3, kept by the application) is today's ceiling, even where the record as it
     * now reads would give back the confirmed 3 × 30 at 4.
     */
    @Test
    void inAFlareNothingGoesAboveTheLevelShownTheDayBefore() {
        Story story = confirmedRunner().declareFlare(22);
        Assessment recomputed = story.asOf(23);
        Dose wouldBe = recomputed.activities().get(0).currentLevel().orElseThrow();
        assertThat(wouldBe.minutes().orElseThrow().value()).isGreaterThan(20);
        Dose shown = new Dose(2, Optional.of(Minutes.of(20)), Optional.empty(), 3, Optional.empty());
        Assessment a = Assessment.derivedFrom(story.history(), day(23), List.of(new ShownLevel(day(22), Activity.RUN, shown)));
        Dose held = a.activities().get(0).currentLevel().orElseThrow();
        assertThat(held.sessionsPerWeek()).isEqualTo(2);
        assertThat(held.minutes().orElseThrow().value()).isEqualTo(20);
        assertThat(held.rpeCap()).isEqualTo(3);
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN).hasSizeLessThanOrEqualTo(2).allSatisfy(p -> {
            assertThat(p.minutes().orElseThrow().value()).isLessThanOrEqualTo(20);
            assertThat(p.rpeCap()).isLessThanOrEqualTo(3);
        });
    }

    /** What was shown before the flare's eve, or on a day with no flare or referral, holds nothing. */
    @Test
    void aLevelShownOutsideAFlareOrReferralHoldsNothing() {
        Story story = confirmedRunner();
        Dose shown = new Dose(2, Optional.of(Minutes.of(20)), Optional.empty(), 3, Optional.empty());
        Dose free = story.asOf(23).activities().get(0).currentLevel().orElseThrow();
        Assessment calm = Assessment.derivedFrom(story.history(), day(23), List.of(new ShownLevel(day(22), Activity.RUN, shown)));
        assertThat(calm.activities().get(0).currentLevel()).contains(free);
        story.declareFlare(30);
        Dose inFlare = story.asOf(31).activities().get(0).currentLevel().orElseThrow();
        Assessment longAgo = Assessment.derivedFrom(story.history(), day(31), List.of(new ShownLevel(day(20), Activity.RUN, shown)));
        assertThat(longAgo.activities().get(0).currentLevel()).contains(inFlare);
    }

    @Test
    void noHardDaysBackToBackAcrossActivitiesAndAtMostOneHardSessionADay() {
        Story story = Story.of().level(Activity.CYCLE, 1, 3, 60, 7).level(Activity.STRENGTH, 1, 3, 40, 7)
                .mornings(1, 20, 1);
        Assessment a = story.asOf(20);
        List<PlannedSession> hard = a.plan().stream().filter(SafetyEnvelope::hard).toList();
        assertThat(hard).isNotEmpty();
        for (PlannedSession p : hard) {
            assertThat(hard).noneMatch(q -> q != p && Math.abs(q.date().toEpochDay() - p.date().toEpochDay()) <= 1);
        }
        assertThat(a.plan()).filteredOn(p -> p.notes().get(0).code() == Code.NO_HARD_DAYS_BACK_TO_BACK).isNotEmpty();
    }

    @Test
    void aHardSessionYesterdayMakesTodayEasy() {
        Story story = Story.of().level(Activity.CYCLE, 1, 7, 60, 7).mornings(1, 20, 1);
        story.session(Activity.CYCLE, 19, 60, 7);
        Assessment a = story.asOf(20);
        assertThat(on(a, 20)).noneMatch(SafetyEnvelope::hard);
    }

    @Test
    void noHardSessionInAFlare() {
        Assessment a = Story.of().level(Activity.CYCLE, 1, 3, 60, 7).mornings(1, 20, 1).declareFlare(18).asOf(20);
        assertThat(a.plan()).noneMatch(SafetyEnvelope::hard);
    }

    @Test
    void theWeeklyGuardKeepsAWeekWithinOneHundredAndTenPercentOfTheMostDoneInTheLastFourWeeks() {
        Story story = runsOfThirtyMinutesThenALevelOfFourTimesFortyFive();
        Assessment a = story.asOf(38);
        int planned = a.plan().stream().filter(p -> p.activity() == Activity.RUN).mapToInt(p -> p.minutes().map(Minutes::value).orElse(0)).sum();
        int most = mostInAWeek(story, 38);
        assertThat(planned).isLessThanOrEqualTo((int) Math.floor(most * 1.10));
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN)
                .anyMatch(p -> p.notes().get(0).code() == Code.WEEKLY_GUARD);
    }

    @Test
    void aClinicianMayTightenTheWeeklyGuardToOneHundredAndFivePercent() {
        Story story = runsOfThirtyMinutesThenALevelOfFourTimesFortyFive().settings(org.plimsoll.engine.settings.CoachingSettings.DEFAULT
                .with(org.plimsoll.engine.settings.CoachingSettings.Setting.WEEKLY_GUARD_PERCENT, 105));
        Assessment a = story.asOf(38);
        int planned = a.plan().stream().filter(p -> p.activity() == Activity.RUN).mapToInt(p -> p.minutes().map(Minutes::value).orElse(0)).sum();
        assertThat(planned).isLessThanOrEqualTo((int) Math.floor(mostInAWeek(story, 38) * 1.05));
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN).anyMatch(p -> p.notes().get(0)
                .equals(new PlanReason.WeeklyGuard(Activity.RUN, 105, mostInAWeek(story, 38),
                        (int) Math.floor(mostInAWeek(story, 38) * 1.05))));
    }

    /** Runs of 30 minutes, at most 3 a week, for five weeks; then a level of 4 × 45 minutes set on day 37. */
    private static Story runsOfThirtyMinutesThenALevelOfFourTimesFortyFive() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 40, 1);
        for (int d = 1; d <= 36; d += 2) {
            if ((d / 2) % 7 < 3) {
                story.session(Activity.RUN, d, 30, 4);
            }
        }
        return story.level(Activity.RUN, 37, 4, 45, 4);
    }

    private static int mostInAWeek(Story story, int asOf) {
        int most = 0;
        for (int w = 0; w < 4; w++) {
            int week = 0;
            for (var s : story.history().sessions()) {
                long ago = day(asOf).toEpochDay() - s.start().toLocalDate().toEpochDay();
                if (s.activity() == Activity.RUN && ago >= 7L * w && ago < 7L * (w + 1)) {
                    week += s.minutes().value();
                }
            }
            most = Math.max(most, week);
        }
        return most;
    }

    @Test
    void aPersonStartingOutIsNeverTrimmedBelowTheirStartingLevel() {
        Assessment a = Story.of().level(Activity.RUN, 1, 3, 30, 4).asOf(1);
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN).hasSize(3)
                .allSatisfy(p -> assertThat(p.minutes()).hasValue(Minutes.of(30)));
    }

    @Test
    void todaysCutAppliesToAnEasyRunAsPlannedNotToTheLevelsHigherEffort() {
        // Level 3 × 33 min at effort 6: runs are planned easy at 4, and a 15% cut (pain 2 points up today)
        // takes the easy run to effort 3 and 31 minutes, instead of vanishing into a cap it was already under.
        Story story = Story.of().level(Activity.RUN, 1, 3, 33, 6).mornings(1, 20, 1).daily(21, 4);
        Assessment a = story.asOf(21);
        PlannedSession today = on(a, 21).stream().filter(p -> p.activity() == Activity.RUN).findFirst().orElseThrow();
        assertThat(today.rpeCap()).isEqualTo(3);
        assertThat(today.minutes()).hasValue(Minutes.of(31));
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.RUN && p.date().isAfter(day(21))
                && p.runType().isPresent()).allSatisfy(p -> {
                    assertThat(p.minutes()).hasValue(Minutes.of(33));
                    assertThat(p.rpeCap()).isEqualTo(4);
                });
    }

    @Test
    void inAFlareStrengthSessionsAreShortAtMostTwentyMinutes() {
        Assessment a = Story.of().level(Activity.STRENGTH, 1, 2, 37, 5).mornings(1, 20, 1).declareFlare(19).asOf(20);
        assertThat(a.plan()).filteredOn(p -> p.activity() == Activity.STRENGTH).isNotEmpty()
                .allSatisfy(p -> assertThat(p.minutes().get().value()).isLessThanOrEqualTo(20));
    }

    @Test
    void walksAreOfferedAndCarryNoCheckInReminders() {
        Assessment a = runner().asOf(20);
        assertThat(a.plan()).filteredOn(p -> p.kind() == PlannedSession.Kind.WALK).isNotEmpty()
                .allSatisfy(p -> assertThat(p.asksForCheckIns()).isFalse());
        assertThat(a.plan()).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION).isNotEmpty()
                .allSatisfy(p -> assertThat(p.asksForCheckIns()).isTrue());
    }

    @Test
    void underAnEmergencyReferralThereIsNoDoseAnywhere() {
        Assessment a = runner().daily(20, 2, Symptom.SADDLE_NUMBNESS).asOf(20);
        assertThat(a.plan()).isEmpty();
        assertThat(a.activities()).allSatisfy(x -> assertThat(x.todayLevel()).isEmpty());
        assertThat(Optional.of(a.referral().stopsTraining())).contains(true);
    }
}
