package org.plimsoll.engine.safety;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.plan.WeekPlan;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.today.DayPain;
import org.plimsoll.engine.unit.Minutes;

/**
 * What the safety envelope checks a proposal against: facts of the history itself (what was done,
 * what was felt, what a clinician set), never the rules' own proposals.
 *
 * @param heldCaps per activity, the most any variable may be while a flare or a referral stands
 * @param weeklyGuards per activity with a level, the most planned minutes a week may hold
 * @param longestRecent per activity, its longest session in the last 30 days (the spike guard)
 * @param hardDaysDone the days among yesterday and today with a hard session done
 */
public record SafetyFacts(LocalDate today, Referral referral, boolean inFlare, DayPain pain, Map<Activity, Dose> heldCaps,
                          Map<Activity, WeeklyGuard> weeklyGuards, Map<Activity, Optional<Minutes>> longestRecent,
                          Set<LocalDate> hardDaysDone, LocalTime nextMorningTime) {

    /** The weekly guard (section 6) looks at the most done in any of the last 4 weeks. */
    public static final int GUARD_WEEKS = 4;

    /** A week's most planned minutes of an activity, from the most done in any of the last 4 weeks. */
    public record WeeklyGuard(int percent, int mostMinutes, int allowedMinutes) {
    }

    public SafetyFacts {
        heldCaps = Map.copyOf(heldCaps);
        weeklyGuards = Map.copyOf(weeklyGuards);
        longestRecent = Map.copyOf(longestRecent);
        hardDaysDone = Set.copyOf(hardDaysDone);
    }

    /**
     * @param heldCaps while a flare or a referral stands, per activity, the dose nothing may go above
     *                 (see {@code Assessment}: the dose held the day before it began)
     */
    public static SafetyFacts of(AsOf view, Referral referral, Optional<FlareEpisode> flare,
                                 List<Calibration.Outcome> outcomes, DayPain pain, Map<Activity, Dose> heldCaps) {
        LocalDate today = view.date();
        Map<Activity, WeeklyGuard> guards = new EnumMap<>(Activity.class);
        Map<Activity, Optional<Minutes>> longest = new EnumMap<>(Activity.class);
        for (Calibration.Outcome o : outcomes) {
            Activity activity = o.activity();
            longest.put(activity, Loads.longestRecent(view, activity, today));
            if (o.current().isEmpty()) {
                continue;
            }
            weeklyGuard(view, o).ifPresent(g -> guards.put(activity, g));
        }
        Set<LocalDate> hard = new HashSet<>();
        for (Session s : view.sessions()) {
            LocalDate day = view.localDate(s);
            if ((day.equals(today) || day.equals(today.minusDays(1))) && s.rpe().isPresent()
                    && SafetyEnvelope.hard(s.activity(), s.rpe().get().value())) {
                hard.add(day);
            }
        }
        return new SafetyFacts(today, referral, flare.isPresent(), pain, heldCaps, guards, longest, hard, view.history().profile().morningCheckIn());
    }

    /**
     * The weekly guard of an activity with a level in minutes: 110% *(default, the setting
     * {@code weeklyGuardPercent}, 105–115)* of the most minutes done in any of
     * the last four 7-day blocks; for a person starting out (no session of it in the last 28 days, or
     * the first one within them), the level's own week counts too, so a starting level is never trimmed.
     */
    static Optional<WeeklyGuard> weeklyGuard(AsOf view, Calibration.Outcome o) {
        Dose level = o.current().orElseThrow();
        if (level.minutes().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = view.date();
        int[] weeks = new int[GUARD_WEEKS];
        boolean olderSessions = false;
        for (Session s : view.sessionsOf(o.activity())) {
            long ago = ChronoUnit.DAYS.between(view.localDate(s), today);
            if (ago >= GUARD_WEEKS * 7L) {
                olderSessions = true;
            } else if (ago >= 0) {
                weeks[(int) (ago / 7)] += s.minutes().value();
            }
        }
        int most = java.util.Arrays.stream(weeks).max().orElse(0);
        int percent = view.history().settings().weeklyGuardPercent();
        int allowed = (int) Math.floor(most * percent / 100.0);
        if (!olderSessions || most == 0) {
            // Starting out, or back after a break: the level's own week (a starting level, or the lighter
            // level after a break) is never trimmed.
            allowed = Math.max(allowed, level.sessionsPerWeek() * level.minutes().map(Minutes::value).orElse(0));
        }
        return Optional.of(new WeeklyGuard(percent, most, allowed));
    }

    /** An optional easy walk for a day that had none. */
    static PlannedSession walk(LocalDate day, LocalTime morning) {
        return new PlannedSession(day, Activity.WALK, Optional.of(new Minutes(SafetyEnvelope.PAINFUL_DAY_WALK_MINUTES)),
                SafetyEnvelope.PAINFUL_DAY_WALK_EFFORT, PlannedSession.Kind.WALK, Optional.empty(), List.of(),
                List.<Reason>of(new PlanReason.OptionalWalk(WeekPlan.WALK_FROM_MINUTES, WeekPlan.WALK_TO_MINUTES)), day.plusDays(1).atTime(morning));
    }
}
