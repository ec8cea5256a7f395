package org.plimsoll.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.IdempotencyRepository;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.store.reset.PasswordResetRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Passwords;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.problem.FieldError;

/**
 * "Forgot your password?": a single-use link by e-mail, valid {@link #VALID} minutes. The page answers
 * the same words, as fast, whether or not the address has an account (the mail goes out after the
 * answer). Using the link sets the new password and ends every sign-in of the account. Only served
 * when this server can send e-mail; without it, {@code plimsoll account reset-password} does the job.
 */
public final class PasswordReset {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PasswordReset.class);
    public static final Duration VALID = Duration.ofMinutes(30);
    /** Links one account can be sent per hour: enough for a lost mail, too few to flood an inbox. */
    static final int PER_HOUR = 3;
    static final String SENT = "If an account has this address, a link to choose a new password is on its way. "
            + "It works once, for 30 minutes. Nothing arrived? Look in the spam folder, or ask again in a few minutes.";

    /** What the two pages show. */
    public record View(List<FieldError> problems, String email, Optional<String> sent, String token) {
        public Optional<String> problemFor(String field) {
            return FieldError.messageFor(problems, field);
        }
    }

    private final Wiring web;
    private final Mailer mailer;
    private final PasswordResetRepository resets;

    public PasswordReset(Wiring web, Mailer mailer) {
        this.web = web;
        this.mailer = mailer;
        this.resets = new PasswordResetRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/forgot", ctx -> page(ctx, "forgot.jte", new View(List.of(), "", Optional.empty(), "")), Access.PUBLIC);
        routes.post("/forgot", this::send, Access.PUBLIC);
        routes.get("/reset/{secret}", this::choose, Access.PUBLIC);
        routes.post("/reset/{secret}", this::reset, Access.PUBLIC);
    }

    private void page(Context ctx, String template, View view) {
        // The site-wide Referrer-Policy (same-origin) keeps the link's secret from other sites; no-referrer
        // would make the browser send "Origin: null" with the form, which the same-origin check refuses.
        ctx.header("Cache-Control", "no-store");
        web.pages().render(ctx, template, template.equals("reset.jte") ? "Choose a new password" : "Forgot your password?",
                "", view);
    }

    private void send(Context ctx) {
        SignIn.requireSameOrigin(ctx);
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        if (email.isEmpty() || email.length() > 320 || !email.contains("@")) {
            ctx.status(400);
            page(ctx, "forgot.jte", new View(List.of(new FieldError("email", "Type the e-mail address you signed up with.")),
                    email, Optional.empty(), ""));
            return;
        }
        web.limit().forgot(ctx.ip());
        Instant now = web.clock().instant();
        // Whether the address has an account is looked at on the mail thread, not the request's: the answer
        // does the same work either way (24 ms against 11 ms used to tell who had an account).
        String key = Optional.ofNullable(Idempotency.formKey(ctx)).filter(k -> k.length() <= 200).orElse(null);
        mailer.later(() -> mailLink(email, now, key));
        page(ctx, "forgot.jte", new View(List.of(), "", Optional.of(SENT), ""));
    }

    /**
     * One link per form sent: the form's key is kept with the account's reset in one transaction, so a
     * double tap (or Back and the same form again) sends one link, and the page answers both alike.
     */
    private void mailLink(String email, Instant now, String key) {
        Optional<Account> account = web.accounts().findByEmail(email);
        if (account.isEmpty()) {
            return;
        }
        String secret = Secrets.newToken("plr_");
        Optional<IdempotencyKey> once = Optional.ofNullable(key).map(k -> new IdempotencyKey(k,
                Secrets.sha256("POST /forgot\n" + account.get().email())));
        Outcome made = IdempotencyRepository.onceJoining(web.database(), account.get().id(), now, once, () ->
                new Answer(resets.createWithin(account.get().id(), Secrets.sha256(secret), now, now.plus(VALID), PER_HOUR,
                        now.minus(Duration.ofHours(1))) ? 201 : 429, ""));
        if (!(made instanceof Outcome.Written written) || written.answer().status() != 201) {
            return;
        }
        String link = web.outbound().publicUrl() + "/reset/" + secret;
        try {
            mailer.send(account.get().email(), org.plimsoll.words.ResetMail.subject(),
                    org.plimsoll.words.ResetMail.body(link, (int) VALID.toMinutes()));
        } catch (jakarta.mail.MessagingException e) {
            LOG.warn("a password-reset e-mail could not be sent: {}", e.getMessage());
        }
    }

    private void choose(Context ctx) {
        String token = ctx.pathParam("secret");
        if (resets.openAccount(Secrets.sha256(token), web.clock().instant()).isEmpty()) {
            gone(ctx);
            return;
        }
        page(ctx, "reset.jte", new View(List.of(), "", Optional.empty(), token));
    }

    private void reset(Context ctx) {
        SignIn.requireSameOrigin(ctx);
        String token = ctx.pathParam("secret");
        // Counted, then the link checked, and only then a password hashed: a made-up link costs one row.
        web.limit().resetAttempt(ctx.ip());
        if (token.length() > 100 || resets.openAccount(Secrets.sha256(token), web.clock().instant()).isEmpty()) {
            gone(ctx);
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<String> weakness = Passwords.weakness(password);
        if (weakness.isPresent()) {
            ctx.status(400);
            page(ctx, "reset.jte", new View(List.of(new FieldError("password", "The password " + weakness.get() + ".")),
                    "", Optional.empty(), token));
            return;
        }
        if (resets.use(Secrets.sha256(token), Passwords.hash(password), web.clock().instant()).isEmpty()) {
            gone(ctx);
            return;
        }
        ctx.redirect("/signin?reset=1", HttpStatus.SEE_OTHER);
    }

    private void gone(Context ctx) {
        ctx.status(410);
        page(ctx, "forgot.jte", new View(List.of(new FieldError("form",
                "This link has been used or is more than 30 minutes old. Ask for a new one below.")), "", Optional.empty(), ""));
    }
}
