package org.plimsoll.engine.pacing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.MeanReps;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Ratio;
import org.plimsoll.engine.unit.Reps;

/**
 * The pacing chart (ENGINE.md section 5, seed 001): one row per activity, daily posture or
 * exercise with its tolerance, baseline, current target and the last 4 weeks of adherence.
 * Adherence asks one question of every session: did it stay inside the line in force that day?
 */
public final class PacingChart {
    public static final int WEEKS = 4;
    /**
     * A session stays inside its target up to 10% over it: the rounding of a logged duration or a
     * slightly longer loop is not a breach, while a boom (over 130%, section 10) clearly is.
     */
    public static final double WITHIN_SHARE = 1.10;

    private PacingChart() {
    }

    /** What a row paces against: a level from calibration, or the baseline for postures and reps. */
    public record Target(Optional<Minutes> minutes, Optional<Distance> distance, Optional<Reps> reps, Optional<Effort> rpeCap,
                         Source source) {
        public enum Source { LEVEL, BASELINE }
    }

    /** One week of adherence, oldest first: sessions done and how many stayed inside the target. */
    public record Week(LocalDate from, LocalDate to, int sessions, int withinTarget) {
        public Optional<Ratio> share() {
            return sessions == 0 ? Optional.empty() : Optional.of(new Ratio((double) withinTarget / sessions));
        }
    }

    public record Row(Activity activity, Optional<Pacing.Baseline> baseline, Optional<Target> target,
                      List<Week> weeks) {
        public Row {
            weeks = List.copyOf(weeks);
        }
    }

    /**
     * @param currentLevels  each calibrated activity's level in force now
     * @param levelAtSession the level in force at each session, by session id
     */
    public static List<Row> of(AsOf asOf, Map<Activity, Pacing.Baseline> baselines, Map<Activity, Dose> currentLevels,
                               Map<String, Dose> levelAtSession) {
        Map<Activity, Row> rows = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            Optional<Pacing.Baseline> baseline = Optional.ofNullable(baselines.get(activity));
            Optional<Dose> level = Optional.ofNullable(currentLevels.get(activity));
            if (baseline.isEmpty() && level.isEmpty()) {
                continue;
            }
            Optional<Target> target = level.map(PacingChart::targetOf).or(() -> baseline.flatMap(PacingChart::targetOf));
            rows.put(activity, new Row(activity, baseline, target, weeks(asOf, activity, baseline, levelAtSession)));
        }
        return new ArrayList<>(rows.values());
    }

    private static Target targetOf(Dose level) {
        return new Target(level.minutes(), level.minutes().isPresent() ? Optional.empty() : level.distance(),
                Optional.empty(), Optional.of(new Effort(level.rpeCap())), Target.Source.LEVEL);
    }

    private static Optional<Target> targetOf(Pacing.Baseline b) {
        Optional<Minutes> minutes = b.baselineWholeMinutes();
        Optional<Reps> reps = b.baselineReps().map(MeanReps::wholeWithin);
        if (minutes.isEmpty() && b.baselineKm().isEmpty() && reps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(minutes, minutes.isPresent() ? Optional.empty() : b.baselineDistance(), reps,
                Optional.empty(), Target.Source.BASELINE));
    }

    private static List<Week> weeks(AsOf asOf, Activity activity, Optional<Pacing.Baseline> baseline,
                                    Map<String, Dose> levelAtSession) {
        Optional<Target> fromBaseline = baseline.flatMap(PacingChart::targetOf);
        LocalDate firstDay = asOf.date().minusDays(WEEKS * 7L - 1);
        int[] sessions = new int[WEEKS];
        int[] within = new int[WEEKS];
        for (Session s : asOf.sessionsOf(activity)) {
            LocalDate day = asOf.localDate(s);
            if (day.isBefore(firstDay)) {
                continue;
            }
            int week = (int) ((day.toEpochDay() - firstDay.toEpochDay()) / 7);
            Optional<Target> target = Optional.ofNullable(levelAtSession.get(s.id())).map(PacingChart::targetOf)
                    .or(() -> fromBaseline);
            if (target.isEmpty()) {
                continue;
            }
            sessions[week]++;
            if (within(s, target.get())) {
                within[week]++;
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            LocalDate from = firstDay.plusDays(w * 7L);
            weeks.add(new Week(from, from.plusDays(6), sessions[w], within[w]));
        }
        return weeks;
    }

    /** Inside the line: no more than 10% over the target's measure, and within its RPE cap. */
    static boolean within(Session s, Target t) {
        boolean volume;
        if (t.minutes().isPresent()) {
            volume = s.minutes().value() <= t.minutes().get().value() * WITHIN_SHARE;
        } else if (t.distance().isPresent()) {
            volume = s.distance().isEmpty() || s.distance().get().km() <= t.distance().get().km() * WITHIN_SHARE;
        } else if (t.reps().isPresent()) {
            volume = s.strengthSets().stream().mapToInt(StrengthSet::reps).max().orElse(0)
                    <= t.reps().get().value() * WITHIN_SHARE;
        } else {
            volume = true;
        }
        boolean effort = t.rpeCap().isEmpty() || s.rpe().map(r -> r.compareTo(t.rpeCap().get()) <= 0).orElse(true);
        return volume && effort;
    }
}
