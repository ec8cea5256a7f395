package org.plimsoll.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.problem.Problem;

/**
 * The one check of who is asking, before every matched route: a public route goes through; any
 * other needs a signed-in account, which the guard puts on the request for the handler. A page
 * asked for by a stranger redirects to sign-in and comes back; anything else answers 401.
 */
public final class Guard {
    private static final String ACCOUNT = "plimsoll.guarded-account";

    private final SignIn signIn;
    private final CareRepository care;

    public Guard(SignIn signIn, CareRepository care) {
        this.signIn = signIn;
        this.care = care;
    }

    /** Runs before the handler of every matched route. */
    public void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Optional<Account> account = signIn.current(ctx);
        if (account.isPresent()) {
            if (ctx.routeRoles().contains(Access.CLINICIAN) && !care.isClinician(account.get().id())) {
                throw Problem.notFound("page");
            }
            ctx.attribute(ACCOUNT, account.get());
            return;
        }
        if (ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")) {
            String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        throw Problem.unauthorized("sign in first: send 'Authorization: Bearer <token>' (POST /api/v1/auth/token "
                + "gives one)");
    }

    /** The signed-in account of a guarded route's request. */
    public static Account account(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        if (account == null) {
            throw new IllegalStateException(ctx.method() + " " + ctx.endpoint().path + " reads the account but is "
                    + "declared public");
        }
        return account;
    }

    /** Runs {@code body} with the signed-in account of a guarded route's request. */
    public static void with(Context ctx, Consumer<Account> body) {
        body.accept(account(ctx));
    }
}
