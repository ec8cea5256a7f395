package org.plimsoll.web.checkin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.reminder.DueCheckIns;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.Entered;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/**
 * The check-in page: pain as large tap targets, the window already chosen from what is due, and
 * the rest (sharp, symptoms, context) folded away, so the common case is a tap on the pain and
 * one on Save.
 */
public final class CheckInRoutes {
    /** Sessions offered in the form: those of the last few days. */
    static final int RECENT_DAYS = 3;

    /** What the check-in page shows and what the form held. */
    public record View(Snapshot snapshot, List<Session> recent, CheckInWindow window, Optional<String> sessionId,
                       Optional<String> dueLabel, List<FieldError> problems, String idempotencyKey,
                       Optional<DailyContext> context, OptionalInt pain, Entered entered, MorningMeasures measures) {
        /** Today's saved sleep, stress or sitting, as its field shows it. */
        public Optional<String> saved(String field) {
            return context.flatMap(c -> switch (field) {
                case "sleepHours" -> c.sleepHours().map(h -> String.valueOf(h.value()));
                case "sleepQuality" -> c.sleepQuality().map(q -> String.valueOf(q.value()));
                case "stress" -> c.stress().map(x -> String.valueOf(x.value()));
                case "sittingHours" -> c.sittingHours().map(h -> String.valueOf(h.value()));
                default -> Optional.empty();
            });
        }

        /** Whether a folded section holding these fields opens: one of them has a problem. */
        public boolean problemIn(String... fields) {
            return java.util.Arrays.stream(fields).anyMatch(f -> problemFor(f).isPresent());
        }

        public Optional<String> problemFor(String field) {
            return FieldError.messageFor(problems, field);
        }
    }
    private final Wiring web;

