package org.plimsoll.engine.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.unit.Minutes;

/**
 * The envelope's guarantee for a painful day (ENGINE.md section 8): pain of 5 or more today, or a usual
 * pain that high without a clinician's level, leaves only an easy walk.
 */
final class PainfulDay {
    private PainfulDay() {
    }

    /**
     * Pain of 5 or more today (or a usual pain of 5 or more with no level set by a clinician): no level
     * today, and the day holds only an easy walk of at most 20 minutes at effort 3, with the reason.
     * With a usual pain that high every day of the week is a walk, until a clinician sets the plan.
     */
    static List<ActivityAssessment> walkOnlyToday(SafetyFacts facts, List<ActivityAssessment> activities) {
        Reason why = painReason(facts);
        return activities.stream().map(x -> {
            List<Reason> reasons = new ArrayList<>(x.reasons());
            reasons.removeIf(r -> r instanceof TodayReason.TodayCut || r instanceof TodayReason.TodayLevel);
            // A referral's own reasons stay first: what to do about it comes before today's pain.
            reasons.add(facts.referral().inForce() ? Math.min(2, reasons.size()) : 0, why);
            return new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), x.currentLevel(), Optional.empty(),
                    x.changedVariable(), x.holdDays(), reasons);
        }).toList();
    }

    static List<PlannedSession> planWalkOnlyToday(SafetyFacts facts, List<PlannedSession> plan) {
        Reason why = painReason(facts);
        Set<LocalDate> days = new java.util.TreeSet<>();
        plan.forEach(p -> days.add(p.date()));
        days.add(facts.today());
        List<PlannedSession> out = new ArrayList<>();
        for (LocalDate day : days) {
            boolean walkOnly = day.equals(facts.today()) || facts.pain().walksAndMobilityOnly();
            List<PlannedSession> ofDay = plan.stream().filter(p -> p.date().equals(day)).toList();
            if (!walkOnly) {
                out.addAll(ofDay);
                continue;
            }
            PlannedSession walk = ofDay.stream().filter(p -> p.kind() == PlannedSession.Kind.WALK).findFirst()
                    .orElseGet(() -> SafetyFacts.walk(day, facts.nextMorningTime()));
            Minutes minutes = walk.minutes().orElse(SafetyEnvelope.PAINFUL_WALK).min(SafetyEnvelope.PAINFUL_WALK);
            out.add(SafetyEnvelope.changed(walk, Optional.of(minutes),
                    Math.min(walk.rpeCap(), SafetyEnvelope.PAINFUL_DAY_WALK_EFFORT), why));
        }
        return out;
    }

    private static Reason painReason(SafetyFacts facts) {
        // A usual pain that high comes first: what to do about it is to set the plan with a clinician.
        return facts.pain().walksAndMobilityOnly() ? facts.pain().usualHighReason()
                : facts.pain().tooHighReason(!facts.inFlare());
    }
}
