package org.plimsoll.web.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plimsoll.engine.reminder.DueCheckIns;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.live.LiveGuide;
import org.plimsoll.engine.safety.SafetyEnvelope;
import org.plimsoll.engine.plan.PlanDone;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.flare.DeclaredFlareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.form.PlainText;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.plan.PlanProgress;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.Reasons;

/** The today page: referral first, then today's levels and why, flare state, due check-ins, the live guide. */
public final class TodayRoutes {
    /** What the today page shows. */
    public record View(Snapshot snapshot, List<DueCheckIns.Due> due, List<PlannedSession> planned,
                       Optional<LiveGuide.Advice> advice, List<FieldError> liveProblems, Optional<String> saved,
                       List<PlanDone.Entry> doneToday, Optional<PlannedSession> next,
                       Optional<java.time.LocalDate> replacedCheckUp,
                       List<org.plimsoll.store.experiment.ExperimentSuggestionRepository.Suggestion> suggestions) {
        /** Today's plan with nothing of it done yet. */
        public View(Snapshot snapshot, List<DueCheckIns.Due> due, List<PlannedSession> planned,
                    Optional<LiveGuide.Advice> advice, List<FieldError> liveProblems, Optional<String> saved) {
            this(snapshot, due, planned, advice, liveProblems, saved, List.of(), Optional.empty(), Optional.empty(),
                    List.of());
        }
    }
    /** A flare the person declares carries at most this much of a note. */
    public static final int FLARE_NOTE_MOST = 200;
    private final Wiring web;
    private final DeclaredFlareRepository flares;

    public TodayRoutes(Wiring web) {
        this.web = web;
        this.flares = new DeclaredFlareRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/today", this::page, Access.SIGNED_IN);
        routes.post("/today/live", this::livePage, Access.SIGNED_IN);
        routes.get("/api/v1/today", this::api, Access.SIGNED_IN);
        routes.post("/api/v1/live", this::liveApi, Access.SIGNED_IN);
        routes.post("/today/flare", this::flarePage, Access.SIGNED_IN);
        routes.post("/api/v1/flare", this::flareApi, Access.SIGNED_IN);
    }

