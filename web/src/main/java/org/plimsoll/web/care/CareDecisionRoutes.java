package org.plimsoll.web.care;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareDecisionRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.Wording;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * What a clinician decides about a person's coaching, each with the reason the person reads: how
 * easily their back is stirred up, a level, a flare's start or end, "seen and cleared" for a
 * referral, and how often the outcome check-ups come (issue 18). Each is a form on the clinician's page of the person and a route of the API;
 * each is audited and logged for the person in one transaction ({@link CareDecisionRepository}).
 */
final class CareDecisionRoutes {
    /** The bounds of a level a clinician sets, declared with the decision (scenario files use them too). */
    static final int MOST_SESSIONS_A_WEEK = CareDecision.LevelSet.MOST_SESSIONS_A_WEEK;
    static final int FEWEST_MINUTES = CareDecision.LevelSet.FEWEST_MINUTES;
    static final int MOST_MINUTES = CareDecision.LevelSet.MOST_MINUTES;
    static final int MOST_EFFORT = CareDecision.LevelSet.MOST_EFFORT;

    /** The fields of a decision that are whole numbers in the API's schema; the others are text. */
    private static final java.util.Set<String> WHOLE_NUMBERS = java.util.Set.of("sessionsPerWeek", "minutes", "effortCap",
            "everyDays");

    /** One kind of decision: its form's path under the person, how it is read, and the API's answer status. */
    private enum Kind {
        IRRITABILITY("irritability", 200, "irritability"),
        LEVEL("levels", 201, "activity", "sessionsPerWeek", "minutes", "effortCap"),
        FLARE("flare", 201), FLARE_END("flare/end", 200), CLEARANCE("clearance", 201),
        CHECK_UPS("check-ups", 200, "everyDays");

        final String path;
        final int status;
        /** The fields it reads besides the reason. */
        final List<String> fields;

        Kind(String path, int status, String... fields) {
            this.path = path;
            this.status = status;
            this.fields = List.of(fields);
        }
    }

    /** A decision read from what was sent, or what is wrong with it ({@code conflict}: right form, wrong moment). */
    private record Read(Optional<CareDecision> decision, Optional<CareDecisionRepository.Audit> audit,
                        List<FieldError> problems, Optional<String> conflict) {
        static Read of(CareDecision d, CareDecisionRepository.Audit audit) {
            return new Read(Optional.of(d), Optional.of(audit), List.of(), Optional.empty());
        }

        static Read invalid(List<FieldError> problems) {
            return new Read(Optional.empty(), Optional.empty(), problems, Optional.empty());
        }

        static Read conflict(String why) {
            return new Read(Optional.empty(), Optional.empty(), List.of(), Optional.of(why));
        }
    }

    private final Wiring web;
    private final PatientRoutes care;
    private final CareDecisionRepository decisions;

    CareDecisionRoutes(Wiring web, PatientRoutes care) {
        this.web = web;
        this.care = care;
        this.decisions = new CareDecisionRepository(web.database());
    }

    void register(RoutesConfig routes) {
        for (Kind kind : Kind.values()) {
            routes.post("/care/patients/{id}/" + kind.path, ctx -> form(ctx, kind), Access.CLINICIAN);
            if (kind == Kind.IRRITABILITY || kind == Kind.CHECK_UPS) {
                routes.put("/api/v1/care/patients/{id}/" + kind.path, ctx -> api(ctx, kind), Access.CLINICIAN);
            } else {
                routes.post("/api/v1/care/patients/{id}/" + kind.path, ctx -> api(ctx, kind), Access.CLINICIAN);
            }
        }
    }

    private void form(Context ctx, Kind kind) {
        Guard.with(ctx, clinician -> {
            Snapshot s = care.patient(ctx, clinician);
            // A double click or Back and the same decision again: answered as the first, not "nothing changed".
            String key = Idempotency.formKey(ctx);
            if (web.idempotency().repeated(ctx, clinician.id(), key)) {
                return;
            }
            Function<String, String> sent = name -> Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
            Read read = read(kind, s, sent, "");
            if (read.decision().isEmpty()) {
                List<FieldError> problems = read.conflict().map(c -> List.of(new FieldError(kind.path, c)))
                        .orElse(read.problems());
                Map<String, String> entered = new LinkedHashMap<>();
                entered.put(kind.path + ".reason", sent.apply("reason"));
                kind.fields.forEach(field -> entered.put(kind.path + "." + field, sent.apply(field)));
                ctx.status(read.conflict().isPresent() ? 409 : 400);
                care.render(ctx, s, problems, entered);
                return;
            }
            web.idempotency().once(ctx, clinician.id(), key, () -> {
                decide(s, clinician, read);
                return Idempotency.seeOther("/care/patients/" + s.account().id());
            });
        });
    }

