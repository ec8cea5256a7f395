package org.plimsoll.engine.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.live.LiveGuide;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.plan.WeekPlan;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.today.DayPain;
import org.plimsoll.engine.today.TodayFactor;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * The last step of every answer (issue 25): the rules propose a dose, the envelope guarantees the
 * invariants a careful physiotherapist would never see broken, whatever the rules proposed. Each
 * guarantee is one method, in the order below (the holds in {@link ReferralAndFlareHolds}, the
 * painful day in {@link PainfulDay}, the weekly guard and hard days in {@link WeeklyLimits}); what
 * breaks one is trimmed and the reason is put first among the notes, so the person reads why.
 * <ol>
 *   <li>no dose under an emergency or same-day referral (ENGINE.md section 9);</li>
 *   <li>under a referral to be seen soon, no variable above the last confirmed level's, whatever set
 *       the level (section 9); in a flare or under a referral, nothing above the dose held the day
 *       before it began (sections 7, 9);</li>
 *   <li>today's pain 5 or more, or a usual pain of 5 or more without a clinician's level: nothing
 *       beyond an easy walk today (section 8);</li>
 *   <li>nothing above the level, nothing past the spike guard (sections 2, 6);</li>
 *   <li>no week of an activity above the weekly guard (section 6);</li>
 *   <li>at most one hard session a day, never hard days back to back, none in a flare (section 12);</li>
 *   <li>every cut of today listed once, none of 0% (section 8): held by {@link TodayFactor} itself.</li>
 * </ol>
 * Today, the week plan, the calendar, the report and the clinician's page all read the answer after
 * it has passed through here; the live guide's advice passes through {@link #live}.
 */
public final class SafetyEnvelope {
    public static final int PAINFUL_DAY_WALK_MINUTES = DayPain.EASY_WALK_MINUTES;
    static final Minutes PAINFUL_WALK = new Minutes(PAINFUL_DAY_WALK_MINUTES);
    public static final int PAINFUL_DAY_WALK_EFFORT = DayPain.EASY_WALK_EFFORT;
    /** A session at this effort or more is a hard day (strength: {@link #HARD_STRENGTH_EFFORT}). */
    public static final int HARD_EFFORT = WeekPlan.HARD_EFFORT;
    public static final int HARD_STRENGTH_EFFORT = 7;
    /** A hard session that has to give way becomes a moderate one. */
    public static final int EASED_EFFORT = HARD_EFFORT - 1;
    public static final int IN_FLARE_EFFORT = 4;

    private SafetyEnvelope() {
    }

    /** What the envelope hands back: the activities, the week plan and today's cuts, all within the invariants. */
    public record Answer(List<ActivityAssessment> activities, List<PlannedSession> plan, TodayFactor today) {
        public Answer {
            activities = List.copyOf(activities);
            plan = List.copyOf(plan);
        }
    }

    public static Answer enforce(SafetyFacts facts, List<ActivityAssessment> activities, List<PlannedSession> plan,
                                 TodayFactor today) {
        // Each of today's cuts once and none of 0% is TodayFactor's own invariant (its constructor refuses
        // anything else), and the activities' cut reasons are made from it.
        TodayFactor cuts = today;
        List<ActivityAssessment> a = activities;
        List<PlannedSession> p = new ArrayList<>(plan);
        a = ReferralAndFlareHolds.heldWhileFlareOrReferral(facts, a);
        if (facts.referral().stopsTraining()) {
            return ReferralAndFlareHolds.noDoseUnderUrgentReferral(a, cuts);
        }
        p = ReferralAndFlareHolds.planHeldWhileFlareOrReferral(facts, p);
        a = notAboveTheLevel(a);
        p = notAboveTheLevel(facts, a, p);
        p = notPastTheSpikeGuard(facts, p);
        p = WeeklyLimits.withinTheWeeklyGuard(facts, a, p);
        p = WeeklyLimits.noHardDaysBackToBack(facts, p);
        if (facts.pain().tooHighToTrain() || facts.pain().walksAndMobilityOnly()) {
            a = PainfulDay.walkOnlyToday(facts, a);
            p = PainfulDay.planWalkOnlyToday(facts, p);
        }
        p.sort(Comparator.comparing(PlannedSession::date).thenComparing(x -> x.kind().ordinal()));
        return new Answer(a, p, cuts);
    }

    /**
     * The live guide's advice as the envelope leaves it: under an emergency or same-day referral there is
     * no training to carry on with, whatever the pain now.
     */
    public static LiveGuide.Advice live(LiveGuide.Advice advice, Referral referral) {
        if (referral.stopsTraining()) {
            return new LiveGuide.Advice(LiveGuide.Decision.STOP, new CareReason.NoTrainingUntilSeen());
        }
        return advice;
    }


