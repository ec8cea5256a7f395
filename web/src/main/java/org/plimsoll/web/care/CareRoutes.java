package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.caseload.Attention;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareNote;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.words.Reasons;
import org.plimsoll.words.Wording;

/**
 * The person in control of who sees their record: they make a one-time invitation code, their
 * clinician types it in, and the clinician then sees the person's live report for as long as the
 * person lets them. Every view is logged and shown to the person, who can end the access at any
 * time; the next request is a 404.
 */
public final class CareRoutes {
    public static final Duration CODE_VALID = Duration.ofDays(7);
    /** Twelve characters of an alphabet without look-alikes (Crockford's base 32): 60 random bits. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The weeks of the report a clinician opens. */
    static final int REPORT_WEEKS = 12;

    /** The person's page. */
    public record AccessView(List<CareLink> clinicians, List<CareEvent> events, List<CareNote> notes,
                             Optional<String> newCode, Optional<Instant> codeExpires, ZoneId zone, boolean canMail,
                             Optional<String> mailedTo, Optional<String> problem) {
        public List<CareLink> standing() {
            return clinicians.stream().filter(CareLink::standing).toList();
        }
    }

    /** One person in a caseload: who, and why they need attention now (nothing when nothing does). */
    public record Patient(CareLink link, List<String> attention) {
    }

    /** The clinician's page. */
    public record CaseloadView(List<Patient> patients, Optional<String> problem) {
    }

    private final Wiring web;
    private final CareRepository care;

    public CareRoutes(Wiring web) {
        this.web = web;
        this.care = web.care();
    }

    public void register(RoutesConfig routes) {
        routes.get("/care/access", ctx -> Guard.with(ctx, a -> accessPage(ctx, a, Optional.empty())), Access.SIGNED_IN);
        routes.post("/care/invitations", this::inviteForm, Access.SIGNED_IN);
        routes.post("/care/access/{id}/revoke", this::revokeForm, Access.SIGNED_IN);
        routes.post("/api/v1/care/invitations", this::inviteApi, Access.SIGNED_IN);
        routes.get("/api/v1/care/access", ctx -> ctx.json(accessJson(Guard.account(ctx))), Access.SIGNED_IN);
        routes.delete("/api/v1/care/access/{id}", ctx -> {
            if (!care.revoke(Guard.account(ctx).id(), PathId.of(ctx, "access"), web.clock().instant())) {
                throw Problem.notFound("access " + ctx.pathParam("id"));
            }
            ctx.status(204);
        }, Access.SIGNED_IN);

        routes.get("/care", ctx -> Guard.with(ctx, a -> caseload(ctx, a, Optional.empty())),
                Access.CLINICIAN);
        routes.post("/care/accept", this::acceptForm, Access.CLINICIAN);
        routes.get("/care/patients/{id}", this::patientPage, Access.CLINICIAN);
        routes.get("/care/patients/{id}/report", this::reportPage, Access.CLINICIAN);
        routes.post("/care/patients/{id}/notes", this::noteForm, Access.CLINICIAN);
        routes.post("/care/patients/{id}/settings", this::settingsForm, Access.CLINICIAN);
        routes.post("/api/v1/care/patients/{id}/notes", this::noteApi, Access.CLINICIAN);
        routes.put("/api/v1/care/patients/{id}/settings", this::settingsApi, Access.CLINICIAN);
        routes.get("/api/v1/care/patients", ctx -> ctx.json(Map.of("patients",
                caseload(Guard.account(ctx)).stream().map(p -> patientJson(p.link(), p.attention())).toList())),
                Access.CLINICIAN);
        routes.post("/api/v1/care/accept", this::acceptApi, Access.CLINICIAN);
        routes.get("/api/v1/care/patients/{id}", this::patientApi, Access.CLINICIAN);
        new CareDecisionRoutes(web, this).register(routes);
    }

