package org.plimsoll.engine.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.today.TodayFactor;
import org.plimsoll.engine.unit.Minutes;

/**
 * The envelope's first guarantees (ENGINE.md sections 7, 9): no dose under an emergency or same-day
 * referral, and nothing above the held caps while a referral or a flare stands.
 */
final class ReferralAndFlareHolds {
    private ReferralAndFlareHolds() {
    }

    /** Under an emergency or same-day referral: no level for today and nothing in the plan. */
    static SafetyEnvelope.Answer noDoseUnderUrgentReferral(List<ActivityAssessment> activities, TodayFactor today) {
        List<ActivityAssessment> none = activities.stream().map(x -> x.todayLevel().isEmpty() ? x
                : new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), x.currentLevel(), Optional.empty(),
                x.changedVariable(), x.holdDays(), x.reasons())).toList();
        return new SafetyEnvelope.Answer(none, List.of(), today);
    }

    /**
     * While a referral or a flare stands, nothing goes up: each variable is the lower of the level's and
     * the cap's ({@link SafetyFacts#heldCaps()}), for the level in force and today's.
     */
    static List<ActivityAssessment> heldWhileFlareOrReferral(SafetyFacts facts, List<ActivityAssessment> activities) {
        return activities.stream().map(x -> {
            Dose cap = facts.heldCaps().get(x.activity());
            if (cap == null || x.currentLevel().isEmpty()) {
                return x;
            }
            Dose current = SafetyEnvelope.lowerOf(x.currentLevel().get(), cap);
            if (current.equals(x.currentLevel().get())) {
                return x;
            }
            List<Reason> reasons = new ArrayList<>(x.reasons());
            reasons.add(Math.min(2, reasons.size()), held(facts, x.activity(), cap));
            return new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), Optional.of(current),
                    x.todayLevel().map(t -> SafetyEnvelope.lowerOf(t, cap)), x.changedVariable(), x.holdDays(), reasons);
        }).toList();
    }

    static List<PlannedSession> planHeldWhileFlareOrReferral(SafetyFacts facts, List<PlannedSession> plan) {
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedSession p : plan) {
            Dose cap = facts.heldCaps().get(p.activity());
            if (cap == null || !SafetyEnvelope.trained(p)) {
                out.add(p);
                continue;
            }
            Optional<Minutes> minutes = SafetyEnvelope.lowerMinutes(p.minutes(), cap.minutes());
            int effort = Math.min(p.rpeCap(), cap.rpeCap());
            out.add(minutes.equals(p.minutes()) && effort == p.rpeCap() ? p
                    : SafetyEnvelope.changed(p, minutes, effort, held(facts, p.activity(), cap)));
        }
        return SafetyEnvelope.atMostPerWeek(out, facts.heldCaps());
    }

    private static Reason held(SafetyFacts facts, Activity activity, Dose cap) {
        return facts.referral().inForce() ? new PlanReason.HeldUntilSeen(activity, cap)
                : new PlanReason.HeldInFlare(activity, cap);
    }
}
