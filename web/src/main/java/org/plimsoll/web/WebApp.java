package org.plimsoll.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.plimsoll.export.AccountExport;
import org.plimsoll.store.Database;
import org.plimsoll.store.StoreException;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.share.ShareRepository;
import org.plimsoll.store.signin.SignInAttemptRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.account.AccountRoutes;
import org.plimsoll.web.account.PasswordReset;
import org.plimsoll.web.account.SignUp;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.auth.SignInLimit;
import org.plimsoll.web.care.CareRoutes;
import org.plimsoll.web.checkin.CheckInRoutes;
import org.plimsoll.web.evaluate.EvaluateRoutes;
import org.plimsoll.web.export.ExportRoutes;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.files.StaticFiles;
import org.plimsoll.web.health.Observability;
import org.plimsoll.web.home.HomePage;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.imports.ImportRoutes;
import org.plimsoll.web.json.Json;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.offline.OfflineApp;
import org.plimsoll.web.onboarding.OnboardingRoutes;
import org.plimsoll.web.openapi.ApiDocs;
import org.plimsoll.web.page.Pages;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.plan.PlanRoutes;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.problem.Problems;
import org.plimsoll.web.proxy.TrustedProxies;
import org.plimsoll.web.progress.ProgressRoutes;
import org.plimsoll.web.push.PushEndpoints;
import org.plimsoll.web.reminder.Outbound;
import org.plimsoll.web.reminder.ReminderRoutes;
import org.plimsoll.web.session.SessionPages;
import org.plimsoll.web.session.SessionRoutes;
import org.plimsoll.web.settings.SettingsRoutes;
import org.plimsoll.web.share.ShareRoutes;
import org.plimsoll.web.today.TodayRoutes;