    /** Today's level is never above the level in force. */
    static List<ActivityAssessment> notAboveTheLevel(List<ActivityAssessment> activities) {
        return activities.stream().map(x -> {
            if (x.todayLevel().isEmpty() || x.currentLevel().isEmpty()) {
                return x;
            }
            Dose today = lowerOf(x.todayLevel().get(), x.currentLevel().get());
            return today.equals(x.todayLevel().get()) ? x
                    : new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), x.currentLevel(),
                    Optional.of(today), x.changedVariable(), x.holdDays(), x.reasons());
        }).toList();
    }

    /**
     * Each planned session of an activity with a level is within it (today's level on the first day),
     * and the week holds no more of its sessions than the level's frequency.
     */
    static List<PlannedSession> notAboveTheLevel(SafetyFacts facts, List<ActivityAssessment> activities,
                                                 List<PlannedSession> plan) {
        Map<Activity, Dose> levels = new EnumMap<>(Activity.class);
        Map<Activity, Dose> todays = new EnumMap<>(Activity.class);
        activities.forEach(x -> {
            x.currentLevel().ifPresent(l -> levels.put(x.activity(), l));
            x.todayLevel().ifPresent(l -> todays.put(x.activity(), l));
        });
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedSession p : plan) {
            Dose level = p.date().equals(facts.today()) && todays.containsKey(p.activity())
                    ? todays.get(p.activity()) : levels.get(p.activity());
            if (level == null || !trained(p)) {
                out.add(p);
                continue;
            }
            Optional<Minutes> minutes = lowerMinutes(p.minutes(), level.minutes());
            int effort = Math.min(p.rpeCap(), level.rpeCap());
            out.add(minutes.equals(p.minutes()) && effort == p.rpeCap() ? p
                    : changed(p, minutes, effort, new PlanReason.WithinYourLevel(p.activity())));
        }
        return atMostPerWeek(out, levels);
    }

    /** No planned session longer than 110% of the longest of its activity in the last 30 days. */
    static List<PlannedSession> notPastTheSpikeGuard(SafetyFacts facts, List<PlannedSession> plan) {
        return plan.stream().map(p -> {
            Optional<Minutes> longest = facts.longestRecent().getOrDefault(p.activity(), Optional.empty());
            if (!trained(p) || longest.isEmpty() || p.minutes().isEmpty()) {
                return p;
            }
            Minutes most = Loads.spikeLimit(longest.get());
            return !p.minutes().get().isAbove(most) ? p : changed(p, Optional.of(most), p.rpeCap(),
                    new PlanReason.SpikeGuard(Math.round(Loads.SPIKE_FACTOR * 100),
                            p.activity(), Loads.SPIKE_LOOKBACK_DAYS,
                            (long) longest.get().value()));
        }).toList();
    }



    /** A session, strength session or swap the person trains in; walks are offered, not dosed. */
    static boolean trained(PlannedSession p) {
        return p.kind() != PlannedSession.Kind.WALK;
    }

    /** Hard: effort 6 or more, strength 7 or more (section 12). */
    public static boolean hard(PlannedSession p) {
        return hard(p.activity(), p.rpeCap());
    }

    public static boolean hard(Activity activity, int effort) {
        return effort >= (activity == Activity.STRENGTH ? HARD_STRENGTH_EFFORT : HARD_EFFORT);
    }

    /** Each variable the lower of the two; the rotation range the narrower. */
    public static Dose lowerOf(Dose dose, Dose cap) {
        Optional<Minutes> minutes = lowerMinutes(dose.minutes(), cap.minutes());
        Optional<Distance> km = dose.distance().isPresent() && cap.distance().isPresent()
                ? Optional.of(dose.distance().get().min(cap.distance().get())) : dose.distance();
        var rotation = dose.rotation().isPresent() && cap.rotation().isPresent()
                && cap.rotation().get().compareTo(dose.rotation().get()) > 0 ? cap.rotation() : dose.rotation();
        Optional<Work> work = dose.work().isPresent() && cap.work().isPresent()
                ? Optional.of(dose.work().get().min(cap.work().get())) : dose.work();
        return new Dose(Math.min(dose.sessionsPerWeek(), cap.sessionsPerWeek()), minutes, km,
                Math.min(dose.rpeCap(), cap.rpeCap()), rotation, work);
    }

    static Optional<Minutes> lowerMinutes(Optional<Minutes> minutes, Optional<Minutes> cap) {
        return minutes.isPresent() && cap.isPresent() && minutes.get().isAbove(cap.get()) ? cap : minutes;
    }

    /** At most the level's sessions a week of each activity: the latest beyond it are dropped. */
    static List<PlannedSession> atMostPerWeek(List<PlannedSession> plan, Map<Activity, Dose> levels) {
        Map<Activity, List<PlannedSession>> byActivity = plan.stream().filter(p -> trained(p)
                && p.kind() != PlannedSession.Kind.SWAP && levels.containsKey(p.activity()))
                .collect(Collectors.groupingBy(PlannedSession::activity, () -> new EnumMap<>(Activity.class),
                        Collectors.toList()));
        Map<PlannedSession, Boolean> dropped = new java.util.IdentityHashMap<>();
        byActivity.forEach((activity, sessions) -> {
            int most = levels.get(activity).sessionsPerWeek();
            for (int i = most; i < sessions.size(); i++) {
                dropped.put(sessions.get(i), true);
            }
        });
        if (dropped.isEmpty()) {
            return plan;
        }
        List<PlannedSession> out = new ArrayList<>();
        plan.forEach(p -> {
            if (!dropped.containsKey(p)) {
                out.add(p);
            }
        });
        return out;
    }

    /** The same entry at other minutes and effort, with the reason that changed it first among its notes. */
    static PlannedSession changed(PlannedSession p, Optional<Minutes> minutes, int effort, Reason why) {
        List<Reason> notes = new ArrayList<>(p.notes());
        notes.remove(why);
        notes.add(0, why);
        return new PlannedSession(p.date(), p.activity(), minutes, effort, p.kind(), p.runType(), p.exercises(), notes,
                p.nextMorningCheckIn());
    }
}
