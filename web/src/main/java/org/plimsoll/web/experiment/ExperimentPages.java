package org.plimsoll.web.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.BiFunction;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.words.ExperimentQuestions;
import org.plimsoll.words.Reasons;

/**
 * The person's experiments page (issue 30): start one from the short list of questions or in their
 * own words, follow each (sessions and next mornings per condition, as a chart and in words, the
 * answer once there is enough), pause, carry on or stop it. The checks and writes are the API's.
 */
public final class ExperimentPages {
    /** What the start form was given, so a refused form comes back as it was typed. */
    public record Form(Map<String, String> values, List<FieldError> problems, String idempotencyKey) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public Optional<String> problemFor(String field) {
            return FieldError.messageFor(problems, field);
        }
    }

    /** One condition of one experiment: sessions with a next morning, their average change, the words. */
    public record Condition(String name, int sessions, OptionalDouble meanChange, String words) {
    }

    /** One experiment as the page shows it, newest first. */
    public record Card(ExperimentAnswer answer, List<Condition> conditions, List<String> reasons, String chart) {
        public boolean underWay() {
            return answer.status() == org.plimsoll.engine.experiment.ExperimentStatus.RUNNING
                    || answer.status() == org.plimsoll.engine.experiment.ExperimentStatus.PAUSED;
        }
    }

    public record View(Snapshot snapshot, List<Card> cards, Form form, Optional<String> saved) {
    }

    private final Wiring web;
    private final ExperimentRoutes api;

    public ExperimentPages(Wiring web, ExperimentRoutes api) {
        this.web = web;
        this.api = api;
    }

    public void register(RoutesConfig routes) {
        routes.get("/experiments", ctx -> Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            render(ctx, s, new Form(defaults(s), List.of(), UUID.randomUUID().toString()));
        }), Access.SIGNED_IN);
        routes.post("/experiments", this::start, Access.SIGNED_IN);
        routes.post("/experiments/{id}/pause", ctx -> change(ctx, ExperimentRoutes.PAUSE, "paused"), Access.SIGNED_IN);
        routes.post("/experiments/{id}/resume", ctx -> change(ctx, ExperimentRoutes.RESUME, "resumed"), Access.SIGNED_IN);
        routes.post("/experiments/{id}/stop", ctx -> change(ctx, ExperimentRoutes.STOP, "stopped"), Access.SIGNED_IN);
    }

    private void render(Context ctx, Snapshot s, Form form) {
        List<Card> cards = s.assessment().experiments().stream()
                .sorted(Comparator.comparing((ExperimentAnswer a) -> a.experiment().start()).reversed())
                .map(a -> card(s, a)).toList();
        web.pages().render(ctx, "experiments.jte", "Experiments", "experiments",
                new View(s, cards, form, Optional.ofNullable(ctx.queryParam("saved"))));
    }

    /** The form's first values: the last activity logged that a question suits (else running), its first question. */
    private static Map<String, String> defaults(Snapshot s) {
        Map<String, String> v = new HashMap<>();
        Activity usual = s.history().sessions().stream().map(x -> x.activity())
                .filter(a -> !ExperimentQuestions.offeredFor(a).isEmpty())
                .reduce((a, b) -> b).orElse(Activity.RUN);
        v.put("activity", usual.code());
        v.put("question", ExperimentQuestions.offeredFor(usual).get(0).code());
        v.put("weeks", String.valueOf(Experiment.DEFAULT_WEEKS));
        return v;
    }

    private void start(Context ctx) {
        Account account = Guard.account(ctx);
        String key = Optional.ofNullable(Idempotency.formKey(ctx)).orElse(UUID.randomUUID().toString());
        if (web.idempotency().repeated(ctx, account.id(), key)) {
            return;
        }
        Snapshot s = web.snapshots().of(account);
        Map<String, String> typed = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("_csrf")) {
                typed.put(k, v.get(0));
            }
        });
        List<FieldError> problems = new ArrayList<>();
        Optional<Experiment> e = StartForm.read(s, typed, problems);
        if (e.isEmpty()) {
            ctx.status(400);
            render(ctx, s, new Form(typed, problems, key));
            return;
        }
        web.idempotency().once(ctx, account.id(), key, () -> {
            api.add(account, e.get());
            return Idempotency.seeOther("/experiments?saved=started");
        });
    }

    private void change(Context ctx, BiFunction<Experiment, java.time.LocalDate, Experiment> how, String done) {
        Account account = Guard.account(ctx);
        api.change(account, ctx.pathParam("id"), how);
        ctx.redirect("/experiments?saved=" + done, HttpStatus.SEE_OTHER);
    }

    private Card card(Snapshot s, ExperimentAnswer a) {
        Experiment e = a.experiment();
        List<Condition> conditions = new ArrayList<>();
        for (String c : e.conditions()) {
            OptionalDouble mean = s.assessment().responses().stream()
                    .filter(r -> r.session().activity() == e.activity() && r.session().condition().equals(Optional.of(c)))
                    .filter(r -> !r.date().isBefore(e.start()) && r.date().isBefore(a.ends()))
                    .map(r -> r.morningChange()).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            int n = a.sessions().getOrDefault(c, 0);
            conditions.add(new Condition(c, n, mean, ExperimentQuestions.change(c, mean, n)));
        }
        return new Card(a, conditions, Reasons.of(a.reasons(), s.profile().units()), chart(conditions));
    }

    /** A bar per condition: its average next-morning change (below 0: better than the usual morning). */
    private String chart(List<Condition> conditions) {
        ObjectNode config = web.json().createObjectNode();
        config.put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ObjectNode set = data.putArray("datasets").addObject();
        set.put("label", ExperimentQuestions.CHART_LABEL);
        ArrayNode values = set.putArray("data");
        // A bar at 0 (the same as the usual morning) still shows that there is one.
        set.put("minBarLength", 3);
        ArrayNode colours = set.putArray("backgroundColor");
        String[] palette = {"#4a78a8", "#c27c0e"};
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            labels.add(c.name());
            if (c.meanChange().isPresent()) {
                values.add(Math.round(c.meanChange().getAsDouble() * 10) / 10.0);
            } else {
                values.addNull();
            }
            colours.add(palette[i % palette.length]);
        }
        ObjectNode options = config.putObject("options");
        options.put("maintainAspectRatio", false);
        options.putObject("plugins").putObject("legend").put("display", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("suggestedMin", -2).put("suggestedMax", 2);
        y.putObject("title").put("display", true).put("text", ExperimentQuestions.CHART_AXIS);
        return config.toString();
    }
}
