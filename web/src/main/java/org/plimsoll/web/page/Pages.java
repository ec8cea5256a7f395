package org.plimsoll.web.page;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.problem.Problem;

/** Renders a page inside the common frame; every page route goes through here. */
public final class Pages {
    private final TemplateEngine templates;
    private final SignIn signIn;
    private final String version;

    private final CareRepository care;

    public Pages(TemplateEngine templates, SignIn signIn, String version, CareRepository care) {
        this.templates = templates;
        this.signIn = signIn;
        this.version = version;
        this.care = care;
    }

    public Chrome chrome(Context ctx, String title, String section) {
        Optional<Account> account = signIn.current(ctx);
        return new Chrome(title, version, account.map(Account::email), signIn.csrfToken(ctx), section,
                account.map(a -> care.isClinician(a.id())).orElse(false));
    }

    /** Renders {@code template} with {@code chrome} and {@code view}. */
    public void render(Context ctx, String template, String title, String section, Object view) {
        ctx.html(html(template, chrome(ctx, title, section), view));
    }

    public String html(String template, Chrome chrome, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("chrome", chrome, "view", view), out);
        return out.toString();
    }

    /** Whether the client asked for a page rather than JSON: a browser navigating, not the API. */
    public static boolean wantsHtml(Context ctx) {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        return !ctx.path().startsWith("/api/") && accept.contains("text/html");
    }

    /** A problem as a page, for people; the API answers the same problem as problem+json. */
    public void renderProblem(Context ctx, Problem problem) {
        Chrome chrome;
        try {
            chrome = chrome(ctx, problem.title(), "");
        } catch (Problem unauthorised) {
            chrome = new Chrome(problem.title(), version, Optional.empty(), "", "");
        }
        ctx.status(problem.status()).html(html("problem.jte", chrome, problem));
    }
}
