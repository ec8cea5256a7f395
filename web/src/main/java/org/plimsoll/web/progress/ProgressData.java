package org.plimsoll.web.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.load.SessionLoad;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Stress;

/**
 * The series behind the progress charts, each also shown as a table, all on one date axis from
 * the first Monday shown to today: weekly load against mean morning pain, each activity's level
 * and its sessions coloured by response, boom-bust cycles, flares (shaded on every chart), and
 * each day's sleep, stress and sitting, and the morning measures (sleep, heart-rate variability,
 * resting heart rate) against their usual range.
 */
public record ProgressData(LocalDate from, LocalDate to, List<Week> weeks, Map<Activity, List<LevelPoint>> levels,
                           List<SessionPoint> sessions, List<Cycle> cycles, List<Flare> flares,
                           List<ContextPoint> context, List<Day> days, List<Measure> measures) {
    /** The most weeks shown on the charts: the last half year. */
    public static final int WEEKS = 26;
    /**
     * The fewest weeks shown: the charts start at the week of the first record, so that two days of
     * records are not lost in half a year of empty weeks, but span four weeks at least (docs/web.md).
     */
    public static final int FEWEST_WEEKS = 4;
    /** The unit of each morning measure's values in the API. */
    private static final Map<String, String> UNITS = Map.of("sleep", "hours", "hrv", "ms", "restingHeartRate", "bpm");

    /** One ISO week (Monday first): load in arbitrary units (minutes × RPE) and the mean morning pain. */
    public record Week(LocalDate monday, double loadAu, OptionalDouble morningPain) {
    }

    /** The level in force at one session: minutes per session, or distance when the level is by distance. */
    public record LevelPoint(LocalDate date, OptionalDouble minutes, OptionalDouble distanceKm, int rpeCap) {
    }

    public record Cycle(LocalDate boom, LocalDate bust, String bustKind, double percentOfLevel) {
    }

    /** A session: its minutes, and how the back answered (GREEN, AMBER, RED, or PENDING and INCOMPLETE). */
    public record SessionPoint(LocalDate date, Activity activity, int minutes, String response, boolean boom) {
    }

    /** A flare from its first day to its last (today while it runs). */
    public record Flare(LocalDate from, LocalDate to) {
    }

    /** A day's sleep, stress and sitting, as entered. */
    public record Day(LocalDate date, OptionalDouble sleepHours, OptionalDouble stress, OptionalDouble sittingHours) {
    }

    /**
     * A morning measure as Progress charts it, by its name: {@code sleep} in hours, {@code hrv} in ms (of the latest
     * reading's kind only, as RMSSD and SDNN are on different scales; its kind is given, and only on it),
     * {@code restingHeartRate} in beats a
     * minute; the person's values by date, and their usual range as of today, absent until there are
     * enough mornings for one (ENGINE.md section 8).
     */
    public record Measure(String name, String unit,
                          @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> hrvKind, List<Reading> values,
                          Optional<Range> usualRange) {
    }

    public record Reading(LocalDate date, double value) {
    }

    public record Range(double low, double high) {
    }

    /** Whether there is anything to chart yet: a new person sees what will appear, and when. */
    public boolean isEmpty() {
        return sessions.isEmpty() && days.isEmpty() && weeks.stream().allMatch(w -> w.loadAu() == 0
                && w.morningPain().isEmpty());
    }

    /** A session with a final response, and the day's sleep, stress and sitting. */
    public record ContextPoint(LocalDate date, String response, OptionalDouble sleepHours, OptionalDouble stress,
                               OptionalDouble sittingHours, OptionalDouble nextMorningChange) {
    }

    public static ProgressData of(History history, Assessment assessment) {
        LocalDate lastMonday = assessment.asOf().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = firstMonday(history, lastMonday);
        List<Week> weeks = weeks(history, firstMonday, lastMonday);

        Map<Activity, List<LevelPoint>> levels = new EnumMap<>(Activity.class);
        for (Session s : history.sessions()) {
            Dose d = assessment.levelAtSession().get(s.id());
            if (d != null && !s.start().toLocalDate().isBefore(firstMonday)) {
                levels.computeIfAbsent(s.activity(), a -> new ArrayList<>()).add(new LevelPoint(s.start().toLocalDate(),
                        d.minutes().isPresent() ? OptionalDouble.of(d.minutes().get().value()) : OptionalDouble.empty(),
                        d.distance().isPresent() ? OptionalDouble.of(d.distance().get().km()) : OptionalDouble.empty(),
                        d.rpeCap()));
            }
        }

        List<Cycle> cycles = assessment.boomBust().history().stream().filter(c -> !c.boom().isBefore(firstMonday))
                .map(c -> new Cycle(c.boom(), c.bust(), c.bustKind(), c.percentOfLevel())).toList();
        java.util.Set<String> booms = new java.util.HashSet<>();
        assessment.boomBust().history().forEach(c -> booms.add(c.sessionId()));
        List<SessionPoint> sessions = assessment.responses().stream().filter(r -> !r.date().isBefore(firstMonday))
                .filter(r -> !r.session().activity().isPosture())
                .map(r -> new SessionPoint(r.date(), r.session().activity(), r.session().minutes().value(),
                        r.response().name(), booms.contains(r.session().id()))).toList();
        List<Flare> flares = assessment.flares().stream()
                .filter(f -> f.ended().map(e -> !e.isBefore(firstMonday)).orElse(true))
                .map(f -> new Flare(f.since().isBefore(firstMonday) ? firstMonday : f.since(),
                        f.ended().orElse(assessment.asOf()))).toList();
        List<Day> days = history.context().stream()
                .filter(c -> !c.date().isBefore(firstMonday) && !c.date().isAfter(assessment.asOf()))
                .sorted(java.util.Comparator.comparing(DailyContext::date))
                .map(c -> new Day(c.date(), number(c.sleepHours(), Hours::value), number(c.stress(), Stress::value),
                        number(c.sittingHours(), Hours::value)))
                .toList();

        Map<LocalDate, DailyContext> byDay = new TreeMap<>();
        history.context().forEach(c -> byDay.put(c.date(), c));
        List<ContextPoint> context = new ArrayList<>();
        for (SessionResponse r : assessment.responses()) {
            if (!r.response().isFinal()) {
                continue;
            }
            Optional<DailyContext> day = Optional.ofNullable(byDay.get(r.date()));
            OptionalDouble change = r.morningChange().isPresent()
                    ? OptionalDouble.of(Math.round(r.morningChange().getAsDouble() * 10) / 10.0) : OptionalDouble.empty();
            context.add(new ContextPoint(r.date(), r.response().name(),
                    number(day.flatMap(DailyContext::sleepHours), Hours::value),
                    number(day.flatMap(DailyContext::stress), Stress::value),
                    number(day.flatMap(DailyContext::sittingHours), Hours::value), change));
        }
        return new ProgressData(firstMonday, assessment.asOf(), weeks, levels, sessions, cycles, flares,
                context.subList(Math.max(0, context.size() - 120), context.size()), days,
                measures(history, firstMonday, assessment.asOf()));
    }

    /** The measures the person has any of, each from {@code from} as on the chart. */
    private static List<Measure> measures(History history, LocalDate from, LocalDate today) {
        return MorningMeasuresCharts.of(history, today).series().stream()
                .map(s -> new Measure(s.measure(), UNITS.get(s.measure()), s.kind().map(Enum::name),
                        s.points().stream().filter(p -> !p.date().isBefore(from))
                                .map(p -> new Reading(p.date(), p.value())).toList(),
                        s.usual().map(u -> new Range(u.low(), u.high()))))
                .toList();
    }

    /** From the week of the first record, within the last {@link #WEEKS} and not fewer than {@link #FEWEST_WEEKS}. */
    private static LocalDate firstMonday(History history, LocalDate lastMonday) {
        java.util.stream.Stream<LocalDate> days = java.util.stream.Stream.of(
                history.sessions().stream().map(s -> s.start().toLocalDate()),
                history.checkIns().stream().map(CheckIn::date).flatMap(Optional::stream),
                history.context().stream().map(DailyContext::date)).flatMap(d -> d);
        LocalDate first = days.min(LocalDate::compareTo).orElse(lastMonday)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate fewest = lastMonday.minusWeeks(FEWEST_WEEKS - 1);
        LocalDate most = lastMonday.minusWeeks(WEEKS - 1);
        return first.isAfter(fewest) ? fewest : first.isBefore(most) ? most : first;
    }

    /** The weeks from {@code firstMonday} to {@code lastMonday}, both Mondays, with their load and morning pain. */
    public static List<Week> weeks(History history, LocalDate firstMonday, LocalDate lastMonday) {
        Map<LocalDate, Double> load = new TreeMap<>();
        Map<LocalDate, DoubleSummaryStatistics> pain = new TreeMap<>();
        for (Session s : history.sessions()) {
            LocalDate monday = s.start().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!monday.isBefore(firstMonday) && !monday.isAfter(lastMonday) && !s.activity().isPosture()) {
                load.merge(monday, SessionLoad.of(s, history.demandsOf(s.activity())).au(), Double::sum);
            }
        }
        for (CheckIn c : history.checkIns()) {
            if (c.window().isMorningPain() && c.date().isPresent()) {
                LocalDate monday = c.date().get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                pain.computeIfAbsent(monday, m -> new DoubleSummaryStatistics()).accept(c.pain().value());
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate m = firstMonday; !m.isAfter(lastMonday); m = m.plusWeeks(1)) {
            DoubleSummaryStatistics p = pain.get(m);
            weeks.add(new Week(m, Math.round(load.getOrDefault(m, 0.0)),
                    p == null ? OptionalDouble.empty() : OptionalDouble.of(Math.round(p.getAverage() * 10) / 10.0)));
        }
        return weeks;
    }

    /** An entered value as the chart's plain number, absent when it was not entered. */
    private static <T> OptionalDouble number(Optional<T> value, java.util.function.ToDoubleFunction<T> number) {
        return value.isPresent() ? OptionalDouble.of(number.applyAsDouble(value.get())) : OptionalDouble.empty();
    }
}
