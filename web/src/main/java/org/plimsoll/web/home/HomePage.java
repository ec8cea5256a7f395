package org.plimsoll.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.account.SignUp;
import org.plimsoll.web.account.SignUpKey;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Passwords;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/** The start page, sign-up, sign-in and sign-out. */
public final class HomePage {
    /** What the start page shows to someone not signed in. */
    public record View(Optional<String> hint) {
    }

    /** The sign-in and sign-up forms: what went wrong, what was typed, where to go next. */
    public record FormView(List<FieldError> problems, String email, Optional<String> hint, String next,
                           boolean forgotLink) {
        public Optional<String> problemFor(String field) {
            return FieldError.messageFor(problems, field);
        }
    }

    private final Optional<String> hint;
    private final boolean forgotLink;
    private final Wiring web;

    /** {@code forgotLink}: this server can send e-mail, so the sign-in page offers "Forgot your password?". */
    public HomePage(Wiring web, Optional<String> hint, boolean forgotLink) {
        this.forgotLink = forgotLink;
        this.web = web;
        this.hint = hint;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home, Access.PUBLIC);
        routes.get("/signin", ctx -> web.pages().render(ctx, "signin.jte", "Sign in", "",
                new FormView(List.of(), "", ctx.queryParam("reset") != null
                        ? Optional.of("Your new password is set, and you are signed out everywhere. Sign in with it.") : hint,
                        next(ctx), forgotLink)), Access.PUBLIC);
        routes.post("/signin", this::signInWithForm, Access.PUBLIC);
        routes.get("/signup", ctx -> web.pages().render(ctx, "signup.jte", "Sign up", "",
                new FormView(List.of(), "", Optional.empty(), "/onboarding", false)), Access.PUBLIC);
        routes.post("/signup", this::signUpWithForm, Access.PUBLIC);
        routes.post("/signout", this::signOut, Access.PUBLIC);
    }

    private void home(Context ctx) {
        Optional<Account> account = web.signIn().current(ctx);
        if (account.isEmpty()) {
            web.pages().render(ctx, "welcome.jte", "Welcome", "", new View(hint));
            return;
        }
        ctx.redirect(web.care().isClinician(account.get().id()) ? "/care"
                : web.profiles().isOnboarded(account.get().id()) ? "/today" : "/onboarding", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: never send someone on to another site after signing in. */
    private static String next(Context ctx) {
        return sameSitePath(Optional.ofNullable(ctx.queryParam("next")).or(() -> Optional.ofNullable(ctx.formParam("next")))
                .orElse("/"));
    }

    /**
     * The path and query of {@code next} when it parses as a path on this site, else "/". Browsers
     * drop tabs and line breaks from addresses, so "/\t/other-host" would become "//other-host":
     * any control character, space or backslash refuses it, and so does anything with a scheme or
     * a host, or a path that begins with two slashes before or after decoding.
     */
    static String sameSitePath(String next) {
        if (next.isEmpty() || next.chars().anyMatch(c -> c <= ' ' || c == 0x7F || c == '\\')) {
            return "/";
        }
        try {
            java.net.URI uri = new java.net.URI(next);
            String path = uri.getRawPath();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                    || path.startsWith("//") || uri.getPath().startsWith("//") || uri.getPath().contains("\\")) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }

    private void signInWithForm(Context ctx) {
        SignIn.requireSameOrigin(ctx);
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = next(ctx);
        try {
            web.limit().attempt(email, ctx.ip());
        } catch (Problem tooMany) {
            ctx.status(429);
            tooMany.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", String.valueOf(s)));
            web.pages().render(ctx, "signin.jte", "Sign in", "",
                    new FormView(List.of(new FieldError("form", tooMany.detail())), email, hint, next, forgotLink));
            return;
        }
        Optional<Account> account = web.signIn().check(email, password);
        if (account.isEmpty()) {
            ctx.status(401);
            web.pages().render(ctx, "signin.jte", "Sign in", "", new FormView(List.of(new FieldError("form",
                    "That e-mail address and password do not match an account.")), email, hint, next, forgotLink));
            return;
        }
        web.limit().succeeded(email);
        web.signIn().startBrowserSession(ctx, account.get());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void signUpWithForm(Context ctx) {
        SignIn.requireSameOrigin(ctx);
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        boolean clinician = ctx.formParam("clinician") != null;
        List<FieldError> problems = new java.util.ArrayList<>(SignUp.problems(email, password));
        ZoneId zone = zone(ctx.formParam("timezone"));
        Optional<SignUpKey> key = problems.isEmpty() ? SignUpKey.of(Idempotency.formKey(ctx), email, clinician)
                : Optional.empty();
        // A repeat is recognised before anything is checked, so that a second tap is not told the address is taken.
        Optional<SignUpKey.Earlier> earlier = key.flatMap(k -> k.earlier(web, email, password));
        Optional<Account> account = Optional.empty();
        String next = clinician ? "/care" : "/onboarding";
        if (problems.isEmpty() && earlier.isEmpty()) {
            try {
                web.limit().signUp(ctx.ip());
                java.util.function.Consumer<Account> role = clinician ? this::clinician : a -> { };
                account = Optional.of(key.isEmpty() ? web.signUp().create(email, password, zone, true)
                        : key.get().create(web, email, Passwords.hash(password), zone, next, role));
                if (key.isEmpty()) {
                    role.accept(account.get());
                }
            } catch (Problem refused) {
                if (refused.status() != 409) {
                    ctx.status(refused.status());
                    refused.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", String.valueOf(s)));
                    web.pages().render(ctx, "signup.jte", "Sign up", "", new FormView(
                            List.of(new FieldError("form", refused.detail())), email, Optional.empty(), "/onboarding", false));
                    return;
                }
                // Two taps at once: the first made the account while this one was on its way.
                earlier = key.flatMap(k -> k.earlier(web, email, password));
                if (earlier.isEmpty()) {
                    problems.add(new FieldError("email", "already has an account here: sign in instead"));
                }
            }
        }
        if (earlier.isPresent()) {
            ctx.header("Idempotent-Replayed", "true");
            web.signIn().startBrowserSession(ctx, earlier.get().account());
            ctx.redirect(earlier.get().next(), HttpStatus.SEE_OTHER);
            return;
        }
        if (account.isEmpty()) {
            ctx.status(400);
            web.pages().render(ctx, "signup.jte", "Sign up", "", new FormView(problems, email, Optional.empty(), "/onboarding", false));
            return;
        }
        web.signIn().startBrowserSession(ctx, account.get());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** A clinician's account: their home is their caseload, and they are not asked a person's onboarding. */
    private void clinician(Account account) {
        web.care().registerClinician(account.id(), web.clock().instant());
        web.profiles().setOnboarded(account.id(), true);
    }

    /** The browser's own zone when it sent a valid one, else UTC; it can be changed in Settings. */
    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private void signOut(Context ctx) {
        web.signIn().current(ctx);
        web.signIn().endBrowserSession(ctx);
        // Nothing of this person stays on the device for the next one: the browser drops its cached
        // pages, the offline copies and the queue (app.js does the same for browsers without this header).
        ctx.header("Clear-Site-Data", "\"cache\", \"storage\"");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
