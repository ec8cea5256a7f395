package org.plimsoll.web.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.scenario.ExperimentJson;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.experiment.ExperimentRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * Experiments (issue 30, ENGINE.md section 15) through the API: start one for an activity from today,
 * pause it, carry on, stop it, and read each with its sessions per condition, effect, interval and
 * verdict. The page (ExperimentPages) shares the checks and the writes made here.
 */
public final class ExperimentRoutes {
    private static final Set<String> FIELDS = Set.of("activity", "conditions", "weeks");

    private final Wiring web;
    private final ExperimentRepository experiments;

    public ExperimentRoutes(Wiring web) {
        this.web = web;
        this.experiments = new ExperimentRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/experiments", ctx -> ctx.json(list(web.snapshots().of(Guard.account(ctx)))),
                Access.SIGNED_IN);
        routes.post("/api/v1/experiments", this::start, Access.SIGNED_IN);
        routes.post("/api/v1/experiments/{id}/pause", ctx -> change(ctx, PAUSE), Access.SIGNED_IN);
        routes.post("/api/v1/experiments/{id}/resume", ctx -> change(ctx, RESUME), Access.SIGNED_IN);
        routes.post("/api/v1/experiments/{id}/stop", ctx -> change(ctx, STOP), Access.SIGNED_IN);
    }

    private static ObjectNode list(Snapshot s) {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        out.set("experiments", ExperimentJson.array(s.assessment().experiments()));
        return out;
    }

    private void start(Context ctx) {
        Account account = Guard.account(ctx);
        String key = ctx.header(Idempotency.HEADER);
        // A repeat is answered as the first before it is checked: the first made the experiment "under way".
        if (web.idempotency().repeated(ctx, account.id(), key)) {
            return;
        }
        Snapshot s = web.snapshots().of(account);
        List<FieldError> problems = new ArrayList<>();
        Optional<Experiment> e = read(s, JsonBodies.read(ctx, web.json()), problems);
        if (e.isEmpty()) {
            throw Problem.invalid(problems);
        }
        web.idempotency().once(ctx, account.id(), key, () -> {
            add(account, e.get());
            return Idempotency.created(ExperimentJson.tree(answer(afterWrite(account), e.get().id())).toString());
        });
    }

    /** Stores a new experiment of the person. */
    void add(Account account, Experiment e) {
        experiments.add(account.id(), e, web.clock().instant());
    }

    /**
     * An experiment to start from today, as the body describes it (activity, conditions, weeks), or the
     * problems with it, each by its field's path; one already under way for the activity is refused.
     */
    static Optional<Experiment> read(Snapshot s, JsonNode body, List<FieldError> problems) {
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(new FieldError("/" + f, "is not part of an experiment: give activity, conditions, weeks"));
            }
        });
        JsonNode a = body.path("activity");
        Optional<Activity> activity = a.isTextual() ? Activity.fromCode(a.textValue()) : Optional.empty();
        if (activity.isEmpty()) {
            problems.add(new FieldError("/activity", "name an activity: " + Activity.knownCodes()));
        } else if (s.assessment().experiments().stream().anyMatch(x -> x.experiment().activity() == activity.get()
                && (x.status() == ExperimentStatus.RUNNING || x.status() == ExperimentStatus.PAUSED))) {
            problems.add(new FieldError("/activity", "already has an experiment under way: stop it first"));
        }
        List<String> conditions = conditions(body.path("conditions"), problems);
        JsonNode w = body.path("weeks");
        int weeks = Experiment.DEFAULT_WEEKS;
        if (!w.isMissingNode()) {
            if (w.isIntegralNumber() && w.asInt() >= Experiment.FEWEST_WEEKS && w.asInt() <= Experiment.MOST_WEEKS) {
                weeks = w.asInt();
            } else {
                problems.add(new FieldError("/weeks", "must be a whole number of weeks from " + Experiment.FEWEST_WEEKS
                        + " to " + Experiment.MOST_WEEKS));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = s.today();
        String id = freeId(s, activity.get().code() + "-" + today);
        return Optional.of(new Experiment(id, activity.get(), conditions, today, weeks, Optional.empty(),
                Optional.empty()));
    }

    /** Two conditions in the person's words, each 1–60 characters, the two different. */
    private static List<String> conditions(JsonNode c, List<FieldError> problems) {
        if (!c.isArray() || c.size() != 2) {
            problems.add(new FieldError("/conditions", "give two conditions to compare, like [\"usual\", \"cadence +5%\"]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = c.get(i).isTextual() ? c.get(i).textValue().strip() : "";
            if (text.isEmpty() || text.length() > Experiment.MOST_CONDITION_LENGTH || JsonFields.hasControlCharacter(text)) {
                problems.add(new FieldError("/conditions/" + i, "name the condition in 1 to "
                        + Experiment.MOST_CONDITION_LENGTH + " characters"));
            } else {
                out.add(text);
            }
        }
        if (out.size() == 2 && out.get(0).equalsIgnoreCase(out.get(1))) {
            problems.add(new FieldError("/conditions/1", "must differ from the first condition"));
        }
        return out;
    }

    static String freeId(Snapshot s, String wanted) {
        String id = wanted;
        for (int n = 2; taken(s, id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static boolean taken(Snapshot s, String id) {
        return s.history().experiments().stream().anyMatch(e -> e.id().equals(id));
    }

    private void change(Context ctx, BiFunction<Experiment, LocalDate, Experiment> how) {
        Account account = Guard.account(ctx);
        String id = ctx.pathParam("id");
        change(account, id, how);
        ctx.json(ExperimentJson.tree(answer(afterWrite(account), id)));
    }

    /** Pauses, carries on or stops the person's experiment {@code id} as of today; 404 when it is not theirs. */
    void change(Account account, String id, BiFunction<Experiment, LocalDate, Experiment> how) {
        Snapshot s = web.snapshots().of(account);
        Experiment e = s.history().experiments().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("The experiment"));
        Experiment changed = how.apply(e, s.today());
        if (!changed.equals(e)) {
            experiments.update(account.id(), changed);
        }
    }

    static final BiFunction<Experiment, LocalDate, Experiment> PAUSE = (e, day) -> e.pausedOn().isPresent() ? e
            : e.pausedOn(day);
    static final BiFunction<Experiment, LocalDate, Experiment> RESUME = (e, day) -> e.resumed();
    static final BiFunction<Experiment, LocalDate, Experiment> STOP = (e, day) -> e.stoppedOn().isPresent() ? e
            : e.stoppedOn(day);

    /** The answer with the write just made: the account read again, so its new revision is the one served. */
    private Snapshot afterWrite(Account account) {
        return web.snapshots().of(web.accounts().findById(account.id()).orElse(account));
    }

    static ExperimentAnswer answer(Snapshot s, String id) {
        return s.assessment().experiments().stream().filter(a -> a.experiment().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an experiment started today is answered today"));
    }
}
