package org.plimsoll.web.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.auth.Passwords;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import java.util.ArrayList;
import java.util.List;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.Problem;

/** Creating an account and getting an API token for it. */
public final class AccountRoutes {
    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final TokenRepository tokens;
    private final SignIn signIn;
    private final ObjectMapper json;
    private final Clock clock;

    public AccountRoutes(AccountRepository accounts, ProfileRepository profiles, TokenRepository tokens,
                         SignIn signIn, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.tokens = tokens;
        this.signIn = signIn;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/accounts", this::create);
        routes.post("/api/v1/auth/token", this::token);
        routes.get("/api/v1/me", this::me);
    }

    private void create(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
        body.allowOnly("email", "password", "timezone");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        ZoneId zone = body.zone("timezone").orElse(ZoneId.of("UTC"));
        if (!email.isEmpty() && !looksLikeEmail(email)) {
            body.problem("email", "must be an e-mail address like ana@example.org");
        }
        if (!password.isEmpty()) {
            Passwords.weakness(password).ifPresent(why -> body.problem("password", why));
        }
        JsonBodies.requireValid(problems);
        Account account = accounts.create(email, Passwords.hash(password), clock.instant())
                .orElseThrow(() -> Problem.conflict("an account with this e-mail address exists already"));
        profiles.save(account.id(), Profile.defaultFor(zone), clock.instant());
        ctx.status(201).header("Location", "/api/v1/me")
                .json(Map.of("id", String.valueOf(account.id()), "email", account.email()));
    }

    static boolean looksLikeEmail(String email) {
        String e = email.trim();
        int at = e.indexOf('@');
        return e.length() <= 320 && at > 0 && at == e.lastIndexOf('@') && e.indexOf('.', at) > at + 1
                && !e.endsWith(".") && e.chars().noneMatch(Character::isWhitespace);
    }

    private void token(Context ctx) {
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, json, problems);
        body.allowOnly("email", "password", "name");
        String email = body.requiredText("email").orElse("");
        String password = body.requiredText("password").orElse("");
        String name = body.text("name").orElse("API token");
        if (name.length() > 120) {
            body.problem("name", "must be at most 120 characters");
        }
        JsonBodies.requireValid(problems);
        Account account = signIn.check(email, password)
                .orElseThrow(() -> Problem.unauthorized("the e-mail address or the password is wrong"));
        String token = Secrets.newToken("plm_");
        var stored = tokens.createApiToken(account.id(), name, Secrets.sha256(token), clock.instant());
        ctx.status(201).json(Map.of("id", String.valueOf(stored.id()), "name", stored.name(), "token", token,
                "note", "Keep this token: it is shown only once."));
    }

    private void me(Context ctx) {
        Account account = signIn.required(ctx);
        ctx.json(Map.of("id", String.valueOf(account.id()), "email", account.email()));
    }
}
