package org.plimsoll.web.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.outcome.CheckUpRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * The outcome check-up (issue 18, docs/outcomes.md): the week's average back pain and how well the
 * person can do up to 5 activities they named, at the start and then every 14 days (or as their
 * clinician chose); prompted on Today when due, and read back as trends.
 */
public final class CheckUpRoutes {
    /** The check-up page: the activities named before, what was sent back on a problem, and the problems. */
    public record View(Snapshot snapshot, List<String> named, Map<String, String> entered, List<FieldError> problems) {
        /** The rows of the form: the activities named before, then empty ones up to 5. */
        public int rows() {
            return CheckUp.MOST_ACTIVITIES;
        }

        public String value(String field) {
            return entered.getOrDefault(field, "");
        }

        /** The activity in row {@code i}: as sent back, else as named before. */
        public String activity(int i) {
            return entered.getOrDefault("activity" + i, i < named.size() ? named.get(i) : "");
        }
    }

    /** One activity as sent: its name and score, and where each was (a form field or a JSON pointer). */
    private record Row(String name, String score, String nameAt, String scoreAt) {
    }

    private final Wiring web;
    private final CheckUpRepository checkUps;

    public CheckUpRoutes(Wiring web) {
        this.web = web;
        this.checkUps = new CheckUpRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/check-up", ctx -> Guard.with(ctx, a -> page(ctx, web.snapshots().of(a), Map.of(), List.of())),
                Access.SIGNED_IN);
        routes.post("/check-up", this::save, Access.SIGNED_IN);
        routes.get("/api/v1/check-ups", ctx -> ctx.json(json(web.snapshots().of(Guard.account(ctx)))), Access.SIGNED_IN);
        routes.post("/api/v1/check-ups", this::saveApi, Access.SIGNED_IN);
    }

    /** The activities the person named at their latest check-up, in their order. */
    static List<String> named(Snapshot s) {
        List<CheckUp> all = s.history().checkUps();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).abilities().isEmpty()) {
                return all.get(i).abilities().stream().map(CheckUp.Ability::activity).toList();
            }
        }
        return List.of();
    }

    private void page(Context ctx, Snapshot s, Map<String, String> entered, List<FieldError> problems) {
        web.pages().render(ctx, "check-up.jte", "Check-up", "today", new View(s, named(s), entered, problems));
    }

    private void save(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("weeklyPain", Optional.ofNullable(ctx.formParam("weeklyPain")).orElse("").strip());
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < CheckUp.MOST_ACTIVITIES; i++) {
                String name = Optional.ofNullable(ctx.formParam("activity" + i)).orElse("").strip();
                String score = Optional.ofNullable(ctx.formParam("score" + i)).orElse("").strip();
                entered.put("activity" + i, name);
                entered.put("score" + i, score);
                if (!name.isEmpty() || !score.isEmpty()) {
                    rows.add(new Row(name, score, "activity" + i, "score" + i));
                }
            }
            List<FieldError> problems = new ArrayList<>();
            Optional<CheckUp> checkUp = read(s, entered.get("weeklyPain"), "weeklyPain", rows, problems);
            if (checkUp.isEmpty()) {
                ctx.status(400);
                page(ctx, s, entered, problems);
                return;
            }
            Optional<LocalDate> replaced = store(account, s, checkUp.get());
            ctx.redirect("/today?saved=check-up" + replaced.map(d -> "&replaces=" + d).orElse(""), HttpStatus.SEE_OTHER);
        });
    }

    private void saveApi(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("weeklyPain") && !f.equals("abilities")) {
                problems.add(new FieldError("/" + f, "is not part of a check-up"));
            }
        });
        JsonNode pain = body.path("weeklyPain");
        List<Row> rows = new ArrayList<>();
        JsonNode abilities = body.path("abilities");
        if (!abilities.isMissingNode() && !abilities.isArray()) {
            problems.add(new FieldError("/abilities", "must be a list of activities with their scores"));
        } else if (abilities.size() > CheckUp.MOST_ACTIVITIES) {
            problems.add(new FieldError("/abilities", "at most " + CheckUp.MOST_ACTIVITIES + " activities"));
        } else {
            for (int i = 0; i < abilities.size(); i++) {
                JsonNode a = abilities.get(i);
                rows.add(new Row(a.path("activity").isTextual() ? a.path("activity").textValue().strip() : "",
                        a.path("score").isIntegralNumber() ? a.path("score").asText() : a.path("score").isMissingNode() ? ""
                                : "x", "/abilities/" + i + "/activity", "/abilities/" + i + "/score"));
            }
        }
        String painText = pain.isMissingNode() || pain.isNull() ? "" : pain.isIntegralNumber() ? pain.asText() : "x";
        Optional<CheckUp> checkUp = read(s, painText, "/weeklyPain", rows, problems);
        if (checkUp.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Optional<LocalDate> replaced = store(account, s, checkUp.get());
        ObjectNode answer = web.json().valueToTree(checkUpJson(checkUp.get()));
        replaced.ifPresent(d -> answer.put("replaces", d.toString()));
        ctx.status(201).json(answer);
    }

    /** One check-up per due period: before the next is due, a new one replaces the period's. The day it replaced. */
    private Optional<LocalDate> store(Account account, Snapshot s, CheckUp checkUp) {
        Optional<LocalDate> replaced = Outcomes.replacedOn(s.history(), s.today()).map(CheckUp::date);
        if (replaced.isPresent()) {
            checkUps.replace(account.id(), replaced.get(), checkUp, web.clock().instant());
        } else {
            checkUps.add(account.id(), checkUp, web.clock().instant());
        }
        return replaced;
    }

    /** A check-up from what was sent. */
    private static Optional<CheckUp> read(Snapshot s, String painText, String painAt, List<Row> rows,
                                          List<FieldError> problems) {
        OptionalInt pain = OptionalInt.empty();
        if (!painText.isEmpty()) {
            pain = FormBody.whole(painText, 0, 10, painAt, problems);
        }
        List<CheckUp.Ability> abilities = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Row row : rows) {
            String name = row.name();
            if (name.isEmpty() || name.length() > CheckUp.MOST_NAME_LENGTH
                    || name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new FieldError(row.nameAt(), (name.length() > CheckUp.MOST_NAME_LENGTH ? "is "
                        + name.length() + " characters long; " : "") + "name the activity in 1 to "
                        + CheckUp.MOST_NAME_LENGTH + " characters"));
                continue;
            }
            if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldError(row.nameAt(), "is named twice"));
                continue;
            }
            if (row.score().isEmpty()) {
                problems.add(new FieldError(row.scoreAt(), "rate how well you can do it, 0 to 10"));
                continue;
            }
            FormBody.whole(row.score(), 0, 10, row.scoreAt(), problems)
                    .ifPresent(v -> abilities.add(new CheckUp.Ability(name, v)));
        }
        if (problems.isEmpty() && pain.isEmpty() && abilities.isEmpty()) {
            problems.add(new FieldError(painAt, "answer at least one question"));
        }
        return problems.isEmpty() ? Optional.of(new CheckUp(s.today(),
                pain.stream().mapToObj(Pain::new).findFirst(), abilities)) : Optional.empty();
    }

    /** {@code CheckUp}: {@code weeklyPain} is null when the person left it out. */
    record CheckUpJson(String date, Integer weeklyPain, List<AbilityJson> abilities) {
        record AbilityJson(String activity, int score) {
        }
    }

    static CheckUpJson checkUpJson(CheckUp c) {
        return new CheckUpJson(c.date().toString(), c.weeklyPain().map(Pain::value).orElse(null),
                c.abilities().stream().map(a -> new CheckUpJson.AbilityJson(a.activity(), a.score())).toList());
    }

    /** {@code CheckUps}: when they come, the answers, and the trends of the measures. */
    record CheckUpsJson(int everyDays, String nextDue, boolean due, List<CheckUpJson> checkUps,
                        List<OutcomeTrends.TrendJson> measures) {
    }

    private static CheckUpsJson json(Snapshot s) {
        return new CheckUpsJson(Outcomes.everyDays(s.history()), Outcomes.nextDue(s.history(), s.today()).toString(),
                Outcomes.due(s.history(), s.today()),
                s.history().checkUps().stream().map(CheckUpRoutes::checkUpJson).toList(),
                OutcomeTrends.of(s.history(), s.today()).stream().map(OutcomeTrends.Trend::json).toList());
    }
}
