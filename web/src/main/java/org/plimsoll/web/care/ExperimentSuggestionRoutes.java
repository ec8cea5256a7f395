package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.experiment.ExperimentSuggestionRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.experiment.SuggestionJson;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.ExperimentResults;

/**
 * A clinician suggests an experiment to a person (issue 30, ENGINE.md section 15): an activity, one of
 * the common questions or two conditions in words, 4 to 8 weeks. It waits for the person, who accepts
 * it (it starts that day) or says not now; a suggestion starts nothing on its own.
 */
final class ExperimentSuggestionRoutes {
    /** The form's choice of two conditions of the clinician's own instead of a listed question. */
    static final String OWN = "own";
    private static final Set<String> FIELDS = Set.of("activity", "conditions", "weeks");

    private final Wiring web;
    private final PatientRoutes care;
    private final ExperimentSuggestionRepository suggestions;

    ExperimentSuggestionRoutes(Wiring web, PatientRoutes care) {
        this.web = web;
        this.care = care;
        this.suggestions = new ExperimentSuggestionRepository(web.database());
    }

    void register(RoutesConfig routes) {
        routes.post("/care/patients/{id}/experiment-suggestions", this::form, Access.CLINICIAN);
        routes.post("/api/v1/care/patients/{id}/experiment-suggestions", this::api, Access.CLINICIAN);
    }

    /** What was asked: the activity, its two conditions and the weeks. */
    record Asked(Activity activity, List<String> conditions, int weeks) {
    }

    private void form(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = care.patient(ctx, clinician);
            String key = Idempotency.formKey(ctx);
            if (web.idempotency().repeated(ctx, clinician.id(), key)) {
                return;
            }
            Function<String, String> sent = name -> Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
            List<FieldError> problems = new ArrayList<>();
            Optional<Activity> activity = activity(sent.apply("activity"), "activity", problems);
            List<String> conditions = new ArrayList<>();
            String question = sent.apply("question");
            if (question.equals(OWN)) {
                conditions.addAll(conditions(List.of(sent.apply("first"), sent.apply("second")), "", problems));
            } else {
                Optional<ExperimentResults.Question> q = ExperimentResults.question(question);
                if (q.isEmpty()) {
                    problems.add(new FieldError("question", "choose a question, or two conditions of your own"));
                } else if (activity.isPresent() && !q.get().fits(activity.get())) {
                    problems.add(new FieldError("question", "does not fit " + activity.get().code()
                            + ": choose another, or two conditions of your own"));
                } else {
                    conditions.addAll(List.of(q.get().first(), q.get().second()));
                }
            }
            int weeks = weeks(sent.apply("weeks"), "weeks", problems);
            activity.ifPresent(a -> underWay(s, a, "activity", problems));
            if (!problems.isEmpty()) {
                Map<String, String> entered = new LinkedHashMap<>();
                for (String field : List.of("activity", "question", "first", "second", "weeks")) {
                    entered.put("suggest." + field, sent.apply(field));
                }
                ctx.status(400);
                care.render(ctx, s, problems.stream().map(e -> new FieldError("suggest." + e.field(), e.message()))
                        .toList(), entered);
                return;
            }
            web.idempotency().once(ctx, clinician.id(), key, () -> {
                suggestions.suggest(s.account().id(), clinician.id(), activity.get(), conditions, weeks,
                        web.clock().instant());
                return Idempotency.seeOther("/care/patients/" + s.account().id() + "#experiments");
            });
        });
    }

    private void api(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = care.patient(ctx, clinician);
        if (web.idempotency().repeated(ctx, clinician.id(), ctx.header(Idempotency.HEADER))) {
            return;
        }
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(new FieldError("/" + f, "is not part of a suggestion: give activity, conditions, weeks"));
            }
        });
        JsonNode a = body.path("activity");
        Optional<Activity> activity = activity(a.isTextual() ? a.textValue() : "", "/activity", problems);
        JsonNode c = body.path("conditions");
        List<String> conditions = List.of();
        if (!c.isArray() || c.size() != 2) {
            problems.add(new FieldError("/conditions", "give two conditions to compare, like [\"usual\", \"cadence +5%\"]"));
        } else {
            conditions = conditions(List.of(c.get(0).isTextual() ? c.get(0).textValue().strip() : "",
                    c.get(1).isTextual() ? c.get(1).textValue().strip() : ""), "/conditions/", problems);
        }
        JsonNode w = body.path("weeks");
        int weeks = Experiment.DEFAULT_WEEKS;
        if (!w.isMissingNode()) {
            weeks = w.isIntegralNumber() ? weeks(w.asText(), "/weeks", problems) : weeks("not a number", "/weeks", problems);
        }
        activity.ifPresent(x -> underWay(s, x, "/activity", problems));
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Activity chosen = activity.get();
        List<String> both = conditions;
        int length = weeks;
        web.idempotency().once(ctx, clinician.id(), ctx.header(Idempotency.HEADER), () -> {
            long id = suggestions.suggest(s.account().id(), clinician.id(), chosen, both, length, web.clock().instant());
            return new Answer(201, SuggestionJson.of(suggestions.find(s.account().id(), id).orElseThrow(),
                    org.plimsoll.words.Audience.CLINICIAN, s.zone()).toString());
        });
    }

    private static Optional<Activity> activity(String code, String at, List<FieldError> problems) {
        Optional<Activity> a = Activity.fromCode(code).filter(Activity.TRAINED::contains);
        if (a.isEmpty()) {
            problems.add(new FieldError(at, "name an activity they train: " + Activity.TRAINED.stream().map(Activity::code)
                    .toList()));
        }
        return a;
    }

    /** Two conditions in words, each 1–60 characters, the two different. */
    private static List<String> conditions(List<String> given, String at, List<FieldError> problems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = given.get(i);
            if (text.isEmpty() || text.length() > Experiment.MOST_CONDITION_LENGTH || JsonFields.hasControlCharacter(text)) {
                problems.add(new FieldError(at.isEmpty() ? (i == 0 ? "first" : "second") : at + i,
                        "name the condition in 1 to " + Experiment.MOST_CONDITION_LENGTH + " characters"));
            } else {
                out.add(text);
            }
        }
        if (out.size() == 2 && out.get(0).equalsIgnoreCase(out.get(1))) {
            problems.add(new FieldError(at.isEmpty() ? "second" : at + 1, "must differ from the first condition"));
        }
        return out;
    }

    private static int weeks(String sent, String at, List<FieldError> problems) {
        try {
            int w = Integer.parseInt(sent);
            if (w >= Experiment.FEWEST_WEEKS && w <= Experiment.MOST_WEEKS) {
                return w;
            }
        } catch (NumberFormatException e) {
            // refused below, with the field named
        }
        problems.add(new FieldError(at, "must be a whole number of weeks from " + Experiment.FEWEST_WEEKS + " to "
                + Experiment.MOST_WEEKS));
        return Experiment.DEFAULT_WEEKS;
    }

    /** One experiment per activity at a time: a suggestion for an activity already under test could not start. */
    private static void underWay(Snapshot s, Activity a, String at, List<FieldError> problems) {
        if (s.assessment().experiments().stream().anyMatch(x -> x.experiment().activity() == a && x.names()
                || x.experiment().activity() == a && x.status() == org.plimsoll.engine.experiment.ExperimentStatus.PAUSED)) {
            problems.add(new FieldError(at, "already has an experiment under way"));
        }
    }
}
