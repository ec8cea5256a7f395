package org.plimsoll.web.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.formats.scenario.ExperimentJson;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.experiment.ExperimentSuggestionRepository;
import org.plimsoll.store.experiment.ExperimentSuggestionRepository.Suggestion;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.Audience;

/**
 * The person's answer to an experiment their physiotherapist suggested (issue 30): accepting starts it
 * from today, as if they had started it themselves; "not now" leaves it, and the physiotherapist sees so.
 * Each on Today (a form) and on the API, each kept once under its idempotency key.
 */
public final class SuggestionAnswerRoutes {
    private final Wiring web;
    private final ExperimentSuggestionRepository suggestions;

    public SuggestionAnswerRoutes(Wiring web) {
        this.web = web;
        this.suggestions = new ExperimentSuggestionRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/experiments/suggestions", this::list, Access.SIGNED_IN);
        routes.post("/api/v1/experiments/suggestions/{id}/accept", ctx -> accept(ctx, false), Access.SIGNED_IN);
        routes.post("/api/v1/experiments/suggestions/{id}/decline", ctx -> decline(ctx, false), Access.SIGNED_IN);
        routes.post("/experiments/suggestions/{id}/accept", ctx -> Guard.with(ctx, a -> accept(ctx, true)),
                Access.SIGNED_IN);
        routes.post("/experiments/suggestions/{id}/decline", ctx -> Guard.with(ctx, a -> decline(ctx, true)),
                Access.SIGNED_IN);
    }

    private void list(Context ctx) {
        Snapshot s = web.snapshots().of(Guard.account(ctx));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        var array = out.putArray("suggestions");
        suggestions.listOpen(s.account().id()).forEach(x -> array.add(SuggestionJson.of(x, Audience.PERSON, s.zone())));
        ctx.json(out);
    }

    private static String key(Context ctx, boolean form) {
        return form ? Idempotency.formKey(ctx) : ctx.header(Idempotency.HEADER);
    }

    private void accept(Context ctx, boolean form) {
        Account account = Guard.account(ctx);
        if (web.idempotency().repeated(ctx, account.id(), key(ctx, form))) {
            return;
        }
        Snapshot s = web.snapshots().of(account);
        Suggestion x = open(ctx, s);
        if (s.assessment().experiments().stream().anyMatch(e -> e.experiment().activity() == x.activity()
                && (e.status() == ExperimentStatus.RUNNING || e.status() == ExperimentStatus.PAUSED))) {
            throw Problem.conflict("An experiment of this activity is under way: stop it first, then accept this one.");
        }
        Experiment started = new Experiment(ExperimentRoutes.freeId(s, x.activity().code() + "-" + s.today()),
                x.activity(), x.conditions(), s.today(), x.weeks(), Optional.empty(), Optional.empty());
        web.idempotency().once(ctx, account.id(), key(ctx, form), () -> {
            if (!suggestions.accept(account.id(), x.id(), started, web.clock().instant())) {
                throw Problem.conflict("This suggestion was answered already.");
            }
            return form ? Idempotency.seeOther("/today?saved=experiment")
                    : new Answer(201, ExperimentJson.tree(ExperimentRoutes.answer(afterWrite(account), started.id()))
                            .toString());
        });
    }

    private void decline(Context ctx, boolean form) {
        Account account = Guard.account(ctx);
        if (web.idempotency().repeated(ctx, account.id(), key(ctx, form))) {
            return;
        }
        Snapshot s = web.snapshots().of(account);
        Suggestion x = open(ctx, s);
        web.idempotency().once(ctx, account.id(), key(ctx, form), () -> {
            if (!suggestions.decline(account.id(), x.id(), web.clock().instant())) {
                throw Problem.conflict("This suggestion was answered already.");
            }
            return form ? Idempotency.seeOther("/today")
                    : new Answer(200, SuggestionJson.of(suggestions.find(account.id(), x.id()).orElseThrow(),
                            Audience.PERSON, s.zone()).toString());
        });
    }

    /** The person's own suggestion, still waiting for an answer: 404 for another's or none, 409 once answered. */
    private Suggestion open(Context ctx, Snapshot s) {
        long id = PathId.of(ctx, "suggestion");
        Suggestion x = suggestions.find(s.account().id(), id).orElseThrow(() -> Problem.notFound("suggestion " + id));
        if (x.answer() != ExperimentSuggestionRepository.Answer.OPEN) {
            throw Problem.conflict("This suggestion was answered already.");
        }
        return x;
    }

    private Snapshot afterWrite(Account account) {
        return web.snapshots().of(web.accounts().findById(account.id()).orElse(account));
    }
}