    /**
     * "My back is flaring" (ENGINE.md section 7: a flare starts when the person says so), offered on a
     * day too sore to train. A second tap while the flare stands stores nothing.
     */
    private void flarePage(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            web.idempotency().once(ctx, account.id(), Idempotency.formKey(ctx), () -> {
                if (s.assessment().flare().isEmpty()) {
                    flares.add(account.id(), new DeclaredFlare(s.today(), Optional.empty()));
                }
                return Idempotency.seeOther("/today?saved=flare");
            });
        });
    }

    private void flareApi(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("note");
        Optional<String> note = body.text("note");
        note.ifPresent(n -> {
            if (n.isBlank()) {
                body.problem("note", "is empty: leave it out, or say in a few words what set it off");
            }
            PlainText.problem(n, FLARE_NOTE_MOST).ifPresent(why -> body.problem("note", why));
        });
        JsonBodies.requireValid(problems);
        // A retry under the same key is answered 201 as the first, not 409 for the flare it declared.
        if (web.idempotency().repeated(ctx, account.id(), ctx.header(Idempotency.HEADER))) {
            return;
        }
        Snapshot s = web.snapshots().of(account);
        if (s.assessment().flare().isPresent()) {
            throw Problem.conflict("A flare is already in force, since " + s.assessment().flare().get().since() + ".");
        }
        web.idempotency().once(ctx, account.id(), ctx.header(Idempotency.HEADER), () -> {
            flares.add(account.id(), new DeclaredFlare(s.today(), note.map(String::strip)));
            return Idempotency.created(web.json().valueToTree(new FlareSince(s.today().toString())).toString());
        });
    }

    /** A flare the person declared, from today. */
    record FlareSince(String since) {
    }

    private View view(Snapshot s, Optional<LiveGuide.Advice> advice, List<FieldError> problems, Optional<String> saved) {
        return view(s, advice, problems, saved, Optional.empty());
    }

    private View view(Snapshot s, Optional<LiveGuide.Advice> advice, List<FieldError> problems, Optional<String> saved,
                      Optional<java.time.LocalDate> replacedCheckUp) {
        // What is still to do today comes first; what is done says so, and once all is done, what comes next.
        List<PlanDone.Entry> entries = PlanProgress.entries(s);
        List<PlanDone.Entry> today = entries.stream().filter(e -> e.planned().date().equals(s.today())).toList();
        List<PlannedSession> planned = today.stream().filter(e -> !e.done()).map(PlanDone.Entry::planned).toList();
        List<PlanDone.Entry> done = today.stream().filter(PlanDone.Entry::done).toList();
        Optional<PlannedSession> next = planned.isEmpty() && !done.isEmpty()
                ? PlanDone.nextAfter(entries, s.today()) : Optional.empty();
        return new View(s, s.due(), planned, advice, problems, saved, done, next, replacedCheckUp,
                new org.plimsoll.store.experiment.ExperimentSuggestionRepository(web.database()).listOpen(s.account().id()));
    }

    private void page(Context ctx) {
        Guard.with(ctx, account -> web.pages().render(ctx, "today.jte", "Today", "today",
                view(web.snapshots().of(account), Optional.empty(), List.of(), Optional.ofNullable(ctx.queryParam("saved")),
                        replacedCheckUp(ctx))));
    }

    /** The day of the check-up a new one replaced, as the check-up's answer names it; anything else is ignored. */
    private static Optional<java.time.LocalDate> replacedCheckUp(Context ctx) {
        try {
            return Optional.ofNullable(ctx.queryParam("replaces")).map(java.time.LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The live guide from the page: with htmx only the advice is swapped in, without it the whole page comes back. */
    private void livePage(Context ctx) {
        Account account = Guard.account(ctx);
        List<FieldError> problems = new ArrayList<>();
        FormBody form = new FormBody(ctx);
        OptionalInt pain = form.whole("pain", 0, 10, problems);
        if (pain.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError("pain", "choose how much it hurts now, 0 to 10"));
        }
        OptionalInt earlier = form.whole("earlierPain", 0, 10, problems);
        boolean sharp = "yes".equals(ctx.formParam("sharp"));
        Snapshot snapshot = web.snapshots().of(account);
        Optional<LiveGuide.Advice> advice = problems.isEmpty() ? Optional.of(SafetyEnvelope.live(
                LiveGuide.decide(new Pain(pain.getAsInt()),
                        earlier.isPresent() ? Optional.of(new Pain(earlier.getAsInt())) : Optional.empty(), sharp), snapshot.assessment().referral())) : Optional.empty();
        if (!problems.isEmpty()) {
            ctx.status(400);
        }
        View view = view(snapshot, advice, problems, Optional.empty());
        if (ctx.header("HX-Request") != null) {
            ctx.html(web.pages().html("live-advice.jte", web.pages().chrome(ctx, "Today", "today"), view));
        } else {
            web.pages().render(ctx, "today.jte", "Today", "today", view);
        }
    }

    private void api(Context ctx) {
        Snapshot s = web.snapshots().of(Guard.account(ctx));
        ObjectNode answer = web.json().createObjectNode();
        // Everything but the due check-ins changes only with the assessment: serialised once, not per request.
        s.once(TodayRoutes.class, () -> serialisedFields(s)).forEach(answer::putRawValue);
        ArrayNode due = answer.putArray("due");
        for (DueCheckIns.Due d : s.due()) {
            ObjectNode n = due.addObject();
            if (d.sessionId().isPresent()) {
                n.put("sessionId", d.sessionId().get());
            } else {
                n.putNull("sessionId");
            }
            n.put("window", d.window().name()).put("dueSince", d.dueSince().toInstant().toString())
                    .put("label", d.label());
        }
        ctx.json(answer);
    }

    private Map<String, RawValue> serialisedFields(Snapshot s) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("asOf", TextNode.valueOf(s.today().toString()));
        fields.put("timezone", TextNode.valueOf(s.zone().getId()));
        for (String field : List.of("referral", "flare", "today", "activities", "phase")) {
            fields.put(field, s.json(field));
        }
        fields.put("plan", PlanProgress.json(s, day -> day.equals(s.today())));
        Map<String, RawValue> raw = new LinkedHashMap<>();
        fields.forEach((name, value) -> raw.put(name, new RawValue(value.toString())));
        // Shared by every request until the assessment changes: nobody may change it.
        return java.util.Collections.unmodifiableMap(raw);
    }

    private void liveApi(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("pain", "earlierPain", "sharp");
        OptionalInt pain = body.requiredInteger("pain", 0, 10);
        OptionalInt earlier = body.integer("earlierPain", 0, 10);
        boolean sharp = body.flag("sharp");
        JsonBodies.requireValid(problems);
        Pain now = new Pain(pain.orElseThrow(() -> Problem.invalid("/pain", "is required")));
        LiveGuide.Advice advice = SafetyEnvelope.live(LiveGuide.decide(now,
                earlier.isPresent() ? Optional.of(new Pain(earlier.getAsInt())) : Optional.empty(), sharp),
                web.snapshots().of(account).assessment().referral());
        ctx.json(new LiveAdvice(advice.decision().name(), Reasons.of(advice.reason())));
    }

    /** The live guide's answer: what to do now, and why in words. */
    record LiveAdvice(String decision, String reason) {
    }
}
