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
import org.plimsoll.engine.care.Attention;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.words.Reasons;

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
    public record AccessView(List<CareLink> clinicians, List<CareEvent> events, Optional<String> newCode,
                             Optional<Instant> codeExpires, ZoneId zone) {
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
        this.care = new CareRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/care/access", ctx -> Guard.with(ctx, a -> accessPage(ctx, a, Optional.empty())), Access.SIGNED_IN);
        routes.post("/care/invitations", ctx -> Guard.with(ctx, a -> accessPage(ctx, a, Optional.of(invite(a)))),
                Access.SIGNED_IN);
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
        routes.get("/api/v1/care/patients", ctx -> ctx.json(Map.of("patients",
                caseload(Guard.account(ctx)).stream().map(p -> patientJson(p.link(), p.attention())).toList())),
                Access.CLINICIAN);
        routes.post("/api/v1/care/accept", this::acceptApi, Access.CLINICIAN);
        routes.get("/api/v1/care/patients/{id}", this::patientApi, Access.CLINICIAN);
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
        Instant now = web.clock().instant();
        web.pages().render(ctx, "care-access.jte", "Your physiotherapist", "account", new AccessView(
                care.clinicians(person.id()), care.events(person.id()), newCode,
                newCode.map(c -> now.plus(CODE_VALID)), web.profiles().zoneOf(person.id())));
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
        String code = invite(person);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("expiresAt", web.clock().instant().plus(CODE_VALID).toString());
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
    private Snapshot patient(Context ctx, Account clinician) {
        long id = PathId.of(ctx, "patient");
        care.standingLink(clinician.id(), id).orElseThrow(() -> Problem.notFound("patient " + id));
        Account person = web.accounts().findById(id).orElseThrow(() -> Problem.notFound("patient " + id));
        return web.snapshots().of(person);
    }

    private void patientPage(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patient(ctx, clinician);
            care.record(s.account().id(), clinician.id(), "viewed", "your report (last " + REPORT_WEEKS + " weeks)",
                    web.clock().instant());
            LocalDate to = s.today();
            ctx.header("Cache-Control", "no-store");
            ctx.html(web.exports().reportHtml(new Report(s, to.minusWeeks(REPORT_WEEKS).plusDays(1), to,
                    ReportPart.all(), Exports.title(s), Optional.empty())));
        });
    }

    private void patientApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patient(ctx, clinician);
        care.record(s.account().id(), clinician.id(), "viewed", "your assessment, through the API", web.clock().instant());
        ctx.contentType("application/json").result(s.json().toString());
    }
}
