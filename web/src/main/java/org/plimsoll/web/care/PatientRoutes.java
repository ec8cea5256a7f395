package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.caseload.Attention;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareAction;
import org.plimsoll.store.care.CareNote;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.words.Reasons;

/**
 * One person as their clinician sees them, while the invitation stands: the page, the report to
 * print, the live assessment over the API, and the clinician's notes. Every look is in the person's log.
 */
public final class PatientRoutes {
    /** The weeks of the report a clinician opens. */
    static final int REPORT_WEEKS = 12;
    static final int NOTE_LENGTH = 2000;
    static final int REASON_LENGTH = org.plimsoll.engine.care.CareDecision.REASON_LENGTH;

    /** The clinician's page of one person: what needs attention, notes, the coaching settings, and the report. */
    public record PatientView(Snapshot snapshot, List<String> attention, List<CareNote> notes, CoachingSettings settings,
                              List<FieldError> problems, Map<String, String> entered, Report record,
                              List<org.plimsoll.store.experiment.ExperimentSuggestionRepository.Suggestion> suggestions) {
        public String value(CoachingSettings.Setting setting) {
            return entered.getOrDefault(setting.key(), String.valueOf(settings.value(setting)));
        }
    }

    private final Wiring web;
    private final CareRepository care;

    PatientRoutes(Wiring web) {
        this.web = web;
        this.care = web.care();
    }

    void register(RoutesConfig routes) {
        routes.get("/care/patients/{id}", this::page, Access.CLINICIAN);
        routes.get("/care/patients/{id}/report", this::reportPage, Access.CLINICIAN);
        routes.post("/care/patients/{id}/notes", this::noteForm, Access.CLINICIAN);
        routes.post("/api/v1/care/patients/{id}/notes", this::noteApi, Access.CLINICIAN);
        routes.get("/api/v1/care/patients/{id}", this::api, Access.CLINICIAN);
    }

    /** The person behind a clinician's request, while the invitation stands; otherwise there is no such page. */
    Snapshot patient(Context ctx, Account clinician) {
        long id = PathId.of(ctx, "patient");
        care.standingLink(clinician.id(), id).orElseThrow(() -> Problem.notFound("patient " + id));
        Account person = web.accounts().findById(id).orElseThrow(() -> Problem.notFound("patient " + id));
        return web.snapshots().of(person);
    }

    private void page(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            care.record(s.account().id(), clinician.id(), CareAction.RECORD_VIEWED, "", web.clock().instant());
            render(ctx, s, List.of(), Map.of());
        });
    }

    void render(Context ctx, Snapshot s, List<FieldError> problems, Map<String, String> entered) {
        Attention.Needs needs = Attention.of(s.assessment(), s.history(), s.today());
        web.pages().render(ctx, "care-patient.jte", s.name(), "care", new PatientView(s,
                Reasons.of(needs.reasons(), s.profile().units()), care.notes(s.account().id()), s.history().settings(),
                problems, entered, record(s),
                new org.plimsoll.store.experiment.ExperimentSuggestionRepository(web.database()).list(s.account().id())));
    }

    /** The person's record as the clinician reads it: every part of the report, the last 12 weeks. */
    private static Report record(Snapshot s) {
        LocalDate to = s.today();
        return new Report(s, to.minusWeeks(REPORT_WEEKS).plusDays(1), to, ReportPart.all(), Exports.title(s),
                Optional.empty());
    }

    private void reportPage(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            care.record(s.account().id(), clinician.id(), CareAction.REPORT_VIEWED, String.valueOf(REPORT_WEEKS),
                    web.clock().instant());
            ctx.header("Cache-Control", "no-store");
            ctx.html(web.exports().reportHtml(record(s)));
        });
    }

    private void api(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patient(ctx, clinician);
        care.record(s.account().id(), clinician.id(), CareAction.ASSESSMENT_VIEWED, "", web.clock().instant());
        ctx.contentType("application/json").result(s.json().toString());
    }

    private void noteForm(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
            Optional<String> problem = noteProblem(text);
            if (problem.isPresent()) {
                ctx.status(400);
                render(ctx, s, List.of(new FieldError("text", problem.get())), Map.of("text", text));
                return;
            }
            // The form's key makes a double click or Back and Add again store the note once.
            String key = Optional.ofNullable(ctx.formParam("idempotencyKey")).filter(k -> !k.isBlank()).orElse(null);
            web.idempotency().answer(ctx, key, k -> care.note(s.account().id(), clinician.id(), text,
                    web.clock().instant(), k, note -> Idempotency.seeOther("/care/patients/" + s.account().id())));
        });
    }

    private static Optional<String> noteProblem(String text) {
        if (text.isEmpty()) {
            return Optional.of("Write the note first.");
        }
        if (text.length() > NOTE_LENGTH || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of("A note is plain text of at most " + NOTE_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    private void noteApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patient(ctx, clinician);
        JsonNode body = JsonBodies.read(ctx, web.json());
        // A note is its text and nothing else, as its schema says; a number is not a text.
        List<FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("text")) {
                problems.add(new FieldError("/" + f, "is not part of a note"));
            }
        });
        if (body.has("text") && !body.get("text").isTextual()) {
            problems.add(new FieldError("/text", "must be text"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        String text = body.path("text").isTextual() ? body.path("text").textValue().strip() : "";
        noteProblem(text).ifPresent(why -> {
            throw Problem.invalid("/text", why);
        });
        web.idempotency().answer(ctx, ctx.header(Idempotency.HEADER), k -> care.note(s.account().id(), clinician.id(),
                text, web.clock().instant(), k, note -> Idempotency.created(web.json().valueToTree(CareJson.NewNote.of(note))
                        .toString())));
    }

    /** The reason a clinician gives, which the person reads; empty or too long is a problem at {@code at}. */
    static Optional<FieldError> reasonProblem(String reason, String at) {
        return reason.isEmpty() || reason.length() > REASON_LENGTH || reason.chars().anyMatch(Character::isISOControl)
                ? Optional.of(new FieldError(at, "say why, in one line of at most " + REASON_LENGTH
                        + " characters: the person reads it"))
                : Optional.empty();
    }
}