    public CheckInRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/checkin", this::page, Access.SIGNED_IN);
        routes.post("/checkin", this::save, Access.SIGNED_IN);
    }

    private void page(Context ctx) {
        Guard.with(ctx, account -> {
            Snapshot s = web.snapshots().of(account);
            List<DueCheckIns.Due> due = s.due();
            Optional<CheckInWindow> asked = FormBody.choice(CheckInWindow.class, ctx.queryParam("window"));
            Optional<String> askedSession = Optional.ofNullable(ctx.queryParam("session"))
                    .filter(id -> s.history().sessions().stream().anyMatch(x -> x.id().equals(id)));
            Optional<DueCheckIns.Due> first = due.stream()
                    .filter(d -> asked.map(w -> d.window() == w).orElse(true))
                    .filter(d -> askedSession.map(id -> d.sessionId().equals(Optional.of(id))).orElse(true))
                    .findFirst();
            CheckInWindow window = asked.or(() -> first.map(DueCheckIns.Due::window)).orElse(CheckInWindow.DAILY);
            Optional<String> session = askedSession.or(() -> first.flatMap(DueCheckIns.Due::sessionId));
            render(ctx, new View(s, recent(s, session), window, window.belongsToSession() ? session : Optional.empty(),
                    first.map(DueCheckIns.Due::label), List.of(), UUID.randomUUID().toString(), todayContext(s),
                    OptionalInt.empty(), Entered.NOTHING, measures(account.id(), s)));
        });
    }

    /**
     * The sessions offered: the last few days', and the one the person came from (a check-in added
     * later for an older session, from its own page), which must be offered or it could not be chosen.
     */
    private static List<Session> recent(Snapshot s, Optional<String> chosen) {
        LocalDate from = s.today().minusDays(RECENT_DAYS);
        return s.history().sessions().stream()
                .filter(x -> !x.activity().isPosture() && !x.start().toLocalDate().isBefore(from)
                        || chosen.equals(Optional.of(x.id())))
                .sorted(Comparator.comparing(Session::start).reversed()).toList();
    }

    private MorningMeasures measures(long accountId, Snapshot s) {
        return MorningMeasures.of(todayContext(s), new DailyContextRepository(web.database()).importedOn(accountId, s.today()));
    }

    private static Optional<DailyContext> todayContext(Snapshot s) {
        return s.history().context().stream().filter(c -> c.date().equals(s.today())).findFirst();
    }

    private void render(Context ctx, View view) {
        web.pages().render(ctx, "checkin.jte", "Check in", "checkin", view);
    }

    private void save(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        FormBody form = new FormBody(ctx);
        form.text("window", "window").number("pain", "pain").text("region", "region")
                .number("stiffnessMinutes", "stiffnessMinutes").flag("clearedByClinician", "clearedByClinician");
        form.node().put("sharp", "yes".equals(ctx.formParam("sharp")));
        boolean forSession = form.text("window").map(w -> !w.equals(CheckInWindow.DAILY.name())).orElse(false);
        if (forSession) {
            form.text("sessionId", "sessionId");
        }
        var symptoms = form.node().putArray("symptoms");
        ctx.formParams("symptoms").forEach(symptoms::add);

        List<JsonProblem> problems = new ArrayList<>();
        Optional<CheckInJson.Input> input = CheckInJson.read(JsonFields.root(form.node(), problems), false);
        Optional<Session> session = input.flatMap(CheckInJson.Input::sessionId)
                .flatMap(id -> s.history().sessions().stream().filter(x -> x.id().equals(id)).findFirst());
        if (input.isPresent() && input.get().sessionId().isPresent() && session.isEmpty()) {
            problems.add(new JsonProblem("$.sessionId", "choose one of your sessions"));
        }
        List<FieldError> errors = new ArrayList<>(FormBody.fieldErrors(problems));
        if ("yes".equals(ctx.formParam("warnings")) && ctx.formParams("symptoms").isEmpty()) {
            errors.add(new FieldError("symptoms", "you answered yes to something new: tick what it is, so Plimsoll "
                    + "can say what to do"));
        }
        Optional<DailyContext> context = context(form, s, errors);
        String key = form.text("idempotencyKey").orElse(UUID.randomUUID().toString());
        if (!errors.isEmpty() || input.isEmpty()) {
            ctx.status(400);
            CheckInWindow window = input.map(CheckInJson.Input::window).or(() -> FormBody.choice(CheckInWindow.class, form.text("window").orElse(null)))
                    .orElse(CheckInWindow.DAILY);
            // What was entered stays on the page to correct: the pain, the window, the session, the context.
            // Read with the form's own number reader; what is wrong with it is already in the errors.
            OptionalInt pain = form.whole("pain", 0, 10, new ArrayList<>());
            render(ctx, new View(s, recent(s, form.text("sessionId")), window, form.text("sessionId"), Optional.empty(), errors, key,
                    context.or(() -> todayContext(s)), pain, Entered.from(ctx), measures(account.id(), s)));
            return;
        }
        CheckIn checkIn = input.get().toCheckIn(session, s.today());
        String next = session.map(x -> "/sessions/" + x.id() + "?saved=checkin").orElse("/today?saved=checkin");
        web.idempotency().write(ctx, account.id(), key, writes -> {
            writes.addCheckIn(checkIn);
            context.ifPresent(writes::saveContext);
            return Idempotency.seeOther(next);
        });
    }

    /**
     * Today's context from the form, merged over what was already recorded today, so that giving
     * only the stress in the evening keeps the morning's sleep.
     */
    private static Optional<DailyContext> context(FormBody form, Snapshot s, List<FieldError> errors) {
        Optional<Hours> sleep = form.decimal("sleepHours", 0, 24, errors).stream().mapToObj(Hours::of).findFirst();
        Optional<SleepQuality> quality = form.whole("sleepQuality", 1, 5, errors).stream()
                .mapToObj(SleepQuality::of).findFirst();
        Optional<Stress> stress = form.whole("stress", 0, 10, errors).stream().mapToObj(Stress::of).findFirst();
        Optional<Hours> sitting = form.decimal("sittingHours", 0, 24, errors).stream().mapToObj(Hours::of).findFirst();
        MorningMeasures.Typed measures = MorningMeasures.read(form, errors);
        if (sleep.isEmpty() && quality.isEmpty() && stress.isEmpty() && sitting.isEmpty() && measures.isEmpty()) {
            return Optional.empty();
        }
        Optional<DailyContext> before = todayContext(s);
        return Optional.of(measures.over(new DailyContext(s.today(),
                sleep.or(() -> before.flatMap(DailyContext::sleepHours)),
                quality.or(() -> before.flatMap(DailyContext::sleepQuality)),
                stress.or(() -> before.flatMap(DailyContext::stress)),
                sitting.or(() -> before.flatMap(DailyContext::sittingHours))), before));
    }
}
