package org.plimsoll.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.token.ApiToken;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;

/** Creating an account, personal access tokens, and deleting everything. */
public final class AccountRoutes {
    /** The account page: the tokens, and a new token's secret the one time it is shown. */
    public record View(String email, List<ApiToken> tokens, Optional<String> newToken, Optional<String> problem) {
    }
    private final Wiring web;

    public AccountRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/accounts", this::create, Access.PUBLIC);
        routes.post("/api/v1/auth/token", this::token, Access.PUBLIC);
        routes.get("/api/v1/me", this::me, Access.SIGNED_IN);
        routes.get("/api/v1/tokens", this::listTokens, Access.SIGNED_IN);
        routes.post("/api/v1/tokens", this::createToken, Access.SIGNED_IN);
        routes.delete("/api/v1/tokens/{id}", this::revokeToken, Access.SIGNED_IN);
        routes.delete("/api/v1/account", this::deleteAccount, Access.SIGNED_IN);

        routes.get("/account", this::page, Access.SIGNED_IN);
        routes.post("/account/tokens", this::createTokenWithForm, Access.SIGNED_IN);
        routes.post("/account/tokens/{id}/revoke", this::revokeTokenWithForm, Access.SIGNED_IN);
        routes.post("/account/delete", this::deleteWithForm, Access.SIGNED_IN);
    }

    private void create(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("email", "password", "timezone", "clinician");
        boolean clinician = body.flag("clinician");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        ZoneId zone = body.zone("timezone").orElse(ZoneId.of("UTC"));
        if (!email.isEmpty() && !password.isEmpty()) {
            SignUp.problems(email, password).forEach(e -> body.problem(e.field(), e.message()));
        }
        JsonBodies.requireValid(problems);
        web.limit().signUp(ctx.ip());
        Account account = web.signUp().create(email, password, zone, false);
        if (clinician) {
            web.care().registerClinician(account.id(), web.clock().instant());
        }
        ctx.status(201).header("Location", "/api/v1/me")
                .json(Me.of(account));
    }

    private void token(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("email", "password", "name", "scope");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        String name = tokenName(body);
        ApiToken.Scope scope = tokenScope(body);
        JsonBodies.requireValid(problems);
        web.limit().attempt(email, ctx.ip());
        Optional<Account> account = web.signIn().check(email, password);
        if (account.isEmpty()) {
            throw Problem.unauthorized("the e-mail address or the password is wrong");
        }
        web.limit().succeeded(email);
        // A sign-in: each makes its own token, as each sign-in makes its own session.
        ctx.status(201).json(newToken(ctx, account.get(), null, name, scope).orElseThrow());
    }

    /** {@code full} (the default) or {@code read}: a read-only token may only GET and HEAD. */
    private static ApiToken.Scope tokenScope(JsonFields body) {
        return body.code("scope", ApiToken.Scope::of, "full, read").orElse(ApiToken.Scope.FULL);
    }

    private static String tokenName(JsonFields body) {
        String name = body.text("name").orElse("API token");
        if (name.length() > 120) {
            body.problem("name", "must be at most 120 characters");
        }
        return name;
    }

    /**
     * One token under the key: a repeat shows the token the first made (made again from the key), or nothing
     * when another process made it, which cannot make it again.
     */
    private Optional<NewToken> newToken(Context ctx, Account account, String key, String name, ApiToken.Scope scope) {
        String token = Secrets.repeatableToken("plm_", "api-token", account.id(), key);
        Outcome outcome = web.idempotency().outcome(ctx, account.id(), key, () -> {
            ApiToken stored = web.tokens().createApiToken(account.id(), name, scope, Secrets.sha256(token),
                    web.clock().instant());
            Token t = Token.of(stored);
            return new Answer(201, Secrets.INSTANCE + " " + web.json().valueToTree(t));
        });
        if (outcome instanceof Outcome.KeyReused) {
            throw Idempotency.reused();
        }
        Answer answer = outcome instanceof Outcome.Written w ? w.answer() : ((Outcome.Replayed) outcome).answer();
        if (!answer.body().startsWith(Secrets.INSTANCE + " ")) {
            return Optional.empty();
        }
        try {
            Token t = web.json().readValue(answer.body().substring(Secrets.INSTANCE.length() + 1), Token.class);
            return Optional.of(new NewToken(t.id(), t.name(), t.scope(), t.createdAt(), t.lastUsedAt(), t.revokedAt(),
                    token, "Keep this token: it is shown only once."));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored token answer is our own JSON", e);
        }
    }

    /** An account as the API shows it. */
    record Me(String id, String email) {
        static Me of(Account account) {
            return new Me(String.valueOf(account.id()), account.email());
        }
    }

    /** A token as its owner sees it; the secret itself is never shown again. */
    record Token(String id, String name, String scope, String createdAt, String lastUsedAt, String revokedAt) {
        static Token of(ApiToken t) {
            return new Token(String.valueOf(t.id()), t.name(), t.scope().code(), t.createdAt().toString(),
                    t.lastUsedAt().map(Object::toString).orElse(null), t.revokedAt().map(Object::toString).orElse(null));
        }
    }

    /** A token just made: the same fields, and the secret, shown only now. */
    record NewToken(String id, String name, String scope, String createdAt, String lastUsedAt, String revokedAt,
                    String token, String note) {
    }

    record Tokens(List<Token> tokens) {
    }

    private void me(Context ctx) {
        ctx.json(Me.of(Guard.account(ctx)));
    }

    private void listTokens(Context ctx) {
        Account account = Guard.account(ctx);
        ctx.json(new Tokens(web.tokens().listApiTokens(account.id()).stream().map(Token::of).toList()));
    }

    private void createToken(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("name", "scope");
        String name = tokenName(body);
        ApiToken.Scope scope = tokenScope(body);
        JsonBodies.requireValid(problems);
        ctx.status(201).json(newToken(ctx, account, ctx.header(Idempotency.HEADER), name, scope)
                .orElseThrow(() -> Problem.conflict(org.plimsoll.words.ShownOnce.token())));
    }

    private void revokeToken(Context ctx) {
        Account account = Guard.account(ctx);
        long id = PathId.of(ctx, "token");
        if (!ownsToken(account, id)) {
            throw Problem.notFound("token " + id);
        }
        web.tokens().revokeApiToken(account.id(), id, web.clock().instant());
        ctx.status(204);
    }

    private boolean ownsToken(Account account, long id) {
        return web.tokens().listApiTokens(account.id()).stream().anyMatch(t -> t.id() == id);
    }

    /** Deleting everything needs the account's own e-mail address typed again: there is no undo. */
    private void deleteAccount(Context ctx) {
        Account account = Guard.account(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("confirm");
        String confirm = body.requiredText("confirm").orElse("");
        if (!confirm.isEmpty() && !AccountRepository.normalEmail(confirm).equals(account.email())) {
            body.problem("confirm", "must be this account's e-mail address, to confirm deleting everything");
        }
        JsonBodies.requireValid(problems);
        delete(account);
        ctx.status(204);
    }

    private void delete(Account account) {
        web.accounts().delete(account.id());
        web.snapshots().forget(account.id());
    }

    private void page(Context ctx) {
        Guard.with(ctx, account -> render(ctx, account, Optional.empty(), Optional.empty()));
    }

    private void render(Context ctx, Account account, Optional<String> newToken, Optional<String> problem) {
        web.pages().render(ctx, "account.jte", "Account", "account",
                new View(account.email(), web.tokens().listApiTokens(account.id()), newToken, problem));
    }

    private void createTokenWithForm(Context ctx) {
        Account account = Guard.account(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).map(String::trim).filter(n -> !n.isEmpty())
                .orElse("API token");
        if (org.plimsoll.web.form.PlainText.problem(name, 120).isPresent()) {
            ctx.status(400);
            render(ctx, account, Optional.empty(), Optional.of(
                    "A token's name must be at most 120 characters, with no control characters."));
            return;
        }
        ApiToken.Scope scope = "read".equals(ctx.formParam("scope")) ? ApiToken.Scope.READ : ApiToken.Scope.FULL;
        Optional<NewToken> made = newToken(ctx, account, Idempotency.formKey(ctx), name, scope);
        render(ctx, account, made.map(NewToken::token), made.isPresent() ? Optional.empty()
                : Optional.of(org.plimsoll.words.ShownOnce.token()));
    }

    private void revokeTokenWithForm(Context ctx) {
        Account account = Guard.account(ctx);
        long id = PathId.of(ctx, "token");
        if (!ownsToken(account, id)) {
            throw Problem.notFound("token " + id);
        }
        web.tokens().revokeApiToken(account.id(), id, web.clock().instant());
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    private void deleteWithForm(Context ctx) {
        Account account = Guard.account(ctx);
        String confirm = Optional.ofNullable(ctx.formParam("confirm")).orElse("");
        if (!AccountRepository.normalEmail(confirm).equals(account.email())) {
            ctx.status(400);
            render(ctx, account, Optional.empty(), Optional.of(
                    "Nothing was deleted: type this account's e-mail address exactly to confirm."));
            return;
        }
        web.signIn().endBrowserSession(ctx);
        delete(account);
        ctx.redirect("/?deleted=1", HttpStatus.SEE_OTHER);
    }
}
