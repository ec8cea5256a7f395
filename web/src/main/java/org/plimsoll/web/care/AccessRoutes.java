package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.store.care.CareNote;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.InvitationMail;

/**
 * The person's side of care: they make an invitation code for their clinician, see who has access,
 * what they looked at and wrote, and end an access at any time.
 */
public final class AccessRoutes {
    /** The person's page. */
    public record AccessView(List<CareLink> clinicians, List<Visits.Line> events, List<CareNote> notes,
                             Optional<String> newCode, Optional<Instant> codeExpires, ZoneId zone, boolean canMail,
                             Optional<String> mailedTo, Optional<String> problem) {
        public List<CareLink> standing() {
            return clinicians.stream().filter(CareLink::standing).toList();
        }
    }

    private final Wiring web;
    private final CareRepository care;
    private final CareInvitations invitations;

    AccessRoutes(Wiring web, CareInvitations invitations) {
        this.web = web;
        this.care = web.care();
        this.invitations = invitations;
    }

    void register(RoutesConfig routes) {
        routes.get("/care/access", ctx -> Guard.with(ctx, a -> page(ctx, a, Optional.empty(), Optional.empty())),
                Access.SIGNED_IN);
        routes.post("/care/invitations", this::inviteForm, Access.SIGNED_IN);
        routes.post("/care/access/{id}/revoke", this::revokeForm, Access.SIGNED_IN);
        routes.post("/api/v1/care/invitations", this::inviteApi, Access.SIGNED_IN);
        routes.get("/api/v1/care/access", ctx -> ctx.json(json(Guard.account(ctx))), Access.SIGNED_IN);
        routes.delete("/api/v1/care/access/{id}", ctx -> {
            revoke(ctx, Guard.account(ctx));
            ctx.status(204);
        }, Access.SIGNED_IN);
    }

    private void page(Context ctx, Account person, Optional<CareInvitations.Invitation> made, Optional<String> problem) {
        web.pages().render(ctx, "care-access.jte", "Your physiotherapist", "account", new AccessView(
                care.clinicians(person.id()), Visits.of(care.events(person.id())), care.notes(person.id()),
                made.map(CareInvitations.Invitation::code), made.map(CareInvitations.Invitation::expiresAt),
                web.zoneOf(ctx, person), web.outbound().mail().isPresent(),
                made.flatMap(CareInvitations.Invitation::emailedTo), problem));
    }

    private void inviteForm(Context ctx) {
        Guard.with(ctx, person -> {
            String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
            try {
                Optional<CareInvitations.Invitation> made = once(ctx, person, Idempotency.formKey(ctx), email);
                page(ctx, person, made, made.isPresent() ? Optional.empty() : Optional.of(org.plimsoll.words.ShownOnce.invitation()));
            } catch (Problem p) {
                ctx.status(p.status());
                String why = p.errors().isEmpty() ? p.detail() : "Your clinician's e-mail " + p.errors().get(0).message() + ".";
                page(ctx, person, Optional.empty(), Optional.of(why));
            }
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
        CareInvitations.Invitation made = once(ctx, person, ctx.header(Idempotency.HEADER), email)
                .orElseThrow(() -> Problem.conflict(org.plimsoll.words.ShownOnce.invitation()));
        ctx.status(201).json(new CareJson.Invitation(made.code(), made.expiresAt().toString(),
                made.emailedTo().orElse(null), InvitationMail.shownOnce((int) CareInvitations.CODE_VALID.toDays())));
    }

    /**
     * One invitation, and one e-mail, under the key: a repeat shows the code the first made (made again from
     * the key), or nothing when another process made it, which cannot make it again.
     */
    private Optional<CareInvitations.Invitation> once(Context ctx, Account person, String key, String email) {
        Optional<String> mailTo = invitations.mailTo(email);
        CareInvitations.Invitation[] made = new CareInvitations.Invitation[1];
        Outcome outcome = web.idempotency().outcome(ctx, person.id(), key, () -> {
            made[0] = invitations.invite(person, mailTo, key);
            return new Answer(201, Secrets.INSTANCE + " " + made[0].expiresAt());
        });
        if (outcome instanceof Outcome.Written) {
            invitations.mail(person, made[0]);
            return Optional.of(made[0]);
        }
        if (outcome instanceof Outcome.Replayed replayed && replayed.answer().body().startsWith(Secrets.INSTANCE + " ")) {
            return Optional.of(new CareInvitations.Invitation(invitations.code(person, key),
                    java.time.Instant.parse(replayed.answer().body().substring(Secrets.INSTANCE.length() + 1)), mailTo));
        }
        if (outcome instanceof Outcome.KeyReused) {
            throw Idempotency.reused();
        }
        return Optional.empty();
    }

    private void revokeForm(Context ctx) {
        Guard.with(ctx, person -> {
            revoke(ctx, person);
            ctx.redirect("/care/access", HttpStatus.SEE_OTHER);
        });
    }

    private void revoke(Context ctx, Account person) {
        if (!care.revoke(person.id(), PathId.of(ctx, "access"), web.clock().instant())) {
            throw Problem.notFound("access " + ctx.pathParam("id"));
        }
    }

    private CareJson.Access json(Account person) {
        return new CareJson.Access(care.clinicians(person.id()).stream().map(CareJson.Clinician::of).toList(),
                care.notes(person.id()).stream().map(CareJson.Note::of).toList(),
                care.events(person.id()).stream().map(CareJson.Event::of).toList());
    }
}
