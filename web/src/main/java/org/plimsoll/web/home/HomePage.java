package org.plimsoll.web.home;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.auth.SignIn;

/** The start page, sign-in and sign-out. The daily pages come with the web issue. */
public final class HomePage {
    /** What the start page shows. */
    public record View(String version, String database, Optional<String> signedInAs) {
    }

    /** What the sign-in page shows. */
    public record SignInView(String version, Optional<String> problem, String email, Optional<String> hint) {
    }

    private final TemplateEngine templates;
    private final SignIn signIn;
    private final Database database;
    private final String version;
    private final Optional<String> hint;

    public HomePage(TemplateEngine templates, SignIn signIn, Database database, String version,
                    Optional<String> hint) {
        this.hint = hint;
        this.templates = templates;
        this.signIn = signIn;
        this.database = database;
        this.version = version;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/signin", ctx -> render(ctx, "signin.jte", new SignInView(version, Optional.empty(), "", hint)));
        routes.post("/signin", this::signInWithForm);
        routes.post("/signout", this::signOut);
    }

    private void home(Context ctx) {
        render(ctx, "home.jte", new View(version, database.description(), signIn.current(ctx).map(Account::email)));
    }

    private void signInWithForm(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<Account> account = signIn.check(email, password);
        if (account.isEmpty()) {
            ctx.status(401);
            render(ctx, "signin.jte", new SignInView(version,
                    Optional.of("That e-mail address and password do not match an account."), email, hint));
            return;
        }
        signIn.startBrowserSession(ctx, account.get());
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        signIn.current(ctx);
        signIn.endBrowserSession(ctx);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String template, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("view", view), out);
        ctx.html(out.toString());
    }
}