    private void api(Context ctx, Kind kind) {
        Account clinician = Guard.account(ctx);
        Snapshot s = care.patient(ctx, clinician);
        if (web.idempotency().repeated(ctx, clinician.id(), ctx.header(Idempotency.HEADER))) {
            return;
        }
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> unknown = new ArrayList<>();
        body.fields().forEachRemaining(f -> {
            String name = f.getKey();
            JsonNode value = f.getValue();
            if (!name.equals("reason") && !kind.fields.contains(name)) {
                unknown.add(new FieldError("/" + name, "is not part of this decision"));
            } else if (WHOLE_NUMBERS.contains(name) ? !value.isIntegralNumber() : !value.isTextual()) {
                // As the schema says: "7" is not a number, and 7 is not a reason or an activity.
                unknown.add(new FieldError("/" + name, WHOLE_NUMBERS.contains(name) ? "must be a whole number, was " + value
                        : "must be text, was " + value));
            }
        });
        if (!unknown.isEmpty()) {
            throw Problem.invalid(unknown);
        }
        Function<String, String> sent = name -> body.path(name).isValueNode() ? body.path(name).asText().strip() : "";
        Read read = read(kind, s, sent, "/");
        read.conflict().ifPresent(why -> {
            throw Problem.conflict(why);
        });
        if (read.decision().isEmpty()) {
            throw Problem.invalid(read.problems());
        }
        web.idempotency().once(ctx, clinician.id(), ctx.header(Idempotency.HEADER), () -> {
            String summary = decide(s, clinician, read);
            CareDecision d = read.decision().get();
            String flareEnds = null;
            if (d instanceof CareDecision.FlareEnded) {
                // What Today then shows: an end on the flare's first day ends it from the next day.
                boolean firstDay = s.assessment().flare().map(f -> f.since().equals(d.date())).orElse(false);
                flareEnds = (firstDay ? d.date().plusDays(1) : d.date()).toString();
            }
            return new Answer(kind.status, web.json().valueToTree(new Decided(kind.name().toLowerCase(java.util.Locale.ROOT),
                    d.date().toString(), d.why(), summary, flareEnds)).toString());
        });
    }

    /** {@code CareDecision}: {@code flareEnds} only for the end of a flare, absent otherwise. */
    record Decided(String decided, String on, String reason, String summary,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String flareEnds) {
    }

    private String decide(Snapshot s, Account clinician, Read read) {
        CareDecision d = read.decision().orElseThrow();
        String summary = Wording.careDecision(d, s.profile().units());
        decisions.decide(s.account().id(), clinician.id(), d, read.audit().orElseThrow(), summary, web.clock().instant());
        return summary;
    }