/** The HTTP application: every route, error handler and header is registered here, in one place. */
public final class WebApp {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebApp.class);
    /** Where to listen. Defaults are the laptop case: loopback only, port 8080. */
    public record Listen(String host, int port) {
        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 8080;
    }

    /**
     * What stands in front of the server and who may read its metrics: the reverse proxies whose
     * X-Forwarded-* headers are believed (none by default), and the token a Prometheus scrape must
     * send for {@code /metrics} (without one, {@code /metrics} is 404).
     */
    public record Edge(TrustedProxies proxies, Optional<String> metricsToken) {
        public static Edge closed() {
            return new Edge(TrustedProxies.none(), Optional.empty());
        }
    }

    private WebApp() {
    }

    /** Builds the server without e-mail; nothing listens until {@code start()}. */
    public static Javalin create(Database database, PrometheusMeterRegistry metrics, Clock clock, String version,
                                 Listen listen, Optional<String> signInHint) {
        return create(database, metrics, clock, version, listen, signInHint,
                Outbound.of(database, clock, Optional.empty(), "http://" + listen.host(), new PushEndpoints(false)));
    }

    /**
     * Builds the server; nothing listens until {@code start()}. With a mailer, the pages that send
     * e-mail (a forgotten password) are served; without one they do not exist.
     */
    public static Javalin create(Database database, PrometheusMeterRegistry metrics, Clock clock, String version,
                                 Listen listen, Optional<String> signInHint, Outbound outbound) {
        return create(database, metrics, clock, version, listen, signInHint, outbound, Edge.closed());
    }

    /** Builds the server behind the given proxies and with the given metrics token; nothing listens until {@code start()}. */
    public static Javalin create(Database database, PrometheusMeterRegistry metrics, Clock clock, String version,
                                 Listen listen, Optional<String> signInHint, Outbound outbound, Edge edge) {
        Optional<Mailer> mail = outbound.mail();
        Problems problems = new Problems(Json::shared);
        AccountRepository accounts = new AccountRepository(database);
        TokenRepository tokens = new TokenRepository(database);
        ProfileRepository profiles = new ProfileRepository(database);
        SessionRepository sessions = new SessionRepository(database);
        SignIn signIn = new SignIn(accounts, tokens, clock);
        SignInLimit limit = new SignInLimit(new SignInAttemptRepository(database), clock);
        SignUp signUp = new SignUp(accounts, profiles, clock);
        Idempotency idempotency = new Idempotency(new HistoryRepository(database), database, clock);
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        CareRepository care = new CareRepository(database);
        Pages pages = new Pages(templates, signIn, version, care);
        HistoryRepository histories = new HistoryRepository(database);
        Snapshots snapshots = new Snapshots(histories, clock, metrics, Snapshots.BUDGET_BYTES);
        // Registered when the first query builds Jdbi, so that building the server does not.
        database.onceBuilt(() -> histories.afterWrites(snapshots::applied));
        var caseload = new org.plimsoll.web.care.CaseloadAttention(database, snapshots, clock, metrics);
        AccountExport accountExport = new AccountExport(database);
        Wiring web = new Wiring(pages, signIn, limit, signUp, snapshots, clock, database, idempotency, accounts,
                tokens, profiles, sessions, new CheckInRepository(database), new ShareRepository(database),
                accountExport, new Exports(accountExport, templates, clock), outbound, care);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = listen.host();
            config.jetty.port = listen.port();
            config.http.maxRequestSize = 1_000_000L;
            // Uploads of activity files and exports: kept on disk past 1 MB; a Strava export can be large.
            config.jetty.multipartConfig.cacheDirectory(System.getProperty("java.io.tmpdir"));
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxFileSize(1024, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(2048, io.javalin.config.SizeUnit.MB);
            // On stop, stop accepting and let in-flight requests finish (up to 10 s) before closing.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(10_000);
                server.setHandler(new GracefulHandler() {
                    // Javalin routes by X-HTTP-Method-Override when a request carries it: a POST that said
                    // DELETE deleted an account. The header is removed before anything reads it.
                    @Override
                    public boolean handle(org.eclipse.jetty.server.Request request,
                                          org.eclipse.jetty.server.Response response,
                                          org.eclipse.jetty.util.Callback callback) throws Exception {
                        return super.handle(withoutMethodOverride(request), response, callback);
                    }
                });
                // Jetty answers some requests itself (a malformed path, headers too large): with our headers too.
                server.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
                    @Override
                    public boolean handle(org.eclipse.jetty.server.Request request,
                                          org.eclipse.jetty.server.Response response,
                                          org.eclipse.jetty.util.Callback callback) throws Exception {
                        SECURITY_HEADERS.forEach(response.getHeaders()::put);
                        return super.handle(request, response, callback);
                    }
                });
            });
            // PATCH on a route that has no PATCH is 405, not 404: the path exists.
            config.http.prefer405over404 = true;
            // Built on the first JSON answer or body, not here: a start and /healthz need none of Jackson.
            config.jsonMapper(Json.forJavalin());
            // ctx.ip(), ctx.scheme() and ctx.host() read X-Forwarded-* only from a configured proxy.
            edge.proxies().install(config.contextResolver);

            config.routes.before(WebApp::securityHeaders);
            // Only the configured address says the site is served over https; a request's own scheme or a
            // forwarded header could be anyone's, and HSTS sent over plain http to a test server would stick.
            if (outbound.publicUrl().startsWith("https://")) {
                config.routes.before(ctx -> ctx.header("Strict-Transport-Security", "max-age=" + HSTS_SECONDS));
            }
            config.routes.before(WebApp::noStore);
            // Who may use a route is declared where it is registered (Access) and checked here, once.
            config.routes.beforeMatched(new Guard(signIn, care)::check);
            new Observability(database, metrics, edge.metricsToken()).register(config.routes);
            new OfflineApp().register(config.routes);
            new StaticFiles().register(config.routes);
            new HomePage(web, signInHint, mail.isPresent()).register(config.routes);
            mail.ifPresent(mailer -> new PasswordReset(web, mailer).register(config.routes));
            new ReminderRoutes(web, outbound).register(config.routes);
            new CareRoutes(web, caseload).register(config.routes);
            config.appData(org.plimsoll.web.care.CaseloadAttention.KEY, caseload);
            config.events.serverStopped(caseload::close);
            new org.plimsoll.web.outcome.CheckUpRoutes(web).register(config.routes);
            var experiments = new org.plimsoll.web.experiment.ExperimentRoutes(web);
            experiments.register(config.routes);
            new org.plimsoll.web.experiment.ExperimentPages(web, experiments).register(config.routes);
            new org.plimsoll.web.experiment.SuggestionAnswerRoutes(web).register(config.routes);
            new AccountRoutes(web).register(config.routes);
            new OnboardingRoutes(web).register(config.routes);
            new TodayRoutes(web).register(config.routes);
            new CheckInRoutes(web).register(config.routes);
            new SessionPages(web).register(config.routes);
            new SessionRoutes(web).register(config.routes);
            new PlanRoutes(web).register(config.routes);
            new ProgressRoutes(web).register(config.routes);
            new SettingsRoutes(web).register(config.routes);
            new EvaluateRoutes().register(config.routes);
            new ImportRoutes(web).register(config.routes);
            ExportRoutes exportPage = new ExportRoutes(web);
            exportPage.register(config.routes);
            new ShareRoutes(web, exportPage).register(config.routes);
            new ApiDocs(version).register(config.routes);

            config.routes.exception(Problem.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                if (Pages.wantsHtml(ctx)) {
                    pages.renderProblem(ctx, e);
                } else {
                    problems.write(ctx, e);
                }
            });
            config.routes.exception(StoreException.class, (e, ctx) -> {
                // Every 5xx is logged: a database refusing an input must never pass silently.
                LOG.error("database error on {} {}", ctx.method(), ctx.path(), e);
                problems.write(ctx, new Problem(503, "Database unavailable",
                        "The database did not answer; nothing was changed. Try again shortly.", java.util.List.of()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> problems.writeUnexpected(ctx, e));
            // A person's browser gets a page in the layout; the API and other clients get problem+json.
            config.routes.error(404, ctx -> statusPage(ctx, pages, problems, "Page not found",
                    "There is no page here. It may have moved, or the link may be mistyped."));
            config.routes.error(405, ctx -> statusPage(ctx, pages, problems, "Not possible here",
                    "This address does not take that kind of request."));
        });
    }

    /** Set when our own handler has answered an error, so that the status pages leave it be. */
    private static final String ANSWERED = "plimsoll.answered";

    private static void statusPage(Context ctx, Pages pages, Problems problems, String title, String detail) {
        if (ctx.attribute(ANSWERED) != null) {
            return; // a handler already answered with its own page or problem
        }
        if (Pages.wantsHtml(ctx)) {
            pages.renderProblem(ctx, new Problem(ctx.status().getCode(), title, detail, java.util.List.of()));
        } else {
            problems.writeStatus(ctx);
        }
    }

    /** On every response, errors included: no framing, no sniffing, no scripts from elsewhere. */
    static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    /** A year: browsers then refuse plain http to this site for that long after any visit. */
    static final long HSTS_SECONDS = 31_536_000;

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    private static final java.util.List<String> METHOD_OVERRIDES = java.util.List.of("X-HTTP-Method-Override",
            "X-HTTP-Method", "X-Method-Override");

    private static org.eclipse.jetty.server.Request withoutMethodOverride(org.eclipse.jetty.server.Request request) {
        org.eclipse.jetty.http.HttpFields headers = request.getHeaders();
        if (METHOD_OVERRIDES.stream().noneMatch(headers::contains)) {
            return request;
        }
        org.eclipse.jetty.http.HttpFields.Mutable kept = org.eclipse.jetty.http.HttpFields.build(headers);
        METHOD_OVERRIDES.forEach(kept::remove);
        org.eclipse.jetty.http.HttpFields without = kept.asImmutable();
        return new org.eclipse.jetty.server.Request.Wrapper(request) {
            @Override
            public org.eclipse.jetty.http.HttpFields getHeaders() {
                return without;
            }
        };
    }

    /**
     * Pages and API answers hold one person's health data: no cache may keep them, so that Back
     * after signing out shows nothing of the person. Static files (styles, scripts, icons) keep
     * the default; a route may still set its own (the service worker's no-cache).
     */
    private static void noStore(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/public/") && !path.startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
