package org.plimsoll.engine.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.unit.Minutes;

/**
 * The envelope's guarantees over a week (ENGINE.md sections 6, 12): the weekly guard, and at most one
 * hard session a day, never hard days back to back, none in a flare.
 */
final class WeeklyLimits {
    private WeeklyLimits() {
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
                if (p.activity() == activity && SafetyEnvelope.trained(p) && p.minutes().isPresent()) {
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
                    out.set(indices.get(k), SafetyEnvelope.changed(p, Optional.of(new Minutes(minutes[k])), p.rpeCap(), why));
                }
            }
            out.removeIf(p -> p.activity() == activity && SafetyEnvelope.trained(p) && p.minutes().equals(Optional.of(Minutes.ZERO)));
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
            if (!SafetyEnvelope.hard(p)) {
                out.add(p);
                continue;
            }
            if (facts.inFlare()) {
                out.add(SafetyEnvelope.changed(p, p.minutes(), Math.min(p.rpeCap(), SafetyEnvelope.IN_FLARE_EFFORT), new PlanReason.NoHardDayInFlare()));
                continue;
            }
            boolean clash = hardDays.contains(p.date()) || hardDays.contains(p.date().minusDays(1))
                    || hardDays.contains(p.date().plusDays(1));
            if (clash) {
                int eased = p.activity() == Activity.STRENGTH ? SafetyEnvelope.HARD_STRENGTH_EFFORT - 1 : SafetyEnvelope.EASED_EFFORT;
                out.add(SafetyEnvelope.changed(p, p.minutes(), Math.min(p.rpeCap(), eased), new PlanReason.NoHardDaysBackToBack(eased)));
            } else {
                hardDays.add(p.date());
                out.add(p);
            }
        }
        return out;
    }
}