    private Read read(Kind kind, Snapshot s, Function<String, String> sent, String at) {
        String why = sent.apply("reason");
        List<FieldError> problems = new ArrayList<>();
        PatientRoutes.reasonProblem(why, at + "reason").ifPresent(problems::add);
        LocalDate today = s.today();
        Optional<FlareEpisode> flare = s.assessment().flare();
        return switch (kind) {
            case IRRITABILITY -> {
                Optional<Irritability> value = parse(Irritability.class, sent.apply("irritability"));
                Irritability before = s.profile().irritability();
                if (value.isEmpty()) {
                    problems.add(new FieldError(at + "irritability", "must be LOW, MODERATE or HIGH"));
                } else if (value.get() == before) {
                    problems.add(new FieldError(at + "irritability", "nothing changed"));
                }
                yield problems.isEmpty() ? Read.of(new CareDecision.IrritabilitySet(value.get(), today, why),
                        new CareDecisionRepository.Audit("irritability", before.name(), value.get().name()))
                        : Read.invalid(problems);
            }
            case LEVEL -> level(s, sent, at, why, problems);
            case CHECK_UPS -> {
                int before = Outcomes.everyDays(s.history());
                OptionalInt days = FormBody.whole(sent.apply("everyDays"), Outcomes.FEWEST_EVERY_DAYS, Outcomes.MOST_EVERY_DAYS,
                        at + "everyDays", problems);
                if (days.isPresent() && days.getAsInt() == before) {
                    problems.add(new FieldError(at + "everyDays", "nothing changed"));
                }
                yield problems.isEmpty() ? Read.of(new CareDecision.CheckUpsEvery(days.getAsInt(), today, why),
                        new CareDecisionRepository.Audit("checkUpEveryDays", String.valueOf(before),
                                String.valueOf(days.getAsInt()))) : Read.invalid(problems);
            }
            // A flare ended on its first day stays in force to the end of that day (its first day is never
            // erased); declaring it again then undoes the end, and the flare runs its course.
            case FLARE -> flare.isPresent() && !endedToday(s, today) ? Read.conflict("A flare is already in force, since " + Wording.day(
                    flare.get().since()) + ".") : problems.isEmpty() ? Read.of(new CareDecision.FlareDeclared(today, why),
                    new CareDecisionRepository.Audit("flare", "none", today.toString())) : Read.invalid(problems);
            // Ending a flare already ended today is the same end again: answered alike, recorded once.
            case FLARE_END -> flare.isEmpty() && !endedToday(s, today) ? Read.conflict("There is no flare in force to end.")
                    : problems.isEmpty() ? Read.of(new CareDecision.FlareEnded(today, why),
                    new CareDecisionRepository.Audit("flare", flare.map(f -> f.since().toString()).orElse("ended"),
                            "ended " + today))
                    : Read.invalid(problems);
            case CLEARANCE -> !s.assessment().referral().inForce()
                    ? Read.conflict("No referral is open: there is nothing to clear.")
                    : problems.isEmpty() ? Read.of(new CareDecision.Cleared(web.clock().instant(), today, why),
                    new CareDecisionRepository.Audit("referral", s.assessment().referral().level().name(), "cleared"))
                    : Read.invalid(problems);
        };
    }

    /** Whether the clinician's latest flare decision is an end dated today. */
    private static boolean endedToday(Snapshot s, LocalDate today) {
        List<CareDecision> flares = s.history().care(CareDecision.class).stream()
                .filter(d -> d instanceof CareDecision.FlareDeclared || d instanceof CareDecision.FlareEnded).toList();
        return !flares.isEmpty() && flares.get(flares.size() - 1) instanceof CareDecision.FlareEnded end
                && end.date().equals(today);
    }

    private static Read level(Snapshot s, Function<String, String> sent, String at, String why, List<FieldError> problems) {
        Optional<Activity> activity = Activity.fromCode(sent.apply("activity")).filter(Activity.TRAINED::contains);
        if (activity.isEmpty()) {
            problems.add(new FieldError(at + "activity", "must be one of the activities a person trains, such as run"));
        }
        OptionalInt sessions = FormBody.whole(sent.apply("sessionsPerWeek"), 1, MOST_SESSIONS_A_WEEK, at + "sessionsPerWeek", problems);
        OptionalInt minutes = FormBody.whole(sent.apply("minutes"), FEWEST_MINUTES, MOST_MINUTES, at + "minutes", problems);
        OptionalInt effort = FormBody.whole(sent.apply("effortCap"), 1, MOST_EFFORT, at + "effortCap", problems);
        if (!problems.isEmpty()) {
            return Read.invalid(problems);
        }
        Level level = new Level(activity.get(), s.today(), sessions.getAsInt(),
                minutes.isPresent() ? Optional.of(new Minutes(minutes.getAsInt())) : Optional.empty(), Optional.empty(),
                effort.getAsInt());
        String before = s.assessment().activities().stream().filter(a -> a.activity() == activity.get())
                .flatMap(a -> a.currentLevel().stream()).map(CareDecisionRoutes::brief).findFirst().orElse("none");
        return Read.of(new CareDecision.LevelSet(level, why), new CareDecisionRepository.Audit(
                "level:" + activity.get().code(), before, brief(Dose.of(level, Optional.empty()))));
    }

    /** A level in at most 20 characters, for the audit: "3/wk 30min rpe5". */
    private static String brief(Dose d) {
        String amount = d.minutes().isPresent() ? d.minutes().get().value() + "min"
                : Math.round(d.distance().map(Distance::km).orElse(0.0) * 10) / 10.0 + "km";
        return d.sessionsPerWeek() + "/wk " + amount + " rpe" + d.rpeCap();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
