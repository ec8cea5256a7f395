package org.plimsoll.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;

/** ENGINE.md section 12: the week plan. */
class WeekPlanRulesTest {

    @Test
    void theMainActivityAtItsLevelTwoStrengthSessionsAndWalkingOnTheOtherDays() {
        List<PlannedSession> plan = Story.of().level(Activity.RUN, 1, 3, 30, 4).asOf(10).plan();
        assertThat(plan).extracting(PlannedSession::date).doesNotHaveDuplicates();
        assertThat(plan).hasSize(7);
        assertThat(plan.get(0).date()).isEqualTo(Story.day(11));
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION)
                .hasSize(3)
                .allSatisfy(p -> {
                    assertThat(p.activity()).isEqualTo(Activity.RUN);
                    assertThat(p.minutes()).hasValue(30);
                    assertThat(p.rpeCap()).isEqualTo(4);
                    assertThat(p.notes().get(0)).startsWith("Warm up 5–8 minutes first");
                });
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.STRENGTH).hasSize(2)
                .allSatisfy(p -> assertThat(p.exercises()).contains("glute bridge"));
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.WALK).hasSize(2);
    }

    @Test
    void everySessionCarriesItsNextMorningCheckInAtThePersonsTime() {
        PlannedSession first = Story.of().level(Activity.RUN, 1, 3, 30, 4).asOf(10).plan().get(0);
        assertThat(first.nextMorningCheckIn()).isEqualTo(LocalDateTime.of(Story.day(12), java.time.LocalTime.of(7, 30)));
    }

    @Test
    void inAFlareSessionsAreEasySwapsAreOfferedAndRunnersGetFormCues() {
        Story story = Story.of().level(Activity.RUN, 1, 4, 30, 5).declareFlare(9);
        List<PlannedSession> plan = story.asOf(10).plan();
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SWAP).hasSize(2)
                .allSatisfy(p -> assertThat(p.minutes().getAsInt()).isBetween(20, 40));
        assertThat(plan).filteredOn(p -> p.kind() == PlannedSession.Kind.SESSION)
                .allSatisfy(p -> {
                    assertThat(p.rpeCap()).isLessThanOrEqualTo(4);
                    assertThat(p.minutes()).hasValue(21);
                    assertThat(p.notes()).anyMatch(n -> n.contains("cadence up 3–5%"));
                });
    }

    @Test
    void anEmergencyReferralLeavesNoTrainingPlan() {
        assertThat(Story.of().level(Activity.RUN, 1, 3, 30, 4).daily(9, 3, Symptom.SADDLE_NUMBNESS).asOf(10).plan())
                .isEmpty();
    }

    @Test
    void theUpperBackGetsBreathingDrillsAndArmCues() {
        List<PlannedSession> plan = Story.of().regions(org.plimsoll.engine.profile.Region.UPPER)
                .level(Activity.RUN, 1, 3, 30, 4).asOf(10).plan();
        assertThat(plan.get(0).notes()).anyMatch(n -> n.contains("not across the body"))
                .anyMatch(n -> n.contains("breathing drills"));
    }
}
