package org.plimsoll.web.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.checkin.CheckInJson;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.Problem;

/** Logging sessions, reading them back, and the check-ins that belong to them. */
public final class SessionRoutes {
    private final SessionRepository sessions;
    private final CheckInRepository checkIns;
    private final ProfileRepository profiles;
    private final SignIn signIn;
    private final Idempotency idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    public SessionRoutes(SessionRepository sessions, CheckInRepository checkIns, ProfileRepository profiles,
                         SignIn signIn, Idempotency idempotency, ObjectMapper json, Clock clock) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.profiles = profiles;
        this.signIn = signIn;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/sessions", this::create);
        routes.get("/api/v1/sessions", this::list);
        routes.get("/api/v1/sessions/{id}", this::show);
        routes.put("/api/v1/sessions/{id}", this::update);
        routes.delete("/api/v1/sessions/{id}", this::delete);
        routes.post("/api/v1/sessions/{id}/checkins", this::addCheckIn);
        routes.get("/api/v1/sessions/{id}/checkins", this::listCheckIns);
        routes.post("/api/v1/checkins", this::addAnyCheckIn);
        routes.get("/api/v1/checkins", this::listAllCheckIns);
    }

    private ZoneId zoneOf(Account account) {
        return profiles.zoneOf(account.id());
    }

    private void create(Context ctx) {
        Account account = signIn.required(ctx);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<Session> session = SessionJson.read(JsonBodies.fields(ctx, json, problems), zoneOf(account),
                clock.instant());
        JsonBodies.requireValid(problems);
        idempotency.write(ctx, account.id(), handle -> {
            Session stored = SessionRepository.insert(handle, account.id(), session.orElseThrow(), Optional.empty(),
                    clock.instant());
            ctx.header("Location", "/api/v1/sessions/" + stored.id());
            return new Idempotency.Answer(201, write(SessionJson.view(stored, List.of())));
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private void list(Context ctx) {
        Account account = signIn.required(ctx);
        Optional<Activity> only = Optional.ofNullable(ctx.queryParam("activity")).map(code ->
                Activity.fromCode(code).orElseThrow(() -> Problem.invalid("query activity",
                        "unknown activity '" + code + "'; allowed: " + Activity.knownCodes())));
        int limit = limit(ctx);
        int offset = offset(ctx);
        Map<String, List<CheckIn>> bySession = checkIns.list(account.id()).stream()
                .filter(c -> c.sessionId().isPresent())
                .collect(Collectors.groupingBy(c -> c.sessionId().get()));
        List<Session> matching = sessions.listRecent(account.id(), Integer.MAX_VALUE).stream()
                .filter(s -> only.map(a -> s.activity() == a).orElse(true))
                .toList();
        List<SessionJson.View> views = matching.stream().skip(offset).limit(limit)
                .map(s -> SessionJson.view(s, bySession.getOrDefault(s.id(), List.of())))
                .toList();
        // A page never ends silently: the total says how many there are, and next where the rest begin.
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("sessions", views);
        page.put("total", matching.size());
        page.put("next", (long) offset + limit < matching.size()
                ? "/api/v1/sessions?offset=" + (offset + limit) + "&limit=" + limit
                + only.map(a -> "&activity=" + a.code()).orElse("") : null);
        ctx.json(page);
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
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("session " + ctx.pathParam("id"));
        }
        return sessions.find(account.id(), id).orElseThrow(() -> Problem.notFound("session " + id));
    }

    private void show(Context ctx) {
        Account account = signIn.required(ctx);
        Session session = owned(ctx, account);
        ctx.json(SessionJson.view(session, checkIns.listForSession(account.id(), Long.parseLong(session.id()))));
    }

    private void update(Context ctx) {
        Account account = signIn.required(ctx);
        Session existing = owned(ctx, account);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<Session> edited = SessionJson.read(JsonBodies.fields(ctx, json, problems), zoneOf(account),
                clock.instant());
        JsonBodies.requireValid(problems);
        Session e = edited.orElseThrow();
        Session updated = new Session(existing.id(), e.activity(), e.start(), e.minutes(), e.distanceKm(), e.rpe(),
                e.rpeEstimated(), e.runType(), e.hills(), e.rotationOverride(), e.armLoadOverride(), e.strengthSets(),
                existing.source());
        sessions.update(account.id(), updated, clock.instant());
        ctx.json(SessionJson.view(updated, checkIns.listForSession(account.id(), Long.parseLong(existing.id()))));
    }

    private void delete(Context ctx) {
        Account account = signIn.required(ctx);
        Session session = owned(ctx, account);
        sessions.delete(account.id(), Long.parseLong(session.id()));
        ctx.status(204);
    }

    private void addCheckIn(Context ctx) {
        Account account = signIn.required(ctx);
        Session session = owned(ctx, account);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<CheckInJson.Input> input = CheckInJson.read(JsonBodies.fields(ctx, json, problems), true);
        JsonBodies.requireValid(problems);
        store(ctx, account, input.orElseThrow(), Optional.of(session));
    }

    private void addAnyCheckIn(Context ctx) {
        Account account = signIn.required(ctx);
        List<JsonProblem> problems = new java.util.ArrayList<>();
        Optional<CheckInJson.Input> input = CheckInJson.read(JsonBodies.fields(ctx, json, problems), false);
        JsonBodies.requireValid(problems);
        Optional<Session> session = input.orElseThrow().sessionId().map(id -> {
            try {
                return sessions.find(account.id(), Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.<Session>empty();
            }
        }).map(found -> found.orElseThrow(() -> Problem.invalid("/sessionId", "no session of yours has this id")));
        store(ctx, account, input.get(), session);
    }

    /** A check-in without a date gets its window's default (CheckInWindow.dateFor). */
    private void store(Context ctx, Account account, CheckInJson.Input input, Optional<Session> session) {
        CheckIn checkIn = input.toCheckIn(session, clock.instant().atZone(zoneOf(account)).toLocalDate());
        idempotency.write(ctx, account.id(), handle -> {
            CheckIn stored = CheckInRepository.insert(handle, account.id(), checkIn, clock.instant());
            return new Idempotency.Answer(201, write(CheckInJson.view(stored)));
        });
    }

    private void listCheckIns(Context ctx) {
        Account account = signIn.required(ctx);
        Session session = owned(ctx, account);
        ctx.json(Map.of("checkins", checkIns.listForSession(account.id(), Long.parseLong(session.id())).stream()
                .map(CheckInJson::view).toList()));
    }

    private void listAllCheckIns(Context ctx) {
        Account account = signIn.required(ctx);
        ctx.json(Map.of("checkins", checkIns.list(account.id()).stream().map(CheckInJson::view).toList()));
    }
}
