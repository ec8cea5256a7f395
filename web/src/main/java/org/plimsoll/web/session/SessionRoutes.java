package org.plimsoll.web.session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.session.RpeEstimate;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.checkin.CheckInJson;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;

/** Logging sessions, reading them back, and the check-ins that belong to them. */
public final class SessionRoutes {
    private final Wiring web;

    public SessionRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/sessions", this::create, Access.SIGNED_IN);
        routes.get("/api/v1/sessions", this::list, Access.SIGNED_IN);
        routes.get("/api/v1/sessions/{id}", this::show, Access.SIGNED_IN);
        routes.put("/api/v1/sessions/{id}", this::update, Access.SIGNED_IN);
        routes.delete("/api/v1/sessions/{id}", this::delete, Access.SIGNED_IN);
        routes.post("/api/v1/sessions/{id}/checkins", this::addCheckIn, Access.SIGNED_IN);
        routes.get("/api/v1/sessions/{id}/checkins", this::listCheckIns, Access.SIGNED_IN);
        routes.post("/api/v1/checkins", this::addAnyCheckIn, Access.SIGNED_IN);
        routes.get("/api/v1/checkins", this::listAllCheckIns, Access.SIGNED_IN);
    }

    private void create(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<Session> session = SessionJson.read(JsonBodies.fields(ctx, web.json(), problems),
                web.zoneOf(ctx, account), web.clock().instant());
        JsonBodies.requireValid(problems);
        if (web.idempotency().repeated(ctx, account.id(), ctx.header(Idempotency.HEADER))) {
            return;
        }
        Session settled = SessionCondition.settled(web.snapshots().of(account), session.orElseThrow(), "/condition");
        web.idempotency().write(ctx, account.id(), writes -> {
            Session stored = writes.addSession(settled);
            ctx.header("Location", "/api/v1/sessions/" + stored.id());
            return Idempotency.created(write(SessionJson.view(stored, List.of())));
        });
    }

    private String write(Object value) {
        try {
            return web.json().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private void list(Context ctx) {
        Account account = Guard.account(ctx);
        Optional<Activity> only = Optional.ofNullable(ctx.queryParam("activity")).map(code ->
                Activity.fromCode(code).orElseThrow(() -> Problem.invalid("query activity",
                        "unknown activity '" + code + "'; allowed: " + Activity.knownCodes())));
        int limit = limit(ctx);
        int offset = offset(ctx);
        Map<String, List<CheckIn>> bySession = web.checkIns().list(account.id()).stream()
                .filter(c -> c.sessionId().isPresent())
                .collect(Collectors.groupingBy(c -> c.sessionId().get()));
        List<Session> matching = web.sessions().listRecent(account.id(), Integer.MAX_VALUE).stream()
                .filter(s -> only.map(a -> s.activity() == a).orElse(true))
                .toList();
        List<SessionJson.View> views = matching.stream().skip(offset).limit(limit)
                .map(s -> SessionJson.view(s, bySession.getOrDefault(s.id(), List.of())))
                .toList();
        // A page never ends silently: the total says how many there are, and next where the rest begin.
        ctx.json(new Page(views, matching.size(), (long) offset + limit < matching.size()
                ? "/api/v1/sessions?offset=" + (offset + limit) + "&limit=" + limit
                + only.map(a -> "&activity=" + a.code()).orElse("") : null));
    }

    /** A page of sessions: {@code next} is where the rest begin, null on the last page. */
    record Page(List<SessionJson.View> sessions, int total, String next) {
    }

    /** The check-ins of a session, or all of them. */
    record CheckIns(List<CheckInJson.View> checkins) {
    }


    private static int limit(Context ctx) {
        return queryWhole(ctx, "limit", 100, 1, 10_000);
    }

    private static int offset(Context ctx) {
        return queryWhole(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    /** A whole-number query parameter within its bounds, {@code absent} when not given; else a 400 naming it. */
    private static int queryWhole(Context ctx, String name, int absent, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Problem.invalid("query " + name, "must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max) + ", was '" + text + "'");
    }

    /** The person's own session from the path, or 404: another person's looks exactly like a missing one. */
    private Session owned(Context ctx, Account account) {
        long id = PathId.of(ctx, "session");
        return web.sessions().find(account.id(), id).orElseThrow(() -> Problem.notFound("session " + id));
    }

    private void show(Context ctx) {
        Account account = Guard.account(ctx);
        Session session = owned(ctx, account);
        ctx.json(SessionJson.view(session, web.checkIns().listForSession(account.id(), Long.parseLong(session.id()))));
    }

    private void update(Context ctx) {
        Account account = Guard.account(ctx);
        Session existing = owned(ctx, account);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<Session> edited = SessionJson.read(JsonBodies.fields(ctx, web.json(), problems),
                web.zoneOf(ctx, account), web.clock().instant());
        JsonBodies.requireValid(problems);
        Session e = edited.orElseThrow();
        // A condition given is checked; none keeps the one the session was logged under.
        Optional<String> condition = e.condition().isPresent()
                ? SessionCondition.settled(web.snapshots().of(account), e, "/condition").condition() : existing.condition();
        // A client's "rpeEstimated": false confirms the estimate; its true cannot flag an effort the person changed.
        Session updated = new Session(existing.id(), e.activity(), e.start(), e.minutes(), e.distance(), e.rpe(),
                RpeEstimate.flagAfterEdit(existing, e.rpe(), !e.rpeEstimated()), e.runType(), e.hills(),
                e.rotationOverride(), e.armLoadOverride(), e.strengthSets(), existing.source(), condition);
        web.sessions().update(account.id(), updated, web.clock().instant());
        ctx.json(SessionJson.view(updated, web.checkIns().listForSession(account.id(), Long.parseLong(existing.id()))));
    }

    private void delete(Context ctx) {
        Account account = Guard.account(ctx);
        Session session = owned(ctx, account);
        web.sessions().delete(account.id(), Long.parseLong(session.id()));
        ctx.status(204);
    }

    private void addCheckIn(Context ctx) {
        Account account = Guard.account(ctx);
        Session session = owned(ctx, account);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<CheckInJson.Input> input = CheckInJson.read(JsonBodies.fields(ctx, web.json(), problems), true);
        JsonBodies.requireValid(problems);
        store(ctx, account, input.orElseThrow(), Optional.of(session));
    }

    private void addAnyCheckIn(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<CheckInJson.Input> input = CheckInJson.read(JsonBodies.fields(ctx, web.json(), problems), false);
        JsonBodies.requireValid(problems);
        Optional<Session> session = input.orElseThrow().sessionId().map(id -> {
            try {
                return web.sessions().find(account.id(), Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.<Session>empty();
            }
        }).map(found -> found.orElseThrow(() -> Problem.invalid("/sessionId", "no session of yours has this id")));
        store(ctx, account, input.get(), session);
    }

    /** A check-in without a date gets its window's default (CheckInWindow.dateFor). */
    private void store(Context ctx, Account account, CheckInJson.Input input, Optional<Session> session) {
        CheckIn checkIn = input.toCheckIn(session, web.clock().instant().atZone(web.zoneOf(ctx, account)).toLocalDate());
        web.idempotency().write(ctx, account.id(), writes -> {
            CheckIn stored = writes.addCheckIn(checkIn);
            return Idempotency.created(write(CheckInJson.view(stored)));
        });
    }

    private void listCheckIns(Context ctx) {
        Account account = Guard.account(ctx);
        Session session = owned(ctx, account);
        ctx.json(new CheckIns(web.checkIns().listForSession(account.id(), Long.parseLong(session.id())).stream()
                .map(CheckInJson::view).toList()));
    }

    private void listAllCheckIns(Context ctx) {
        Account account = Guard.account(ctx);
        ctx.json(new CheckIns(web.checkIns().list(account.id()).stream().map(CheckInJson::view).toList()));
    }
}
