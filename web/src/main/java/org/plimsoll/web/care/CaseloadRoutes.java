package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.CareLog;
import org.plimsoll.words.Reasons;

/** The clinician's home: the people whose invitation stands, who needs attention first, and taking up a code. */
public final class CaseloadRoutes {
    /** One person in a caseload: who, and why they need attention now (nothing when nothing does). */
    public record Patient(CareLink link, List<String> attention) {
    }

    /** The clinician's page: {@code ended} says, for each person who ended the access, that they did and when. */
    public record CaseloadView(List<Patient> patients, List<String> ended, Optional<String> problem) {
    }

    private final Wiring web;
    private final CareRepository care;
    private final CareInvitations invitations;
    private final CaseloadAttention attention;

    CaseloadRoutes(Wiring web, CareInvitations invitations, CaseloadAttention attention) {
        this.web = web;
        this.care = web.care();
        this.invitations = invitations;
        this.attention = attention;
    }

    void register(RoutesConfig routes) {
        routes.get("/care", ctx -> Guard.with(ctx, a -> page(ctx, a, Optional.empty())), Access.CLINICIAN);
        routes.post("/care/accept", this::acceptForm, Access.CLINICIAN);
        routes.get("/api/v1/care/patients", ctx -> ctx.json(new CareJson.Patients(caseload(Guard.account(ctx)).stream()
                .map(p -> CareJson.Patient.of(p.link(), p.attention())).toList())), Access.CLINICIAN);
        routes.post("/api/v1/care/accept", this::acceptApi, Access.CLINICIAN);
    }

    private void page(Context ctx, Account clinician, Optional<String> problem) {
        java.time.ZoneId zone = web.zoneOf(ctx, clinician);
        List<String> ended = care.formerPatients(clinician.id()).stream().map(l -> CareLog.accessEnded(l.otherName(),
                l.revokedAt().orElseThrow().atZone(zone).toLocalDate())).toList();
        web.pages().render(ctx, "care.jte", "Your patients", "care", new CaseloadView(caseload(clinician), ended,
                problem));
    }

    /**
     * The people whose invitation stands, those who need attention first (most urgent first), then by name:
     * one read of what is stored ({@link CaseloadAttention}), worded here in the clinician's page.
     */
    private List<Patient> caseload(Account clinician) {
        return attention.caseload(clinician.id()).stream()
                .sorted(Comparator.comparingInt(CaseloadAttention.Seen::rank).thenComparing(s -> s.link().otherName()))
                .map(s -> new Patient(s.link(), Reasons.of(s.reasons(), s.units()))).toList();
    }

    private void acceptForm(Context ctx) {
        Guard.with(ctx, clinician -> {
            String code = Optional.ofNullable(ctx.formParam("code")).orElse("").trim();
            CareRepository.Acceptance result = invitations.accept(clinician, code);
            if (result instanceof CareRepository.Acceptance.Accepted) {
                ctx.redirect("/care", HttpStatus.SEE_OTHER);
            } else if (result instanceof CareRepository.Acceptance.Refused r) {
                ctx.status(400);
                page(ctx, clinician, Optional.of(r.why()));
            }
        });
    }

    private void acceptApi(Context ctx) {
        Account clinician = Guard.account(ctx);
        JsonNode body = JsonBodies.read(ctx, web.json());
        CareRepository.Acceptance result = invitations.accept(clinician, body.path("code").asText(""));
        if (result instanceof CareRepository.Acceptance.Refused r) {
            throw Problem.invalid("/code", r.why());
        }
        ctx.status(201).json(CareJson.Patient.of(((CareRepository.Acceptance.Accepted) result).link(), List.of()));
    }
}
