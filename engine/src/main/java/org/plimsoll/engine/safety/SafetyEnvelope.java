package org.plimsoll.engine.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.live.LiveGuide;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.plan.WeekPlan;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.today.DayPain;
import org.plimsoll.engine.today.TodayFactor;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * The last step of every answer (issue 25): the rules propose a dose, the envelope guarantees the
 * invariants a careful physiotherapist would never see broken, whatever the rules proposed. Each
 * guarantee is one method, in the order below; what breaks one is trimmed and the reason is put
 * first among the notes, so the person reads why.
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
    private static final Minutes PAINFUL_WALK = new Minutes(PAINFUL_DAY_WALK_MINUTES);
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
        a = heldWhileFlareOrReferral(facts, a);
        if (facts.referral().stopsTraining()) {
            return noDoseUnderUrgentReferral(a, cuts);
        }
        p = planHeldWhileFlareOrReferral(facts, p);
        a = notAboveTheLevel(a);
        p = notAboveTheLevel(facts, a, p);
        p = notPastTheSpikeGuard(facts, p);
        p = withinTheWeeklyGuard(facts, a, p);
        p = noHardDaysBackToBack(facts, p);
        if (facts.pain().tooHighToTrain() || facts.pain().walksAndMobilityOnly()) {
            a = walkOnlyToday(facts, a);
            p = planWalkOnlyToday(facts, p);
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

    /** Under an emergency or same-day referral: no level for today and nothing in the plan. */
    static Answer noDoseUnderUrgentReferral(List<ActivityAssessment> activities, TodayFactor today) {
        List<ActivityAssessment> none = activities.stream().map(x -> x.todayLevel().isEmpty() ? x
                : new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), x.currentLevel(), Optional.empty(),
                x.changedVariable(), x.holdDays(), x.reasons())).toList();
        return new Answer(none, List.of(), today);
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
            Dose current = lowerOf(x.currentLevel().get(), cap);
            if (current.equals(x.currentLevel().get())) {
                return x;
            }
            List<Reason> reasons = new ArrayList<>(x.reasons());
            reasons.add(Math.min(2, reasons.size()), held(facts, x.activity(), cap));
            return new ActivityAssessment(x.activity(), x.state(), x.confirmedLevel(), Optional.of(current),
                    x.todayLevel().map(t -> lowerOf(t, cap)), x.changedVariable(), x.holdDays(), reasons);
        }).toList();
    }

    static List<PlannedSession> planHeldWhileFlareOrReferral(SafetyFacts facts, List<PlannedSession> plan) {
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedSession p : plan) {
            Dose cap = facts.heldCaps().get(p.activity());
            if (cap == null || !trained(p)) {
                out.add(p);
                continue;
            }
            Optional<Minutes> minutes = lowerMinutes(p.minutes(), cap.minutes());
            int effort = Math.min(p.rpeCap(), cap.rpeCap());
            out.add(minutes.equals(p.minutes()) && effort == p.rpeCap() ? p
                    : changed(p, minutes, effort, held(facts, p.activity(), cap)));
        }
        return atMostPerWeek(out, facts.heldCaps());
    }

    private static Reason held(SafetyFacts facts, Activity activity, Dose cap) {
        return facts.referral().inForce() ? new PlanReason.HeldUntilSeen(activity, cap)
                : new PlanReason.HeldInFlare(activity, cap);
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

    /**
     * No week's planned minutes of an activity above the weekly guard (section 6): the plan keeps the
     * sessions and shortens them, the longest first, and says so.
     */
    static List<PlannedSession> withinTheWeeklyGuard(SafetyFacts facts, List<ActivityAssessment> activities,
                                                    List<PlannedSession> plan) {
        List<PlannedSession> out = new ArrayList<>(plan);
        for (Map.Entry<Activity, SafetyFacts.WeeklyGuard> e : facts.weeklyGuards().entrySet()) {
            Activity activity = e.getKey();
            int allowed = e.getValue().allowedMinutes();
            List<Integer> indices = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < out.size(); i++) {
                PlannedSession p = out.get(i);
                if (p.activity() == activity && trained(p) && p.minutes().isPresent()) {
                    indices.add(i);
                    total += p.minutes().get().value();
                }
            }
            if (total <= allowed || indices.isEmpty()) {
                continue;
            }
            int[] minutes = indices.stream().mapToInt(i -> out.get(i).minutes().get().value()).toArray();
            // Take a minute at a time from the longest session until the week fits: the long one shortens most.
            int over = total - allowed;
            while (over > 0) {
                int longest = 0;
                for (int k = 1; k < minutes.length; k++) {
                    if (minutes[k] > minutes[longest]) {
                        longest = k;
                    }
                }
                if (minutes[longest] == 0) {
                    break;
                }
                minutes[longest]--;
                over--;
            }
            Reason why = new PlanReason.WeeklyGuard(activity, e.getValue().percent(), e.getValue().mostMinutes(), allowed);
            for (int k = 0; k < indices.size(); k++) {
                PlannedSession p = out.get(indices.get(k));
                if (minutes[k] != p.minutes().get().value()) {
                    out.set(indices.get(k), changed(p, Optional.of(new Minutes(minutes[k])), p.rpeCap(), why));
                }
            }
            out.removeIf(p -> p.activity() == activity && trained(p) && p.minutes().equals(Optional.of(Minutes.ZERO)));
        }
        return out;
    }

    /**
     * At most one hard session a day, never hard days back to back (a hard session done yesterday or
     * today counts), and none in a flare: a session that would break this is kept at a moderate
     * effort, the earlier hard day standing.
     */
    static List<PlannedSession> noHardDaysBackToBack(SafetyFacts facts, List<PlannedSession> plan) {
        List<PlannedSession> sorted = new ArrayList<>(plan);
        sorted.sort(Comparator.comparing(PlannedSession::date).thenComparing(p -> -p.rpeCap()));
        Set<LocalDate> hardDays = new java.util.HashSet<>(facts.hardDaysDone());
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedSession p : sorted) {
            if (!hard(p)) {
                out.add(p);
                continue;
            }
            if (facts.inFlare()) {
                out.add(changed(p, p.minutes(), Math.min(p.rpeCap(), IN_FLARE_EFFORT), new PlanReason.NoHardDayInFlare()));
                continue;
            }
            boolean clash = hardDays.contains(p.date()) || hardDays.contains(p.date().minusDays(1))
                    || hardDays.contains(p.date().plusDays(1));
            if (clash) {
                int eased = p.activity() == Activity.STRENGTH ? HARD_STRENGTH_EFFORT - 1 : EASED_EFFORT;
                out.add(changed(p, p.minutes(), Math.min(p.rpeCap(), eased), new PlanReason.NoHardDaysBackToBack(eased)));
            } else {
                hardDays.add(p.date());
                out.add(p);
            }
        }
        return out;
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
            Minutes minutes = walk.minutes().orElse(PAINFUL_WALK).min(PAINFUL_WALK);
            out.add(changed(walk, Optional.of(minutes), Math.min(walk.rpeCap(), PAINFUL_DAY_WALK_EFFORT), why));
        }
        return out;
    }

    private static Reason painReason(SafetyFacts facts) {
        // A usual pain that high comes first: what to do about it is to set the plan with a clinician.
        return facts.pain().walksAndMobilityOnly() ? facts.pain().usualHighReason()
                : facts.pain().tooHighReason(!facts.inFlare());
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
        OptionalDouble work = dose.work().isPresent() && cap.work().isPresent()
                ? OptionalDouble.of(Math.min(dose.work().getAsDouble(), cap.work().getAsDouble())) : dose.work();
        return new Dose(Math.min(dose.sessionsPerWeek(), cap.sessionsPerWeek()), minutes, km,
                Math.min(dose.rpeCap(), cap.rpeCap()), rotation, work);
    }

    private static Optional<Minutes> lowerMinutes(Optional<Minutes> minutes, Optional<Minutes> cap) {
        return minutes.isPresent() && cap.isPresent() && minutes.get().isAbove(cap.get()) ? cap : minutes;
    }

    /** At most the level's sessions a week of each activity: the latest beyond it are dropped. */
    private static List<PlannedSession> atMostPerWeek(List<PlannedSession> plan, Map<Activity, Dose> levels) {
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
