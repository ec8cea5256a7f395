package org.plimsoll.web.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.today.Readiness;
import org.plimsoll.engine.today.UsualRange;
import org.plimsoll.words.MeasuresWords;

/**
 * Sleep, heart-rate variability and resting heart rate over time, each with the person's usual
 * range as of today (ENGINE.md section 8): one chart each on Progress, on the shared date axis, and
 * the last four weeks against the usual range for the clinician's page and the report.
 */
public record MorningMeasuresCharts(List<Series> series) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECENT_DAYS = 28;

    /**
     * One measure: its API key ("sleep", "hrv", "restingHeartRate"), its days, its usual range, and for
     * heart-rate variability the kind of the readings drawn.
     */
    public record Series(String measure, List<Point> points, Optional<UsualRange> usual, int readingsIn60Days,
                         OptionalDouble lastFourWeeks, Optional<HrvKind> kind) {
        public String name() {
            return MeasuresWords.name(measure);
        }

        public String unit() {
            return MeasuresWords.unit(measure);
        }

        /** The sentence under the chart: the usual range, or why there is none yet. */
        public String usualSaid() {
            return usual.map(u -> MeasuresWords.usualRange(measure, u.low(), u.high()))
                    .orElse(MeasuresWords.noUsualRangeYet(readingsIn60Days, Readiness.BASELINE_DAYS));
        }

        public Optional<String> kindSaid() {
            return usual.flatMap(UsualRange::kind).map(k -> MeasuresWords.hrvKindShown(k.name()));
        }

        public String lastFourWeeksSaid() {
            return lastFourWeeks.isPresent() ? MeasuresWords.number(lastFourWeeks.getAsDouble()) + " " + unit() : "–";
        }

        public String usualRangeSaid() {
            return usual.map(u -> MeasuresWords.number(u.low()) + "–" + MeasuresWords.number(u.high()) + " " + unit())
                    .orElse("–");
        }
    }

    public record Point(LocalDate date, double value) {
    }

    /** The measures the person has any of, as of {@code today}. */
    public static MorningMeasuresCharts of(History history, LocalDate today) {
        List<DailyContext> days = history.context().stream().filter(c -> !c.date().isAfter(today))
                .sorted(java.util.Comparator.comparing(DailyContext::date)).toList();
        Optional<UsualRange> hrvRange = UsualRange.ofHrv(days, today);
        // Only the kind of the latest reading is drawn: RMSSD and SDNN are on different scales.
        var kind = days.stream().filter(c -> c.hrvKind().isPresent()).reduce((a, b) -> b).flatMap(DailyContext::hrvKind);
        List<Series> all = new ArrayList<>();
        add(all, "sleep", days, today, c -> c.sleepHours().map(h -> h.value()), UsualRange.ofSleep(days, today),
                Optional.empty());
        add(all, "hrv", days, today, c -> c.hrvKind().equals(kind) ? c.hrv().map(h -> h.ms()) : Optional.empty(),
                hrvRange, kind);
        add(all, "restingHeartRate", days, today, c -> c.restingHeartRate().map(h -> (double) h.bpm()),
                UsualRange.ofRestingHeartRate(days, today), Optional.empty());
        return new MorningMeasuresCharts(all);
    }

    private static void add(List<Series> all, String measure, List<DailyContext> days, LocalDate today,
                            Function<DailyContext, Optional<Double>> value, Optional<UsualRange> usual,
                            Optional<HrvKind> kind) {
        List<Point> points = days.stream().flatMap(c -> value.apply(c).map(v -> new Point(c.date(), v)).stream())
                .toList();
        if (points.isEmpty()) {
            return;
        }
        int in60 = (int) points.stream().filter(p -> p.date().isAfter(today.minusDays(Readiness.WINDOW_DAYS))).count();
        OptionalDouble recent = points.stream().filter(p -> p.date().isAfter(today.minusDays(RECENT_DAYS)))
                .mapToDouble(Point::value).average();
        all.add(new Series(measure, points, usual, in60,
                recent.isPresent() ? OptionalDouble.of(Math.round(recent.getAsDouble() * 10) / 10.0) : recent, kind));
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** One measure's Chart.js configuration on Progress's shared date axis, the usual range a shaded band. */
    public static String chart(Series s, ProgressData d) {
        List<Map<String, Object>> sets = new ArrayList<>();
        List<Object> points = s.points().stream().filter(p -> !p.date().isBefore(d.from()))
                .map(p -> (Object) Map.of("x", p.date().toEpochDay(), "y", p.value())).toList();
        s.usual().ifPresent(u -> sets.add(band(s, u, d)));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", s.name() + " (" + s.unit() + ")");
        line.put("data", points);
        line.put("type", "line");
        line.put("borderColor", "#0b5d7a");
        line.put("backgroundColor", "#0b5d7a");
        line.put("pointRadius", 2);
        line.put("borderWidth", 1.5);
        sets.add(line);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scales", Map.of("x", ProgressRoutes.dateAxis(d), "y", Map.of("title",
                Map.of("display", true, "text", s.unit()))));
        options.put("animation", false);
        options.put("maintainAspectRatio", false);
        options.put("plugins", Map.of("plimsollBands", Map.of("bands", ProgressRoutes.bands(d))));
        try {
            return JSON.writeValueAsString(Map.of("type", "scatter", "data", Map.of("datasets", sets), "options", options));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart of plain values always serialises", e);
        }
    }

    /** The usual range across the whole axis: its upper edge, filled down to its lower one. */
    private static Map<String, Object> band(Series s, UsualRange u, ProgressData d) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", "Your usual range");
        set.put("data", List.of(Map.of("x", d.from().toEpochDay(), "y", u.high()),
                Map.of("x", d.to().toEpochDay() + 1, "y", u.high())));
        set.put("type", "line");
        set.put("pointRadius", 0);
        set.put("borderWidth", 0);
        set.put("borderColor", "rgba(11, 93, 122, 0.15)");
        set.put("backgroundColor", "rgba(11, 93, 122, 0.15)");
        set.put("fill", Map.of("value", u.low()));
        return set;
    }
}
