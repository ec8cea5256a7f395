package org.plimsoll.web.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.page.Pages;
import org.plimsoll.words.Wording;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;

/** The progress page: four charts, each with its data as a table beside it. */
public final class ProgressRoutes {
    /** The page: the data for the tables, and each chart's Chart.js configuration as JSON. */
    public record View(Snapshot snapshot, ProgressData data, String loadChart, String levelChart, String cycleChart,
                       String contextChart) {
    }

    private final Pages pages;
    private final SignIn signIn;
    private final Snapshots snapshots;
    private final ObjectMapper json;

    public ProgressRoutes(Pages pages, SignIn signIn, Snapshots snapshots, ObjectMapper json) {
        this.pages = pages;
        this.signIn = signIn;
        this.snapshots = snapshots;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/progress", this::page);
        routes.get("/api/v1/progress", ctx -> {
            Snapshot s = snapshots.of(signIn.required(ctx));
            ctx.json(ProgressData.of(s.history(), s.assessment()));
        });
    }

    private void page(Context ctx) {
        pages.signedInOrRedirect(ctx).ifPresent(account -> {
            Snapshot s = snapshots.of(account);
            ProgressData d = ProgressData.of(s.history(), s.assessment());
            pages.render(ctx, "progress.jte", "Progress", "progress",
                    new View(s, d, loadChart(d), levelChart(d, s), cycleChart(d), contextChart(d)));
        });
    }

    private static Object value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private String loadChart(ProgressData d) {
        List<String> labels = d.weeks().stream().map(w -> w.monday().toString()).toList();
        return write(chart("bar", labels, List.of(
                dataset("Weekly load (minutes × RPE)", d.weeks().stream().map(w -> (Object) w.loadAu()).toList(), "load", "bar"),
                dataset("Mean morning pain (0–10)", d.weeks().stream().map(w -> value(w.morningPain())).toList(), "pain", "line")),
                Map.of("load", Map.of("position", "left", "beginAtZero", true),
                        "pain", Map.of("position", "right", "min", 0, "max", 10))));
    }

    private String levelChart(ProgressData d, Snapshot s) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (Map.Entry<Activity, List<ProgressData.LevelPoint>> e : d.levels().entrySet()) {
            List<Object> points = e.getValue().stream().map(p -> (Object) Map.of("x", p.date().toString(),
                    "y", p.minutes().isPresent() ? p.minutes().getAsDouble() : 0)).toList();
            sets.add(dataset(Wording.activity(e.getKey()) + " (minutes per session)", points, "y", "line"));
        }
        return write(chart("line", List.of(), sets, Map.of("x", Map.of("type", "category"),
                "y", Map.of("beginAtZero", true))));
    }

    private String cycleChart(ProgressData d) {
        return write(chart("bar", d.cycles().stream().map(c -> c.boom().toString()).toList(), List.of(
                dataset("Boom: % of level", d.cycles().stream().map(c -> (Object) Math.round(c.percentOfLevel() * 100)).toList(),
                        "y", "bar")), Map.of("y", Map.of("beginAtZero", true))));
    }

    private String contextChart(ProgressData d) {
        List<Object> points = d.context().stream().filter(p -> p.sleepHours().isPresent() && p.nextMorningChange().isPresent())
                .map(p -> (Object) Map.of("x", p.sleepHours().getAsDouble(), "y", p.nextMorningChange().getAsDouble()))
                .toList();
        return write(chart("scatter", List.of(), List.of(dataset("Sleep hours against next-morning change in pain",
                points, "y", "scatter")), Map.of("x", Map.of("type", "linear", "title", Map.of("display", true, "text", "hours slept")),
                "y", Map.of("title", Map.of("display", true, "text", "next-morning change")))));
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

    private static Map<String, Object> chart(String type, List<String> labels, List<Map<String, Object>> datasets,
                                             Map<String, Object> scales) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!labels.isEmpty()) {
            data.put("labels", labels);
        }
        data.put("datasets", datasets);
        return Map.of("type", type, "data", data, "options", Map.of("scales", scales, "animation", false,
                "maintainAspectRatio", false));
    }

    private String write(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart of plain values always serialises", e);
        }
    }
}