    /** A new code, shown once; only its hash is kept. */
    private String invite(Account person) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant now = web.clock().instant();
        care.invite(person.id(), hash(code.toString()), now, now.plus(CODE_VALID));
        return code.toString();
    }

    /** Codes are typed by people: case, spaces and dashes do not matter, and O, I and L read as 0, 1, 1. */
    static String hash(String code) {
        String plain = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        return Secrets.sha256("care:" + plain);
    }

    private void accessPage(Context ctx, Account person, Optional<String> newCode) {
        accessPage(ctx, person, newCode, Optional.empty(), Optional.empty());
    }

    private void accessPage(Context ctx, Account person, Optional<String> newCode, Optional<String> mailedTo,
                            Optional<String> problem) {
        Instant now = web.clock().instant();
        web.pages().render(ctx, "care-access.jte", "Your physiotherapist", "account", new AccessView(
                care.clinicians(person.id()), care.events(person.id()), care.notes(person.id()), newCode,
                newCode.map(c -> now.plus(CODE_VALID)), web.profiles().zoneOf(person.id()),
                web.outbound().mail().isPresent(), mailedTo, problem));
    }

    /** E-mailed invitations one person may send in a day: enough for a typo, too few to use us for spam. */
    static final int MAILED_A_DAY = 5;

    /**
     * The address an invitation goes to, if the person gave one: refused when mail is not set up here
     * or when it is not an address.
     */
    private Optional<String> mailTo(String email) {
        if (email.isEmpty()) {
            return Optional.empty();
        }
        if (web.outbound().mail().isEmpty()) {
            throw Problem.invalid("/email", "cannot be used: this server does not send e-mail; give your clinician the code instead");
        }
        if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Problem.invalid("/email", "is not an e-mail address");
        }
        return Optional.of(email);
    }

    /**
     * A new code, e-mailed to the clinician when the person gave their address: past
     * {@link #MAILED_A_DAY} a day it is refused (429) before any code is made.
     */
    private String invite(Account person, Optional<String> mailTo) {
        Instant now = web.clock().instant();
        if (mailTo.isPresent() && !care.mailed(person.id(), "an invitation code to " + mailTo.get() + ", valid for 7 days",
                now, MAILED_A_DAY, now.minus(Duration.ofDays(1)))) {
            throw new Problem(429, "Too many e-mailed invitations", "At most " + MAILED_A_DAY
                    + " e-mailed invitations a day: give your clinician the code instead.", List.of())
                    .retryAfter(Duration.ofDays(1));
        }
        String code = invite(person);
        mailTo.ifPresent(to -> {
            String name = web.snapshots().of(person).name();
            web.outbound().mail().orElseThrow().sendLater(to, name + " invites you to follow their back training on Plimsoll",
                    """
                    %s would like you to follow their back training on Plimsoll: their levels, how their back
                    answered each session, flares and check-ups. They can end your access at any time, and they
                    see when you look.

                    To accept, sign in to Plimsoll with a clinician account (or create one), go to Your patients,
                    and type this code: %s

                    %s/care

                    The code works once, for 7 days. If you do not know this person, ignore this e-mail.
                    """.formatted(name, code, web.outbound().publicUrl()));
        });
        return code;
    }

    private void inviteForm(Context ctx) {
        Guard.with(ctx, person -> {
            String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
            try {
                Optional<String> to = mailTo(email);
                String code = invite(person, to);
                accessPage(ctx, person, Optional.of(code), to, Optional.empty());
            } catch (Problem p) {
                ctx.status(p.status());
                String why = p.errors().isEmpty() ? p.detail() : "Your clinician's e-mail " + p.errors().get(0).message() + ".";
                accessPage(ctx, person, Optional.empty(), Optional.empty(), Optional.of(why));
            }
        });
    }

    private void revokeForm(Context ctx) {
        Guard.with(ctx, person -> {
            if (!care.revoke(person.id(), PathId.of(ctx, "access"), web.clock().instant())) {
                throw Problem.notFound("access " + ctx.pathParam("id"));
            }
            ctx.redirect("/care/access", HttpStatus.SEE_OTHER);
        });
    }

    private void inviteApi(Context ctx) {
        Account person = Guard.account(ctx);
        String email = "";
        if (!ctx.body().isBlank()) {
            JsonNode body = JsonBodies.read(ctx, web.json());
            body.fieldNames().forEachRemaining(f -> {
                if (!f.equals("email")) {
                    throw Problem.invalid("/" + f, "is not part of an invitation");
                }
            });
            email = body.path("email").isTextual() ? body.path("email").textValue().strip() : body.has("email") ? "?" : "";
        }
        Optional<String> to = mailTo(email);
        String code = invite(person, to);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("expiresAt", web.clock().instant().plus(CODE_VALID).toString());
        out.put("emailedTo", to.orElse(null));
        out.put("note", "Give this code to your clinician; it works once, for 7 days, and is shown only now.");
        ctx.status(201).json(out);
    }

    private Map<String, Object> accessJson(Account person) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clinicians", care.clinicians(person.id()).stream().map(l -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", String.valueOf(l.id()));
            c.put("name", l.otherName());
            c.put("since", l.since().toString());
            c.put("revokedAt", l.revokedAt().map(Instant::toString).orElse(null));
            return c;
        }).toList());
        out.put("notes", care.notes(person.id()).stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", n.at().toString());
            m.put("clinician", n.clinician());
            m.put("text", n.text());
            return m;
        }).toList());
        out.put("events", care.events(person.id()).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            m.put("clinician", e.clinician().isEmpty() ? null : e.clinician());
            m.put("action", e.action());
            m.put("detail", e.detail());
            return m;
        }).toList());
        return out;
    }

    private void caseload(Context ctx, Account clinician, Optional<String> problem) {
        web.pages().render(ctx, "care.jte", "Your patients", "care", new CaseloadView(caseload(clinician), problem));
    }

    /** The people whose invitation stands, those who need attention first (most urgent first), then by name. */
    private List<Patient> caseload(Account clinician) {
        record Ranked(Patient patient, int rank) {
        }
        return care.patients(clinician.id()).stream().map(link -> {
            Snapshot s = web.snapshots().of(web.accounts().findById(link.patientId()).orElseThrow());
            Attention.Needs needs = Attention.of(s.assessment(), s.history(), s.today());
            return new Ranked(new Patient(link, Reasons.of(needs.reasons(), s.profile().units())), needs.rank());
        }).sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.patient().link().otherName()))
                .map(Ranked::patient).toList();
    }

    private CareRepository.Acceptance accept(Account clinician, String code) {
        if (code.isBlank() || code.length() > 40) {
            return new CareRepository.Acceptance.Refused("type the 12-character code the person gave you");
        }
        return care.accept(clinician.id(), hash(code), web.clock().instant());
    }

    private void acceptForm(Context ctx) {
        Guard.with(ctx, clinician -> {
            String code = Optional.ofNullable(ctx.formParam("code")).orElse("").trim();
            CareRepository.Acceptance result = accept(clinician, code);
            if (result instanceof CareRepository.Acceptance.Accepted) {
                ctx.redirect("/care", HttpStatus.SEE_OTHER);
            } else if (result instanceof CareRepository.Acceptance.Refused r) {
                ctx.status(400);
                caseload(ctx, clinician, Optional.of(r.why()));
            }
        });
    }

    private void acceptApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        JsonNode body = JsonBodies.read(ctx, web.json());
        CareRepository.Acceptance result = accept(clinician, body.path("code").asText(""));
        if (result instanceof CareRepository.Acceptance.Refused r) {
            throw Problem.invalid("/code", r.why());
        }
        ctx.status(201).json(patientJson(((CareRepository.Acceptance.Accepted) result).link(), List.of()));
    }

    private static Map<String, Object> patientJson(CareLink l, List<String> attention) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", String.valueOf(l.patientId()));
        p.put("name", l.otherName());
        p.put("since", l.since().toString());
        p.put("attention", attention);
        return p;
    }

    /** The person behind a clinician's request, while the invitation stands; otherwise there is no such page. */
    Snapshot patient(Context ctx, Account clinician) {
        long id = PathId.of(ctx, "patient");
        care.standingLink(clinician.id(), id).orElseThrow(() -> Problem.notFound("patient " + id));
        Account person = web.accounts().findById(id).orElseThrow(() -> Problem.notFound("patient " + id));
        return web.snapshots().of(person);
    }

    /** The clinician's page of one person: what needs attention, notes, the coaching settings, and the report. */
    public record PatientView(Snapshot snapshot, List<String> attention, List<CareNote> notes, CoachingSettings settings,
                              List<FieldError> problems, Map<String, String> entered, Report record) {
        public String value(CoachingSettings.Setting setting) {
            return entered.getOrDefault(setting.key(), String.valueOf(settings.value(setting)));
        }
    }

    private void patientPage(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            care.record(s.account().id(), clinician.id(), "viewed", "your record", web.clock().instant());
            renderPatient(ctx, s, List.of(), Map.of());
        });
    }

    void renderPatient(Context ctx, Snapshot s, List<FieldError> problems, Map<String, String> entered) {
        Attention.Needs needs = Attention.of(s.assessment(), s.history(), s.today());
        web.pages().render(ctx, "care-patient.jte", s.name(), "care", new PatientView(s,
                Reasons.of(needs.reasons(), s.profile().units()), care.notes(s.account().id()), s.history().settings(),
                problems, entered, record(s)));
    }

    private void noteForm(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
            Optional<String> problem = noteProblem(text);
            if (problem.isPresent()) {
                ctx.status(400);
                renderPatient(ctx, s, List.of(new FieldError("text", problem.get())), Map.of("text", text));
                return;
            }
            care.note(s.account().id(), clinician.id(), text, web.clock().instant());
            ctx.redirect("/care/patients/" + s.account().id(), HttpStatus.SEE_OTHER);
        });
    }

    static final int NOTE_LENGTH = 2000;

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
        List<FieldError> problems = new java.util.ArrayList<>();
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
        CareNote note = care.note(s.account().id(), clinician.id(), text, web.clock().instant());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", String.valueOf(note.id()));
        out.put("at", note.at().toString());
        out.put("text", note.text());
        ctx.status(201).json(out);
    }

    static final int REASON_LENGTH = org.plimsoll.engine.care.CareDecision.REASON_LENGTH;

    /** The reason a clinician gives, which the person reads; empty or too long is a problem at {@code at}. */
    static Optional<FieldError> reasonProblem(String reason, String at) {
        return reason.isEmpty() || reason.length() > REASON_LENGTH || reason.chars().anyMatch(Character::isISOControl)
                ? Optional.of(new FieldError(at, "say why, in one line of at most " + REASON_LENGTH
                        + " characters: the person reads it"))
                : Optional.empty();
    }

    /**
     * The settings a clinician sent, within ENGINE.md's ranges, with their reason; problems are named
     * by {@code at} + the setting's key. Only values that differ are changes.
     */
    private Optional<CoachingSettings> changed(CoachingSettings before, Map<String, String> sent, String reason, String at,
                                               List<FieldError> problems, List<CareRepository.Change> changes) {
        CoachingSettings after = before;
        for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
            String text = sent.getOrDefault(setting.key(), "").strip();
            if (text.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                problems.add(new FieldError(at + setting.key(), "must be a whole number " + Wording.settingRange(setting)));
                continue;
            }
            if (!setting.allows(value)) {
                problems.add(new FieldError(at + setting.key(), "must be " + Wording.settingRange(setting) + ", was " + value));
                continue;
            }
            boolean own = setting != CoachingSettings.Setting.BASELINE_DISCOUNT_PERCENT
                    || before.baselineDiscountPercent().isPresent();
            if (value != before.value(setting)) {
                changes.add(new CareRepository.Change(setting, own ? String.valueOf(before.value(setting)) : "default",
                        String.valueOf(value)));
                after = after.with(setting, value);
            }
        }
        reasonProblem(reason, at + "reason").ifPresent(problems::add);
        if (problems.isEmpty() && changes.isEmpty()) {
            problems.add(new FieldError(at + "holdDays", "nothing changed"));
        }
        return problems.isEmpty() ? Optional.of(after) : Optional.empty();
    }

    /** The changes in words for the person's log: "Days a new level is held 14 → 21". */
    private static String summary(List<CareRepository.Change> changes) {
        return changes.stream().map(c -> Wording.settingName(c.setting()) + " " + c.oldValue() + " → " + c.newValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private void settingsForm(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            Map<String, String> sent = new LinkedHashMap<>();
            for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
                Optional.ofNullable(ctx.formParam(setting.key())).ifPresent(v -> sent.put(setting.key(), v));
            }
            String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
            List<FieldError> problems = new java.util.ArrayList<>();
            List<CareRepository.Change> changes = new java.util.ArrayList<>();
            Optional<CoachingSettings> after = changed(s.history().settings(), sent, reason, "", problems, changes);
            if (after.isEmpty()) {
                ctx.status(400);
                Map<String, String> entered = new LinkedHashMap<>(sent);
                entered.put("reason", reason);
                renderPatient(ctx, s, problems, entered);
                return;
            }
            care.changeSettings(s.account().id(), clinician.id(), after.get(), changes, reason, summary(changes),
                    web.clock().instant());
            ctx.redirect("/care/patients/" + s.account().id(), HttpStatus.SEE_OTHER);
        });
    }

    private void settingsApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patient(ctx, clinician);
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> problems = new java.util.ArrayList<>();
        Map<String, String> sent = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> {
            if (f.getKey().equals("reason")) {
                return;
            }
            if (CoachingSettings.Setting.byKey(f.getKey()).isEmpty()) {
                problems.add(new FieldError("/" + f.getKey(), "is not a coaching setting"));
            } else if (!f.getValue().isIntegralNumber()) {
                // "15" is text, not the number the schema says, even if it reads as one.
                problems.add(new FieldError("/" + f.getKey(), "must be a whole number "
                        + Wording.settingRange(CoachingSettings.Setting.byKey(f.getKey()).get()) + ", was " + f.getValue()));
            } else {
                sent.put(f.getKey(), f.getValue().asText());
            }
        });
        String reason = body.path("reason").isTextual() ? body.path("reason").textValue().strip() : "";
        List<CareRepository.Change> changes = new java.util.ArrayList<>();
        Optional<CoachingSettings> after = changed(s.history().settings(), sent, reason, "/", problems, changes);
        if (after.isEmpty()) {
            throw Problem.invalid(problems);
        }
        care.changeSettings(s.account().id(), clinician.id(), after.get(), changes, reason, summary(changes),
                web.clock().instant());
        Map<String, Object> out = new LinkedHashMap<>();
        for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
            out.put(setting.key(), after.get().value(setting));
        }
        ctx.json(out);
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
            care.record(s.account().id(), clinician.id(), "viewed", "your report (last " + REPORT_WEEKS + " weeks)",
                    web.clock().instant());
            ctx.header("Cache-Control", "no-store");
            ctx.html(web.exports().reportHtml(record(s)));
        });
    }

    private void patientApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patient(ctx, clinician);
        care.record(s.account().id(), clinician.id(), "viewed", "your assessment, through the API", web.clock().instant());
        ctx.contentType("application/json").result(s.json().toString());
    }
}
