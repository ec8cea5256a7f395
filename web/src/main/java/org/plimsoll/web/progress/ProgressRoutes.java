package org.plimsoll.web.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.response.Response;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.words.Wording;

/** The progress page: four charts, each with its data as a table beside it. */
public final class ProgressRoutes {
    /** The page: the data for the tables, and each chart's Chart.js configuration as JSON. */
    public record View(Snapshot snapshot, ProgressData data, String loadChart, String levelChart,
                       String contextChart) {
    }
    private final Wiring web;

    public ProgressRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/progress", this::page, Access.SIGNED_IN);
        routes.get("/api/v1/progress", ctx -> {
            Snapshot s = web.snapshots().of(Guard.account(ctx));
            ctx.json(ProgressData.of(s.history(), s.assessment()));
        }, Access.SIGNED_IN);
    }

    private void page(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            ProgressData d = ProgressData.of(s.history(), s.assessment());
            web.pages().render(ctx, "progress.jte", "Progress", "progress",
                    new View(s, d, loadChart(d), levelChart(d, s), contextChart(d)));
        });
    }

    private static Object value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    /** Response colours, the same as the session page's; colour is never the only cue (the tables say it). */
    static final Map<String, String> COLOURS = Map.of("GREEN", "#1b6e20", "AMBER", "#b36b00", "RED", "#b00020",
            "PENDING", "#777777", "INCOMPLETE", "#777777");

    /** Each activity's level line in a colour of its own, none of them a response colour. */
    static final List<String> LEVEL_COLOURS = List.of("#0b5d7a", "#6a4c93", "#3d405b", "#8c6d1f", "#1f7a8c");

    /** The one date axis of every chart: days since 1970, labelled as dates by charts.js. */
    static Map<String, Object> dateAxis(ProgressData d) {
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", "linear");
        axis.put("min", d.from().toEpochDay());
        axis.put("max", d.to().toEpochDay() + 1);
        axis.put("plimsollDates", true);
        axis.put("ticks", Map.of("stepSize", 7));
        return axis;
    }

    private static Map<String, Object> point(java.time.LocalDate day, Object y) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("x", day.toEpochDay());
        p.put("y", y);
        return p;
    }

    /** Flares shaded on every chart, from their first day to their last. */
    static List<Map<String, Object>> bands(ProgressData d) {
        return d.flares().stream().map(f -> Map.<String, Object>of("from", f.from().toEpochDay(),
                "to", f.to().toEpochDay() + 1, "label", "flare")).toList();
    }

    private String loadChart(ProgressData d) {
        List<Object> load = d.weeks().stream().map(w -> (Object) point(w.monday().plusDays(3), w.loadAu())).toList();
        List<Object> pain = d.weeks().stream().filter(w -> w.morningPain().isPresent())
                .map(w -> (Object) point(w.monday().plusDays(3), w.morningPain().getAsDouble())).toList();
        Map<String, Object> bars = dataset("Weekly load (minutes × effort)", load, "load", "bar");
        bars.put("backgroundColor", "#9ab8d8");
        Map<String, Object> line = dataset("Mean morning pain (0–10)", pain, "pain", "line");
        line.put("borderColor", "#b03030");
        line.put("backgroundColor", "#b03030");
        return write(chart(List.of(bars, line), Map.of("x", dateAxis(d), "load", Map.of("position", "left",
                "beginAtZero", true, "title", Map.of("display", true, "text", "load")), "pain", Map.of("position", "right",
                "min", 0, "max", 10, "title", Map.of("display", true, "text", "pain"))), d));
    }

    private String levelChart(ProgressData d, Snapshot s) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (Map.Entry<Activity, List<ProgressData.LevelPoint>> e : d.levels().entrySet()) {
            List<Object> points = e.getValue().stream().filter(p -> p.minutes().isPresent())
                    .map(p -> (Object) point(p.date(), p.minutes().getAsDouble())).toList();
            Map<String, Object> set = dataset(Wording.activity(e.getKey()) + ": your level (minutes)", points, "y", "line");
            set.put("stepped", true);
            set.put("pointRadius", 0);
            set.put("borderWidth", 2);
            set.put("borderColor", LEVEL_COLOURS.get(sets.size() % LEVEL_COLOURS.size()));
            sets.add(set);
        }
        for (String response : List.of("GREEN", "AMBER", "RED", "PENDING")) {
            List<Object> points = d.sessions().stream().filter(p -> p.response().equals(response)
                    || response.equals("PENDING") && p.response().equals("INCOMPLETE"))
                    .map(p -> (Object) point(p.date(), p.minutes())).toList();
            if (points.isEmpty()) {
                continue;
            }
            Map<String, Object> set = dataset(responseLabel(response), points, "y", "scatter");
            set.put("backgroundColor", COLOURS.get(response));
            set.put("borderColor", COLOURS.get(response));
            sets.add(set);
        }
        List<Object> booms = d.sessions().stream().filter(ProgressData.SessionPoint::boom)
                .map(p -> (Object) point(p.date(), p.minutes())).toList();
        if (!booms.isEmpty()) {
            Map<String, Object> set = dataset("Booms: far above your level", booms, "y", "scatter");
            set.put("pointStyle", "triangle");
            set.put("pointRadius", 8);
            set.put("backgroundColor", "rgba(0,0,0,0)");
            set.put("borderColor", "#111111");
            sets.add(set);
            Map<String, Object> busts = dataset("Busts: the red session or days off after a boom", d.cycles().stream()
                    .map(c -> (Object) point(c.bust(), 0)).toList(), "y", "scatter");
            busts.put("pointStyle", "crossRot");
            busts.put("pointRadius", 8);
            busts.put("borderColor", "#b00020");
            sets.add(busts);
        }
        return write(chart(sets, Map.of("x", dateAxis(d), "y", Map.of("beginAtZero", true,
                "title", Map.of("display", true, "text", "minutes"))), d));
    }

    /** A response's sessions, named as every page names the response ("Green: within your threshold"). */
    static String responseLabel(String response) {
        return "Sessions: " + Wording.response(Response.valueOf(response)).replaceFirst(": ", ", ")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The week's mean of a daily value, at the middle of each week that has one: the day-to-day noise hides the story. */
    private static List<Object> weekly(ProgressData d, java.util.function.Function<ProgressData.Day, OptionalDouble> value) {
        Map<java.time.LocalDate, java.util.DoubleSummaryStatistics> weeks = new java.util.TreeMap<>();
        for (ProgressData.Day day : d.days()) {
            OptionalDouble v = value.apply(day);
            if (v.isPresent()) {
                weeks.computeIfAbsent(day.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY)), m -> new java.util.DoubleSummaryStatistics()).accept(v.getAsDouble());
            }
        }
        return weeks.entrySet().stream().map(e -> (Object) point(e.getKey().plusDays(3),
                Math.round(e.getValue().getAverage() * 10) / 10.0)).toList();
    }

    private String contextChart(ProgressData d) {
        Map<String, Object> sleep = dataset("Hours slept (week's mean)", weekly(d, ProgressData.Day::sleepHours),
                "hours", "line");
        sleep.put("borderColor", "#0b5d7a");
        Map<String, Object> sitting = dataset("Hours sitting (week's mean)", weekly(d, ProgressData.Day::sittingHours),
                "hours", "line");
        sitting.put("borderColor", "#7a5a0b");
        sitting.put("borderDash", List.of(6, 4));
        Map<String, Object> stress = dataset("Stress, 0–10 (week's mean)", weekly(d, ProgressData.Day::stress),
                "stress", "line");
        stress.put("borderColor", "#8a2b8a");
        stress.put("borderDash", List.of(2, 3));
        return write(chart(List.of(sleep, sitting, stress), Map.of("x", dateAxis(d), "hours", Map.of("position", "left",
                "min", 0, "max", 16, "title", Map.of("display", true, "text", "hours")), "stress", Map.of("position", "right",
                "min", 0, "max", 10, "title", Map.of("display", true, "text", "stress"))), d));
    }

    private static Map<String, Object> dataset(String label, List<Object> data, String axis, String type) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", label);
        set.put("data", data);
        set.put("type", type);
        if (!axis.equals("y")) {
            set.put("yAxisID", axis);
        }
        return set;
    }

    private static Map<String, Object> chart(List<Map<String, Object>> datasets, Map<String, Object> scales,
                                             ProgressData d) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scales", scales);
        options.put("animation", false);
        options.put("maintainAspectRatio", false);
        options.put("plugins", Map.of("plimsollBands", Map.of("bands", bands(d))));
        return Map.of("type", "scatter", "data", Map.of("datasets", datasets), "options", options);
    }

    private String write(Object chart) {
        try {
            return web.json().writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart of plain values always serialises", e);
        }
    }
}
