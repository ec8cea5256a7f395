package org.plimsoll.web.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.token.ApiToken;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.auth.SignInLimit;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.page.Pages;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.problem.Problem;

/** Creating an account, personal access tokens, and deleting everything. */
public final class AccountRoutes {
    /** The account page: the tokens, and a new token's secret the one time it is shown. */
    public record View(String email, List<ApiToken> tokens, Optional<String> newToken, Optional<String> problem) {
    }

    private final AccountRepository accounts;
    private final TokenRepository tokens;
    private final SignIn signIn;
    private final SignInLimit limit;
    private final SignUp signUp;
    private final Pages pages;
    private final Snapshots snapshots;
    private final ObjectMapper json;
    private final Clock clock;

    public AccountRoutes(AccountRepository accounts, TokenRepository tokens, SignIn signIn, SignInLimit limit,
                         SignUp signUp, Pages pages, Snapshots snapshots, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIn = signIn;
        this.limit = limit;
        this.signUp = signUp;
        this.pages = pages;
        this.snapshots = snapshots;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/accounts", this::create);
        routes.post("/api/v1/auth/token", this::token);
        routes.get("/api/v1/me", this::me);
        routes.get("/api/v1/tokens", this::listTokens);
        routes.post("/api/v1/tokens", this::createToken);
        routes.delete("/api/v1/tokens/{id}", this::revokeToken);
        routes.delete("/api/v1/account", this::deleteAccount);

        routes.get("/account", this::page);
        routes.post("/account/tokens", this::createTokenWithForm);
        routes.post("/account/tokens/{id}/revoke", this::revokeTokenWithForm);
        routes.post("/account/delete", this::deleteWithForm);
    }

    private void create(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
        body.allowOnly("email", "password", "timezone");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        ZoneId zone = body.zone("timezone").orElse(ZoneId.of("UTC"));
        if (!email.isEmpty() && !password.isEmpty()) {
            SignUp.problems(email, password).forEach(e -> body.problem(e.field(), e.message()));
        }
        JsonBodies.requireValid(problems);
        limit.signUp(ctx.ip());
        Account account = signUp.create(email, password, zone, false);
        ctx.status(201).header("Location", "/api/v1/me")
                .json(Map.of("id", String.valueOf(account.id()), "email", account.email()));
    }

    private void token(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
        body.allowOnly("email", "password", "name");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        String name = tokenName(body);
        JsonBodies.requireValid(problems);
        limit.attempt(email, ctx.ip());
        Optional<Account> account = signIn.check(email, password);
        if (account.isEmpty()) {
            throw Problem.unauthorized("the e-mail address or the password is wrong");
        }
        limit.succeeded(email);
        ctx.status(201).json(newToken(account.get(), name));
    }

    private static String tokenName(JsonFields body) {
        String name = body.text("name").orElse("API token");
        if (name.length() > 120) {
            body.problem("name", "must be at most 120 characters");
        }
        return name;
    }

    private Map<String, Object> newToken(Account account, String name) {
        String token = Secrets.newToken("plm_");
        ApiToken stored = tokens.createApiToken(account.id(), name, Secrets.sha256(token), clock.instant());
        Map<String, Object> answer = new LinkedHashMap<>(tokenView(stored));
        answer.put("token", token);
        answer.put("note", "Keep this token: it is shown only once.");
        return answer;
    }

    private static Map<String, Object> tokenView(ApiToken t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(t.id()));
        view.put("name", t.name());
        view.put("createdAt", t.createdAt().toString());
        view.put("lastUsedAt", t.lastUsedAt().map(Object::toString).orElse(null));
        view.put("revokedAt", t.revokedAt().map(Object::toString).orElse(null));
        return view;
    }

    private void me(Context ctx) {
        Account account = signIn.required(ctx);
        ctx.json(Map.of("id", String.valueOf(account.id()), "email", account.email()));
    }

    private void listTokens(Context ctx) {
        Account account = signIn.required(ctx);
        ctx.json(Map.of("tokens", tokens.listApiTokens(account.id()).stream().map(AccountRoutes::tokenView).toList()));
    }

    private void createToken(Context ctx) {
        Account account = signIn.required(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
        body.allowOnly("name");
        String name = tokenName(body);
        JsonBodies.requireValid(problems);
        ctx.status(201).json(newToken(account, name));
    }

    private long tokenId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("token " + ctx.pathParam("id"));
        }
    }

    private void revokeToken(Context ctx) {
        Account account = signIn.required(ctx);
        long id = tokenId(ctx);
        if (!ownsToken(account, id)) {
            throw Problem.notFound("token " + id);
        }
        tokens.revokeApiToken(account.id(), id, clock.instant());
        ctx.status(204);
    }

    private boolean ownsToken(Account account, long id) {
        return tokens.listApiTokens(account.id()).stream().anyMatch(t -> t.id() == id);
    }

    /** Deleting everything needs the account's own e-mail address typed again: there is no undo. */
    private void deleteAccount(Context ctx) {
        Account account = signIn.required(ctx);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
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
        accounts.delete(account.id());
        snapshots.forget(account.id());
    }

    private void page(Context ctx) {
        pages.signedInOrRedirect(ctx).ifPresent(account -> render(ctx, account, Optional.empty(), Optional.empty()));
    }

    private void render(Context ctx, Account account, Optional<String> newToken, Optional<String> problem) {
        pages.render(ctx, "account.jte", "Account", "account",
                new View(account.email(), tokens.listApiTokens(account.id()), newToken, problem));
    }

    private void createTokenWithForm(Context ctx) {
        Account account = signIn.required(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).map(String::trim).filter(n -> !n.isEmpty())
                .orElse("API token");
        if (name.length() > 120) {
            ctx.status(400);
            render(ctx, account, Optional.empty(), Optional.of("A token's name must be at most 120 characters."));
            return;
        }
        render(ctx, account, Optional.of((String) newToken(account, name).get("token")), Optional.empty());
    }

    private void revokeTokenWithForm(Context ctx) {
        Account account = signIn.required(ctx);
        long id = tokenId(ctx);
        if (!ownsToken(account, id)) {
            throw Problem.notFound("token " + id);
        }
        tokens.revokeApiToken(account.id(), id, clock.instant());
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    private void deleteWithForm(Context ctx) {
        Account account = signIn.required(ctx);
        String confirm = Optional.ofNullable(ctx.formParam("confirm")).orElse("");
        if (!AccountRepository.normalEmail(confirm).equals(account.email())) {
            ctx.status(400);
            render(ctx, account, Optional.empty(), Optional.of(
                    "Nothing was deleted: type this account's e-mail address exactly to confirm."));
            return;
        }
        signIn.endBrowserSession(ctx);
        delete(account);
        ctx.redirect("/?deleted=1", HttpStatus.SEE_OTHER);
    }
}
