package org.plimsoll.engine.plan;

import java.util.Optional;
import org.plimsoll.engine.unit.Minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.engine.Story.codes;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.library.Exercise.Move;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Kilograms;

/**
 * ENGINE.md section 12: the week plan, the one place a day's dose comes from. Story.day(10) is
 * "today" in these stories, so the plan runs from day 10 to day 16.
 */
class WeekPlanRulesTest {

    private static List<PlannedSession> sessionsOf(List<PlannedSession> plan, Activity activity) {
        return plan.stream().filter(p -> p.activity() == activity && p.kind() != PlannedSession.Kind.WALK).toList();
    }

    private static ActivityAssessment of(Assessment a, Activity activity) {
        return a.activities().stream().filter(x -> x.activity() == activity).findFirst().orElseThrow();
    }

    @Test
    void thePlanStartsTodayWithTheMainActivityAtItsLevelTwoStrengthSessionsAndWalksOffered() {
        List<PlannedSession> plan = Story.of().level(Activity.RUN, 1, 3, 30, 4).asOf(10).plan();
        assertThat(plan.get(0).date()).isEqualTo(Story.day(10));
        assertThat(plan).extracting(PlannedSession::date).doesNotHaveDuplicates().hasSize(7);
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION).hasSize(3).allSatisfy(p -> {
            assertThat(p.activity()).isEqualTo(Activity.RUN);
            assertThat(p.minutes()).hasValue(Minutes.of(30));
            assertThat(p.rpeCap()).isEqualTo(4);
            assertThat(codes(p.notes())).contains(Code.WARM_UP);
        });
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.STRENGTH).hasSize(2)
                .allSatisfy(p -> assertThat(p.exercises()).contains(library(Move.GLUTE_BRIDGE)));
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.WALK).hasSize(2)
                .allSatisfy(p -> assertThat(p.notes().get(0).code()).isEqualTo(Code.OPTIONAL_WALK));
    }

    @Test
    void everySessionCarriesItsNextMorningCheckInAtThePersonsTime() {
        PlannedSession first = Story.of().level(Activity.RUN, 1, 3, 30, 4).asOf(10).plan().get(0);
        assertThat(first.nextMorningCheckIn()).isEqualTo(LocalDateTime.of(Story.day(11), java.time.LocalTime.of(7, 30)));
    }

    @Test
    void todaysEntryIsTodaysLevelAndLaterDaysTheLevel() {
        // Short sleep and high stress today: factor 0.8, so RPE 3 and 27 minutes today only.
        Story story = Story.of().level(Activity.RUN, 1, 7, 30, 4).context(10, 5.5, 3, 7, 4.0);
        Assessment a = story.asOf(10);
        List<PlannedSession> runs = sessionsOf(a.plan(), Activity.RUN);
        assertThat(runs.get(0).date()).isEqualTo(Story.day(10));
        assertThat(runs.get(0).minutes()).isEqualTo(of(a, Activity.RUN).todayLevel().orElseThrow().minutes()).hasValue(Minutes.of(27));
        assertThat(runs.get(0).rpeCap()).isEqualTo(3);
        assertThat(runs.get(0).notes().get(0).code()).isEqualTo(Code.LIGHTER_TODAY);
        assertThat(runs.subList(1, runs.size())).allSatisfy(p -> {
            assertThat(p.minutes()).hasValue(Minutes.of(30));
            assertThat(p.rpeCap()).isEqualTo(4);
        });
    }

    @Test
    void theRecentRedCutCoversTheDaysItCoversAndNoMore() {
        // A red run on day 8: its 15% cut covers days 8 to 14, so the plan is lighter up to day 14.
        Story story = Story.of().level(Activity.RUN, 1, 7, 30, 4).mornings(1, 10, 2);
        story.sessionWithCheckIns(Activity.RUN, 8, 30, 4, 2, 3, 3, 2);
        story.checkIn(story.session(Activity.RUN, 8, 20, 4), CheckInWindow.DURING, 3, true);
        List<PlannedSession> runs = sessionsOf(story.asOf(10).plan(), Activity.RUN);
        assertThat(runs).allSatisfy(p -> {
            boolean covered = !p.date().isAfter(Story.day(14));
            assertThat(p.rpeCap()).as(p.date().toString()).isEqualTo(covered ? 3 : 4);
            // 15%: one effort point and 5% off the minutes, 28.5 rounded to 29.
            assertThat(p.minutes()).as(p.date().toString()).hasValue(Minutes.of(covered ? 29 : 30));
        });
    }

    @Test
    void everyActivityWithALevelIsPlannedAtItsFrequency() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).level(Activity.CYCLE, 1, 3, 45, 4);
        List<PlannedSession> plan = story.asOf(10).plan();
        assertThat(sessionsOf(plan, Activity.RUN)).hasSize(3).allSatisfy(p -> assertThat(p.minutes()).hasValue(Minutes.of(30)));
        assertThat(sessionsOf(plan, Activity.CYCLE)).hasSize(3).allSatisfy(p -> assertThat(p.minutes()).hasValue(Minutes.of(45)));
        assertThat(plan).filteredOn(p -> p.activity() == Activity.RUN || p.activity() == Activity.CYCLE)
                .extracting(PlannedSession::date).doesNotHaveDuplicates();
    }

    @Test
    void thePlanNeverPrescribesWhatItsOwnSpikeGuardFlags() {
        // A level of 40 minutes, but the longest run of the last 30 days was 30: at most 33 minutes.
        Story story = Story.of().level(Activity.RUN, 1, 3, 40, 4);
        story.sessionWithCheckIns(Activity.RUN, 5, 30, 4, 2, 2, 2, 2);
        List<PlannedSession> runs = sessionsOf(story.asOf(10).plan(), Activity.RUN);
        assertThat(runs).isNotEmpty().allSatisfy(p -> {
            assertThat(p.minutes()).hasValue(Minutes.of(33));
            assertThat(p.notes().get(0)).isEqualTo(new PlanReason.SpikeGuard(110, Activity.RUN, 30, 30));
        });
    }

    @Test
    void inAFlareSessionsAreEasySwapsAreOfferedAndRunnersGetFormCues() {
        Story story = Story.of().level(Activity.RUN, 1, 4, 30, 5).declareFlare(9);
        List<PlannedSession> plan = story.asOf(10).plan();
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SWAP).hasSize(2)
                .allSatisfy(p -> assertThat(p.minutes().get().value()).isBetween(20, 40));
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION).isNotEmpty().allSatisfy(p -> {
            assertThat(p.rpeCap()).isLessThanOrEqualTo(4);
            assertThat(p.minutes()).hasValue(Minutes.of(21));
            assertThat(p.notes()).contains(new PlanReason.RunFormInFlare(), new PlanReason.FlareSport(Activity.RUN));
        });
    }

    @Test
    void strengthInAFlareKeepsStableLowerBodyWorkAndStabilityBuildersAndDropsHeavyHinging() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 5).declareFlare(9);
        List<PlannedSession> strength = sessionsOf(story.asOf(10).plan(), Activity.STRENGTH);
        assertThat(strength).hasSize(2).allSatisfy(p -> {
            assertThat(p.exercises()).contains(library(Move.SPLIT_SQUAT), library(Move.STEP_UP), library(Move.GOBLET_SQUAT), library(Move.SIDE_PLANK), library(Move.SUITCASE_CARRY))
                    .doesNotContain(library(Move.ROMANIAN_DEADLIFT), library(Move.TRAP_BAR_DEADLIFT));
            assertThat(p.notes().get(0)).isEqualTo(new PlanReason.FlareSport(Activity.STRENGTH));
        });
    }

    @Test
    void anEmergencyReferralLeavesNoTrainingPlan() {
        assertThat(Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(9, 3, Symptom.SADDLE_NUMBNESS).asOf(10).plan())
                .isEmpty();
    }

    // ---- a story per person: their whole week --------------------------------------------

    @Test
    void aRunnersWeekIsTwoEasyRunsTheWeeksHarderRunTwoStrengthSessionsAndTwoOptionalWalks() {
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 6).goal(Activity.RUN, 4, 50, 7);
        List<PlannedSession> plan = story.asOf(10).plan();
        assertThat(plan).extracting(PlannedSession::kind).containsExactlyInAnyOrder(
                PlannedSession.Kind.SESSION, PlannedSession.Kind.SESSION, PlannedSession.Kind.SESSION,
                PlannedSession.Kind.STRENGTH, PlannedSession.Kind.STRENGTH, PlannedSession.Kind.WALK,
                PlannedSession.Kind.WALK);
        // Two easy runs at a talking pace, and the week's harder run (named so, not a long run) at the
        // level's full effort with no hard day the day before or after (section 12).
        List<PlannedSession> runs = sessionsOf(plan, Activity.RUN);
        assertThat(runs.stream().filter(p -> p.runType().equals(java.util.Optional.of(RunType.EASY)))).hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.rpeCap()).isEqualTo(4);
                    assertThat(p.minutes()).hasValue(Minutes.of(30));
                    assertThat(codes(p.notes())).contains(Code.EASY_RUN);
                });
        PlannedSession harder = runs.stream().filter(p -> p.runType().isEmpty()).findFirst().orElseThrow();
        assertThat(harder.minutes()).hasValue(Minutes.of(30));
        assertThat(harder.rpeCap()).isEqualTo(6);
        assertThat(harder.notes().get(0).code()).isNotEqualTo(Code.EASY_RUN);
        assertThat(harder.notes()).contains(new PlanReason.HarderRun(6));
        assertThat(plan).noneMatch(p -> p != harder && p.rpeCap() >= WeekPlan.HARD_EFFORT
                && Math.abs(p.date().toEpochDay() - harder.date().toEpochDay()) <= 1);
        assertThat(plan).noneMatch(p -> p.runType().equals(java.util.Optional.of(RunType.LONG)));
    }

    @Test
    void aGolfersFlareWeekUsesGolfsOwnWords() {
        Story story = Story.of().level(Activity.GOLF, 1, 2, 120, 4).declareFlare(9);
        List<PlannedSession> golf = sessionsOf(story.asOf(10).plan(), Activity.GOLF);
        assertThat(golf).isNotEmpty().allSatisfy(p -> assertThat(p.notes())
                .contains(new PlanReason.FlareSport(Activity.GOLF))
                .doesNotContain(new PlanReason.FlareSport(Activity.RUN)));
    }

    @Test
    void aSwimmerWithMidBackPainGetsRowsBreathingAndThoracicWorkAndSwimmingFlareWords() {
        Story calm = Story.of().regions(Region.MID).level(Activity.SWIM, 1, 3, 40, 4);
        List<PlannedSession> plan = calm.asOf(10).plan();
        assertThat(sessionsOf(plan, Activity.SWIM)).hasSize(3).allSatisfy(p -> assertThat(codes(p.notes()))
                .contains(Code.UPPER_BACK_CARE));
        assertThat(sessionsOf(plan, Activity.STRENGTH)).isNotEmpty().allSatisfy(p -> assertThat(p.exercises())
                .contains(library(Move.BAND_PULL_APART), library(Move.BAND_ROW), library(Move.FACE_PULL)));
        Story flaring = Story.of().regions(Region.MID).level(Activity.SWIM, 1, 3, 40, 4).declareFlare(9);
        assertThat(sessionsOf(flaring.asOf(10).plan(), Activity.SWIM)).isNotEmpty().allSatisfy(p -> assertThat(p.notes())
                .contains(new PlanReason.FlareSport(Activity.SWIM)));
        assertThat(sessionsOf(flaring.asOf(10).plan(), Activity.STRENGTH)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.exercises()).contains(library(Move.ONE_ARM_ROW), library(Move.BAND_ROW)));
    }

    @Test
    void aLifterAtThreeStrengthSessionsAWeekGetsThreeWithTheirOwnExercises() {
        Story story = Story.of();
        for (int day = 1; day <= 9; day += 2) {
            story.strengthSession(day, 45, 5, new StrengthSet("front squat", 3, 5, Optional.of(Kilograms.of(60))),
                    new StrengthSet("hip thrust", 3, 8, Optional.of(Kilograms.of(80))),
                    new StrengthSet("pallof press", 3, 10, Optional.empty()));
        }
        Assessment a = story.level(Activity.STRENGTH, 1, 3, 45, 5).asOf(10);
        List<PlannedSession> strength = sessionsOf(a.plan(), Activity.STRENGTH);
        assertThat(strength).hasSize(3).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlannedSession.Kind.STRENGTH);
            assertThat(p.exercises()).containsExactly(own("front squat"), own("hip thrust"), own("pallof press"));
        });
    }

    @Test
    void aLowBackOfficeWorkersWeekHasNoWalkingNagAndEveryEntryHasItsReason() {
        Story story = Story.of().regions(Region.LOW).level(Activity.WALK, 1, 5, 30, 3);
        List<PlannedSession> plan = story.asOf(10).plan();
        assertThat(sessionsOf(plan, Activity.WALK)).hasSize(5);
        assertThat(plan).allSatisfy(p -> assertThat(p.notes()).isNotEmpty());
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION)
                .allSatisfy(p -> assertThat(p.notes().get(0)).isEqualTo(new PlanReason.HeldLevel()));
    }

    @Test
    void anOfficeWorkerSittingTenHoursPastAThirtyMinuteSittingBaselineGetsPostureBreaksEveryDay() {
        Story story = Story.of().regions(Region.LOW).level(Activity.WALK, 1, 5, 30, 3)
                .baselineTest(Activity.SITTING, 2, 30).baselineTest(Activity.SITTING, 3, 30)
                .baselineTest(Activity.SITTING, 4, 30).context(9, null, null, null, 10.0);
        String stretch = story.session(Activity.SITTING, 9, 120, 2);
        Assessment a = story.asOf(10);
        double baseline = a.baselines().get(Activity.SITTING).baselineMinutes().orElseThrow().value();
        assertThat(baseline).isLessThanOrEqualTo(30);
        Reason breaks = new PlanReason.PostureBreaks((int) Math.floor(baseline), 10.0);
        // Every day of the week starts with its posture breaks, right after the entry's own reason.
        assertThat(a.plan().stream().map(PlannedSession::date).distinct()).hasSize(7);
        a.plan().stream().collect(java.util.stream.Collectors.groupingBy(PlannedSession::date)).values()
                .forEach(day -> assertThat(day.get(0).notes().get(1)).isEqualTo(breaks));
        // A logged sitting stretch without check-ins is never chased for a next-morning check-in.
        assertThat(a.responses()).noneMatch(r -> r.session().id().equals(stretch));
    }

    @Test
    void sittingWithinTheSittingBaselineGetsNoPostureBreaks() {
        Story story = Story.of().regions(Region.LOW).level(Activity.WALK, 1, 5, 30, 3)
                .baselineTest(Activity.SITTING, 2, 90).context(9, null, null, null, 1.0);
        assertThat(story.asOf(10).plan()).allSatisfy(p -> assertThat(codes(p.notes())).doesNotContain(Code.POSTURE_BREAKS));
    }

    private static PlannedExercise library(Move move) {
        return new PlannedExercise.Library(move);
    }

    private static PlannedExercise own(String name) {
        return new PlannedExercise.Own(name);
    }
}
