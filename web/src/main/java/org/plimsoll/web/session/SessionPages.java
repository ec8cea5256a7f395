package org.plimsoll.web.session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.session.RpeEstimate;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.Reasons;
import org.plimsoll.words.Wording;

/** Logging a session from a form, looking at one, editing and deleting it; and the history list. */
public final class SessionPages {
    /** Rows for strength exercises offered on the form. */
    public static final int STRENGTH_ROWS = 5;
    /** Sessions on one history page. */
    public static final int HISTORY_PAGE = 200;

    /** The form's values as typed, so a refused form comes back as it was. */
    public record Form(Map<String, String> values, List<FieldError> problems, String idempotencyKey) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public Optional<String> problemFor(String field) {
            return FieldError.messageFor(problems, field);
        }

        /** Whether the form asks to confirm a rare but real session, or the person already did. */
        public boolean asksToConfirm() {
            return "on".equals(value("unusualConfirmed"))
                    || problems.stream().anyMatch(p -> p.message().contains(org.plimsoll.words.BoundsWords.CONFIRM));
        }
    }

    /** The log or edit page. */
    public record EditView(Snapshot snapshot, Optional<Session> editing, Form form) {
    }

    /** One session with its check-ins and its colour. */
    public record Entry(Session session, List<CheckIn> checkIns, Optional<SessionResponse> response) {
    }

    public record DetailView(Snapshot snapshot, Entry entry, Optional<String> saved) {
    }

    public record HistoryView(Snapshot snapshot, List<Entry> entries, Optional<Activity> only, int total) {
    }
    private final Wiring web;

    public SessionPages(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/sessions/new", this::newPage, Access.SIGNED_IN);
        routes.post("/sessions", this::create, Access.SIGNED_IN);
        routes.get("/sessions/{id}", this::detail, Access.SIGNED_IN);
        routes.get("/sessions/{id}/edit", this::editPage, Access.SIGNED_IN);
        routes.post("/sessions/{id}", this::update, Access.SIGNED_IN);
        routes.post("/sessions/{id}/delete", this::delete, Access.SIGNED_IN);
        routes.get("/history", this::history, Access.SIGNED_IN);
        routes.get("/api/v1/history", this::historyApi, Access.SIGNED_IN);
    }

    private void newPage(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            Map<String, String> defaults = new java.util.HashMap<>();
            defaults.put("activity", s.history().sessions().isEmpty() ? "run"
                    : s.history().sessions().get(s.history().sessions().size() - 1).activity().code());
            Optional.ofNullable(ctx.queryParam("activity")).ifPresent(a -> defaults.put("activity", a));
            defaults.putAll(JustFinished.defaults(s, defaults.get("activity")));
            web.pages().render(ctx, "session-edit.jte", "Log a session", "log",
                    new EditView(s, Optional.empty(), new Form(defaults, List.of(), UUID.randomUUID().toString())));
        });
    }

    /** The form as the API's session object; the distance typed in the person's units. */
    private static Optional<Session> read(Context ctx, Snapshot s, List<FieldError> errors, Clock clock) {
        FormBody form = new FormBody(ctx);
        form.text("activity", "activity").number("minutes", "minutes").number("rpe", "rpe").text("runType", "runType")
                .flag("hills", "hills").number("rotationOverride", "rotationOverride")
                .number("armLoadOverride", "armLoadOverride").flag("unusualConfirmed", "unusualConfirmed")
                .text("condition", "condition");
        form.text("distance").ifPresent(d -> {
            try {
                form.node().put("distanceKm", Wording.toKm(Double.parseDouble(d.replace(',', '.')), s.profile().units()));
            } catch (NumberFormatException e) {
                form.node().put("distanceKm", d);
            }
        });
        try {
            LocalDate date = LocalDate.parse(form.text("date").orElse(s.today().toString()));
            LocalTime time = LocalTime.parse(form.text("time").orElse("12:00"));
            form.node().put("start", ZonedDateTime.of(date, time, s.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldError("date", "must be a date and a time, like 2026-03-01 and 18:30"));
        }
        var strength = form.node().putArray("strength");
        for (int i = 0; i < STRENGTH_ROWS; i++) {
            Optional<String> exercise = form.text("exercise" + i);
            if (exercise.isEmpty()) {
                continue;
            }
            FormBody row = new FormBody(ctx);
            row.node().put("exercise", exercise.get());
            row.number("sets" + i, "sets").number("reps" + i, "reps").number("load" + i, "loadKg");
            strength.add(row.node());
        }
        List<JsonProblem> problems = new ArrayList<>();
        Optional<Session> session = SessionJson.read(JsonFields.root(form.node(), problems), s.zone(), clock.instant());
        errors.addAll(FormBody.fieldErrors(problems));
        return errors.isEmpty() ? session : Optional.empty();
    }

    private static Map<String, String> typed(Context ctx) {
        Map<String, String> values = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("_csrf")) {
                values.put(k, v.get(0));
            }
        });
        return values;
    }

    private void create(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        List<FieldError> errors = new ArrayList<>();
        Optional<Session> session = read(ctx, s, errors, web.clock());
        String key = Optional.ofNullable(ctx.formParam("idempotencyKey")).filter(k -> !k.isBlank())
                .orElse(UUID.randomUUID().toString());
        if (session.isEmpty()) {
            ctx.status(400);
            web.pages().render(ctx, "session-edit.jte", "Log a session", "log",
                    new EditView(s, Optional.empty(), new Form(typed(ctx), errors, key)));
            return;
        }
        if (web.idempotency().repeated(ctx, account.id(), key)) {
            return;
        }
        Session settled;
        try {
            settled = SessionCondition.settled(s, underItsExperiment(s, session.get()), "condition");
        } catch (Problem refused) {
            ctx.status(refused.status());
            web.pages().render(ctx, "session-edit.jte", "Log a session", "log",
                    new EditView(s, Optional.empty(), new Form(typed(ctx), refused.errors(), key)));
            return;
        }
        web.idempotency().write(ctx, account.id(), key, writes -> {
            Session stored = writes.addSession(settled);
            return Idempotency.seeOther("/sessions/" + stored.id() + "?saved=session");
        });
    }

    /** The form's condition belongs to the activity it was shown for: another activity chosen drops it. */
    private static Session underItsExperiment(Snapshot s, Session session) {
        boolean hasOne = SessionCondition.experimentOn(s, session.activity(),
                session.start().withZoneSameInstant(s.zone()).toLocalDate()).isPresent();
        return hasOne || session.condition().isEmpty() ? session : new Session(session.id(), session.activity(),
                session.start(), session.minutes(), session.distance(), session.rpe(), session.rpeEstimated(),
                session.runType(), session.hills(), session.rotationOverride(), session.armLoadOverride(),
                session.strengthSets(), session.source());
    }

    private Entry owned(Context ctx, Snapshot s) {
        String id = String.valueOf(PathId.of(ctx, "session"));
        Session session = s.history().sessions().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("session " + id));
        return entry(s, session, s.history().checkIns().stream()
                .filter(c -> c.sessionId().equals(Optional.of(id))).toList());
    }

    private static Entry entry(Snapshot s, Session session, List<CheckIn> checkIns) {
        Optional<SessionResponse> response = s.assessment().responses().stream()
                .filter(r -> r.session().id().equals(session.id())).findFirst();
        return new Entry(session, checkIns.stream().sorted(Comparator.comparing(CheckIn::window)).toList(), response);
    }

    private void detail(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            web.pages().render(ctx, "session.jte", "Session", "history",
                    new DetailView(s, owned(ctx, s), Optional.ofNullable(ctx.queryParam("saved"))));
        });
    }

    private void editPage(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            Session session = owned(ctx, s).session();
            web.pages().render(ctx, "session-edit.jte", "Edit session", "history",
                    new EditView(s, Optional.of(session), new Form(values(session, s), List.of(), "")));
        });
    }

    /** A stored session as the form's values, in the person's zone and units. */
    private static Map<String, String> values(Session x, Snapshot s) {
        Map<String, String> v = new java.util.HashMap<>();
        ZonedDateTime start = x.start().withZoneSameInstant(s.zone());
        v.put("activity", x.activity().code());
        v.put("date", start.toLocalDate().toString());
        v.put("time", start.toLocalTime().withSecond(0).withNano(0).toString());
        v.put("minutes", String.valueOf(x.minutes().value()));
        x.distance().map(d -> d.km()).ifPresent(km -> v.put("distance", String.format(java.util.Locale.ROOT, "%.2f",
                s.profile().units() == org.plimsoll.engine.profile.Units.MI ? km / Wording.KM_PER_MILE : km)));
        x.rpe().ifPresent(r -> v.put("rpe", String.valueOf(r.value())));
        x.runType().ifPresent(r -> v.put("runType", r.code()));
        if (x.hills()) {
            v.put("hills", "on");
        }
        x.rotationOverride().ifPresent(r -> v.put("rotationOverride", String.valueOf(r.value())));
        x.armLoadOverride().ifPresent(r -> v.put("armLoadOverride", String.valueOf(r.value())));
        for (int i = 0; i < x.strengthSets().size() && i < STRENGTH_ROWS; i++) {
            var set = x.strengthSets().get(i);
            v.put("exercise" + i, set.exercise());
            v.put("sets" + i, String.valueOf(set.sets()));
            v.put("reps" + i, String.valueOf(set.reps()));
            if (set.loadKg().isPresent()) {
                v.put("load" + i, String.valueOf(set.loadKg().get().value()));
            }
        }
        return v;
    }

    private void update(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        Session existing = owned(ctx, s).session();
        List<FieldError> errors = new ArrayList<>();
        Optional<Session> edited = read(ctx, s, errors, web.clock());
        if (edited.isEmpty()) {
            ctx.status(400);
            web.pages().render(ctx, "session-edit.jte", "Edit session", "history",
                    new EditView(s, Optional.of(existing), new Form(typed(ctx), errors, "")));
            return;
        }
        Session e = edited.get();
        web.sessions().update(account.id(), new Session(existing.id(), e.activity(), e.start(), e.minutes(), e.distance(),
                e.rpe(), RpeEstimate.flagAfterEdit(existing, e.rpe(), false), e.runType(),
                e.hills(), e.rotationOverride(), e.armLoadOverride(), e.strengthSets(), existing.source(),
                existing.condition()), web.clock().instant());
        ctx.redirect("/sessions/" + existing.id() + "?saved=session", HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        Session existing = owned(ctx, s).session();
        // Nothing is lost by a slip: deleting asks for its own tick, and the page says so first.
        if (!"yes".equals(ctx.formParam("confirm"))) {
            throw Problem.invalid("confirm", "tick \"Yes, delete this session\" to delete it; nothing was deleted");
        }
        web.sessions().delete(account.id(), Long.parseLong(existing.id()));
        ctx.redirect("/history?deleted=1", HttpStatus.SEE_OTHER);
    }

    private static Optional<Activity> activityFilter(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("activity")).filter(a -> !a.isBlank()).map(code -> Activity.fromCode(code)
                .orElseThrow(() -> Problem.invalid("activity", "unknown activity '" + code + "'; allowed: "
                        + Activity.knownCodes())));
    }

    private static List<Entry> entries(Snapshot s, Optional<Activity> only) {
        Map<String, List<CheckIn>> bySession = s.history().checkIns().stream().filter(c -> c.sessionId().isPresent())
                .collect(Collectors.groupingBy(c -> c.sessionId().get()));
        return s.history().sessions().stream()
                .filter(x -> only.map(a -> x.activity() == a).orElse(true))
                .sorted(Comparator.comparing(Session::start).reversed())
                .map(x -> entry(s, x, bySession.getOrDefault(x.id(), List.of()))).toList();
    }

    private void history(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            Optional<Activity> only = activityFilter(ctx);
            List<Entry> all = entries(s, only);
            web.pages().render(ctx, "history.jte", "History", "history",
                    new HistoryView(s, all.subList(0, Math.min(HISTORY_PAGE, all.size())), only, all.size()));
        });
    }

    private void historyApi(Context ctx) {
        Snapshot s = web.snapshots().of(Guard.account(ctx));
        ctx.json(new HistoryJson(entries(s, activityFilter(ctx)).stream().map(e -> new HistoryJson.Entry(
                SessionJson.view(e.session(), e.checkIns()), e.response().map(r -> r.response().name()).orElse(null),
                e.response().map(r -> Reasons.of(r.reasons(), s.profile().units())).orElse(List.of()))).toList()));
    }

    /** The history over the API: each session, how the back answered it ({@code response} null: not yet known), why. */
    record HistoryJson(List<Entry> history) {
        record Entry(SessionJson.View session, String response, List<String> reasons) {
        }
    }
}
