package org.plimsoll.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.token.ApiToken;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.problem.Problem;

/**
 * Who is making a request: a bearer API token, or a browser's sign-in cookie. Browser sign-ins
 * live in the database so that any app instance can serve any request and a restart signs
 * nobody out.
 */
public final class SignIn {
    public static final String COOKIE = "plimsoll_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    public static final Duration BROWSER_SIGN_IN_LASTS = Duration.ofDays(30);
    private static final String ACCOUNT_ATTRIBUTE = "plimsoll.account";
    private static final String ZONE_ATTRIBUTE = "plimsoll.zone";

    private final AccountRepository accounts;
    private final TokenRepository tokens;
    private final Clock clock;

    public SignIn(AccountRepository accounts, TokenRepository tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The account whose e-mail and password these are. */
    public Optional<Account> check(String email, String password) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            // Spend the same time as a real check, so timing does not tell which addresses exist.
            Passwords.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        return account.filter(a -> Passwords.matches(password, a.passwordHash()));
    }

    /**
     * The Argon2id hash of a random password nobody knows, with today's parameters. Computing it
     * at start-up would cost a 19 MiB allocation for nothing.
     */
    private static final String DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$UTpflK3nmwdlmiVT9SQyAw$uqhSL2FpcKJPwXhXNRMIeULLlPnnpMKMSHEkWX8GTTg";

    public void startBrowserSession(Context ctx, Account account) {
        String secret = Secrets.newToken("pls_");
        Instant now = clock.instant();
        tokens.createWebSession(account.id(), Secrets.sha256(secret), now, now.plus(BROWSER_SIGN_IN_LASTS));
        ctx.cookie(new Cookie(COOKIE, secret, "/", (int) BROWSER_SIGN_IN_LASTS.toSeconds(), isHttps(ctx), true,
                null, SameSite.LAX));
    }

    public void endBrowserSession(Context ctx) {
        String secret = ctx.cookie(COOKIE);
        if (secret != null) {
            tokens.deleteWebSession(Secrets.sha256(secret));
        }
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, isHttps(ctx), true, null, SameSite.LAX));
    }

    /**
     * Where people reach this server, for addresses handed out (a calendar feed, a share link): https
     * when the request came over TLS, also through a configured proxy that says so, as the cookie rule
     * decides. The scheme and host follow X-Forwarded-* only from a trusted proxy ({@code TrustedProxies}).
     */
    public static String origin(Context ctx) {
        return (isHttps(ctx) ? "https" : "http") + "://" + ctx.host();
    }

    private static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The signed-in account, if any; a bad bearer token is an error, not an anonymous request. */
    public Optional<Account> current(Context ctx) {
        if (ctx.attributeMap().containsKey(ACCOUNT_ATTRIBUTE)) {
            return ctx.attribute(ACCOUNT_ATTRIBUTE);
        }
        Optional<Account> account = resolve(ctx);
        ctx.attribute(ACCOUNT_ATTRIBUTE, account);
        return account;
    }

    private Optional<Account> resolve(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Problem.unauthorized("the Authorization header must be 'Bearer <token>'");
            }
            String token = authorization.substring(7).trim();
            TokenRepository.TokenUse use = tokens.useApiToken(Secrets.sha256(token), clock.instant())
                    .orElseThrow(() -> Problem.unauthorized("the API token is unknown or revoked"));
            requireScope(ctx, use.scope());
            ctx.attribute(ZONE_ATTRIBUTE, use.signedIn().zone());
            return Optional.of(use.account());
        }
        String secret = ctx.cookie(COOKIE);
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<TokenRepository.SignedIn> signedIn = tokens.webSession(Secrets.sha256(secret), clock.instant());
        if (signedIn.isPresent()) {
            requireCsrfProtection(ctx, secret);
            ctx.attribute(ZONE_ATTRIBUTE, signedIn.get().zone());
        }
        return signedIn.map(TokenRepository.SignedIn::account);
    }

    /**
     * The signed-in person's time zone as read with their sign-in on this request (UTC until they have a
     * profile); empty on a request not signed in, or one whose sign-in was not read yet.
     */
    public static Optional<java.time.ZoneId> zone(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ZONE_ATTRIBUTE));
    }

    /** A read-only token reads (GET, HEAD) and nothing else: not even a new token or its own revocation. */
    private static void requireScope(Context ctx, ApiToken.Scope scope) {
        String method = ctx.method().name();
        if (scope == ApiToken.Scope.READ && !method.equals("GET") && !method.equals("HEAD")) {
            throw Problem.forbidden("this API token's scope is 'read': it may only read (GET, HEAD), not " + method
                    + "; make a token with scope 'full' to change anything");
        }
    }

    /**
     * A cookie travels with any request the browser makes, including one a hostile page starts.
     * A state-changing request signed in by cookie must therefore come from our own origin and
     * carry the sign-in's CSRF token, in the {@code X-CSRF-Token} header or the {@code _csrf} field.
     */
    private static void requireCsrfProtection(Context ctx, String secret) {
        if (isSafe(ctx)) {
            return;
        }
        requireSameOrigin(ctx);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                csrfTokenFor(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw Problem.forbidden("the form is out of date or was not sent from this site (CSRF token missing "
                    + "or wrong): reload the page and try again");
        }
    }

    /** Sign-in and sign-up forms have no sign-in yet; they are still refused from another site. */
    public static void requireSameOrigin(Context ctx) {
        String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
        String host = ctx.host(); // the Host header, or a trusted proxy's X-Forwarded-Host
        if (origin == null || host == null || !host.equalsIgnoreCase(authority(origin))) {
            throw Problem.forbidden("cross-site request refused: a signed-in form must be sent from this site");
        }
    }

    /** GET, HEAD and OPTIONS change nothing; every other method may. */
    public static boolean isSafe(Context ctx) {
        String method = ctx.method().name();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private static boolean isForm(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    /**
     * The CSRF token of the browser's sign-in: derived from the cookie's secret, which no other site
     * can read, so it needs no storage and changes with every sign-in. Empty when not signed in.
     */
    public String csrfToken(Context ctx) {
        String secret = ctx.cookie(COOKIE);
        return secret == null || secret.isEmpty() ? "" : csrfTokenFor(secret);
    }

    private static String csrfTokenFor(String secret) {
        return Secrets.sha256("csrf:" + secret);
    }

    /** The account this request was already resolved to, without resolving it now. */
    public Optional<Account> resolvedAccount(Context ctx) {
        Optional<Account> account = ctx.attribute(ACCOUNT_ATTRIBUTE);
        return account == null ? Optional.empty() : account;
    }

    private static String authority(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The signed-in account, or a 401 problem. */
    public Account required(Context ctx) {
        return current(ctx).orElseThrow(() -> Problem.unauthorized(
                "sign in first: send 'Authorization: Bearer <token>' (POST /api/v1/auth/token gives one)"));
    }
}
