package org.plimsoll.engine.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.history.History;

/**
 * The outcome measures over time (issue 18, docs/outcomes.md): when the next check-up is due, and
 * each measure's change from the first check-up, marked where it is a change that matters (ENGINE.md
 * section 14). On the 0–10 pain scale that is 2 points either way, the smallest change one person can
 * tell from noise (Childs 2005); 30% (Farrar 2001) may only describe such a change from a start of 4 or
 * more, never make a smaller one count. On the function scale, 2 points on its average or 3 on a single
 * activity (Stratford 1995).
 */
public final class Outcomes {
    /** Check-ups every 14 days unless the clinician chose otherwise, from 7 to 56. */
    public static final int DEFAULT_EVERY_DAYS = 14;
    public static final int FEWEST_EVERY_DAYS = 7;
    public static final int MOST_EVERY_DAYS = 56;
    public static final int PAIN_POINTS = 2;
    public static final int FUNCTION_AVERAGE_POINTS = 2;
    public static final int FUNCTION_ACTIVITY_POINTS = 3;

    private Outcomes() {
    }

    /** What is measured: pain higher is worse; function (its average, or one activity) lower is worse. */
    public enum Measure {
        WEEKLY_PAIN, FUNCTION, FUNCTION_ACTIVITY;

        public boolean higherIsWorse() {
            return this == WEEKLY_PAIN;
        }
    }

    public record Point(LocalDate date, double value) {
    }

    /** A change from the first check-up to the latest, and whether it is one that matters, and which way. */
    public record Change(double from, double to, boolean matters, boolean worse) {
        public double by() {
            return to - from;
        }
    }

    /** One measure over time: its points, oldest first, and its change once there are two. */
    public record Series(Measure measure, String activity, List<Point> points, Optional<Change> change) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** The days between check-ups: the clinician's latest choice, else 14. */
    public static int everyDays(History history) {
        return history.care(CareDecision.CheckUpsEvery.class).stream().reduce((a, b) -> b)
                .map(CareDecision.CheckUpsEvery::days).orElse(DEFAULT_EVERY_DAYS);
    }

    /** The days between check-ups as of a day: the clinician's latest choice made by then, else 14. */
    public static int everyDays(History history, LocalDate today) {
        return history.care(CareDecision.CheckUpsEvery.class).stream().filter(d -> !d.date().isAfter(today))
                .reduce((a, b) -> b).map(CareDecision.CheckUpsEvery::days).orElse(DEFAULT_EVERY_DAYS);
    }

    /** The day the next check-up is due: at the start, then every {@link #everyDays} after the last. */
    public static LocalDate nextDue(History history, LocalDate today) {
        Optional<LocalDate> last = history.checkUps().stream().map(CheckUp::date).filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder());
        return last.map(d -> d.plusDays(everyDays(history, today))).orElse(today);
    }

    public static boolean due(History history, LocalDate today) {
        return !nextDue(history, today).isAfter(today);
    }

    /**
     * One check-up per due period (issue 28; ENGINE.md section 14 counts one per period): a check-up saved
     * before the next is due replaces the period's, so two a few minutes apart are one measurement, not a
     * change. The check-up it replaces, if any: the latest up to today while the next is not yet due.
     */
    public static Optional<CheckUp> replacedOn(History history, LocalDate today) {
        if (due(history, today)) {
            return Optional.empty();
        }
        return history.checkUps().stream().filter(c -> !c.date().isAfter(today)).max(Comparator.comparing(CheckUp::date));
    }

    /** Every measure over time up to {@code today}: the weekly pain, the function score, and each activity. */
    public static List<Series> series(History history, LocalDate today) {
        List<CheckUp> upToToday = history.checkUps().stream().filter(c -> !c.date().isAfter(today))
                .sorted(Comparator.comparing(CheckUp::date)).toList();
        List<Series> out = new ArrayList<>();
        List<Point> pain = new ArrayList<>();
        List<Point> function = new ArrayList<>();
        Map<String, List<Point>> activities = new LinkedHashMap<>();
        for (CheckUp c : upToToday) {
            c.weeklyPain().ifPresent(p -> pain.add(new Point(c.date(), p.value())));
            c.functionScore().ifPresent(f -> function.add(new Point(c.date(), Math.round(f.value() * 10) / 10.0)));
            c.abilities().forEach(a -> activities.computeIfAbsent(a.activity(), k -> new ArrayList<>())
                    .add(new Point(c.date(), a.score())));
        }
        if (!pain.isEmpty()) {
            out.add(new Series(Measure.WEEKLY_PAIN, "", pain, change(Measure.WEEKLY_PAIN, pain)));
        }
        if (!function.isEmpty()) {
            out.add(new Series(Measure.FUNCTION, "", function, change(Measure.FUNCTION, function)));
        }
        activities.forEach((name, points) -> out.add(new Series(Measure.FUNCTION_ACTIVITY, name, points,
                change(Measure.FUNCTION_ACTIVITY, points))));
        return out;
    }

    /** The measures whose change from the first check-up is one that matters, for the worse. */
    public static List<Series> worse(History history, LocalDate today) {
        return series(history, today).stream().filter(s -> s.change().filter(c -> c.matters() && c.worse()).isPresent())
                .toList();
    }

    static Optional<Change> change(Measure measure, List<Point> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        double from = points.get(0).value();
        double to = points.get(points.size() - 1).value();
        double by = Math.abs(to - from);
        boolean matters = switch (measure) {
            // 30% of a start below 7 is less than 2 points: a percentage never makes a smaller change count.
            case WEEKLY_PAIN -> by >= PAIN_POINTS;
            case FUNCTION -> by >= FUNCTION_AVERAGE_POINTS;
            case FUNCTION_ACTIVITY -> by >= FUNCTION_ACTIVITY_POINTS;
        };
        boolean worse = measure.higherIsWorse() ? to > from : to < from;
        return Optional.of(new Change(from, to, matters && by > 0, worse));
    }
}
