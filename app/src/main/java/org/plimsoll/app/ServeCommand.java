package org.plimsoll.app;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.plimsoll.store.Database;
import org.plimsoll.web.WebApp;
import org.plimsoll.web.health.JvmMeters;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.push.PushEndpoints;
import org.plimsoll.web.reminder.Outbound;
import org.plimsoll.web.reminder.Reminders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app and the API.",
                "",
                "Every setting is taken from, in order: the flag, the environment variable, "
                        + "plimsoll.properties in the data folder (keys host, port, db.url, db.user, db.password, "
                        + "trusted.proxies, metrics.token), "
                        + "the default."})
final class ServeCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    StorageOptions storage;

    @Option(names = OptionNames.PORT, paramLabel = "PORT", description = "Port to listen on (0 picks a free one). "
            + "Env: PLIMSOLL_PORT. Default: 8080.")
    Integer port;

    @Option(names = OptionNames.HOST, paramLabel = "ADDRESS", description = "Address to bind. Env: PLIMSOLL_HOST. "
            + "Default: 127.0.0.1 (this machine only); 0.0.0.0 serves the network.")
    String host;

    @Option(names = OptionNames.SMTP_HOST, paramLabel = "HOST", description = "SMTP server for e-mail (a forgotten "
            + "password). Env: PLIMSOLL_SMTP_HOST; also PLIMSOLL_SMTP_PORT (587), PLIMSOLL_SMTP_USER, "
            + "PLIMSOLL_SMTP_PASSWORD, PLIMSOLL_SMTP_TLS (required|optional). Default: none, e-mail off.")
    String smtpHost;

    @Option(names = OptionNames.SMTP_PORT, paramLabel = "PORT", description = "SMTP port. Env: PLIMSOLL_SMTP_PORT. Default: 587.")
    Integer smtpPort;

    @Option(names = OptionNames.SMTP_USER, paramLabel = "USER", description = "SMTP login (its password only from "
            + "PLIMSOLL_SMTP_PASSWORD or the file). Env: PLIMSOLL_SMTP_USER.")
    String smtpUser;

    @Option(names = OptionNames.MAIL_FROM, paramLabel = "ADDRESS", description = "Sender of Plimsoll's e-mail. "
            + "Env: PLIMSOLL_MAIL_FROM.")
    String mailFrom;

    @Option(names = OptionNames.TRUSTED_PROXIES, paramLabel = "ADDRESSES", description = "Reverse proxies in front of "
            + "Plimsoll, as addresses or CIDR ranges separated by commas (e.g. 127.0.0.1,10.0.0.0/8): only from these "
            + "are X-Forwarded-Proto, -Host and -For believed. Env: PLIMSOLL_TRUSTED_PROXIES. Default: none. "
            + "/metrics needs PLIMSOLL_METRICS_TOKEN (no flag), sent as 'Authorization: Bearer'; without it /metrics is 404.")
    String trustedProxies;

    @Option(names = OptionNames.DEMO, description = "Create (once) a demo account with a realistic 12-week history.")
    boolean demo;

    @Option(names = OptionNames.DEMO_WEEKS, paramLabel = "WEEKS", defaultValue = "12",
            description = "Weeks of history for a new demo account (1–520; 104 for the load benchmark). Default: ${DEFAULT-VALUE}.")
    int demoWeeks;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** How often reminders are planned and sent: a reminder is at most this late. */
    static final java.time.Duration REMINDER_TICK = java.time.Duration.ofSeconds(30);

    /** Names this process in the reminder outbox's claims, unique among instances sharing a database. */
    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }

    /** A started server and its database: stop the one, then close the other. */
    record Running(Javalin app, Database database, Optional<Mailer> mail, Background background) {
        void stop() {
            background.close();
            app.stop();
            mail.ifPresent(Mailer::close);
            database.close();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Configuration config = Configuration.resolve(storage.flags(Optional.ofNullable(host),
                Optional.ofNullable(port)), new Configuration.MailFlags(Optional.ofNullable(smtpHost),
                Optional.ofNullable(smtpPort), Optional.ofNullable(smtpUser), Optional.ofNullable(mailFrom)),
                Optional.ofNullable(trustedProxies), terminal.env());
        if (demoWeeks < 1 || demoWeeks > 520) {
            throw new UsageError("--demo-weeks must be from 1 to 520, was " + demoWeeks);
        }
        Running running = start(config, demo ? demoWeeks : 0, terminal);
        String shownHost = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        terminal.out().println("Plimsoll " + Version.current() + " is serving on http://" + shownHost + ":"
                + running.app().port() + "/");
        terminal.out().println("Database: " + running.database().description());
        terminal.out().println(config.mail().map(m -> "E-mail: through " + m.host() + ":" + m.port() + " as " + m.from())
                .orElse("E-mail: off (no SMTP host set), so \"forgot password\" is hidden; "
                        + "plimsoll account reset-password EMAIL sets a new one"));
        terminal.out().println("Stop with Ctrl-C.");
        terminal.out().flush();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Jetty stops accepting, lets in-flight requests finish, then the pool closes.
            running.stop();
            terminal.out().println("Plimsoll stopped; every acknowledged write is on disk.");
            terminal.out().flush();
            stopped.countDown();
        }, "plimsoll-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Builds Jetty's table of MIME types on a thread of its own while the database opens and the routes
     * are registered: the server builds it when it is made, and it asks the JDK for every locale it knows
     * (about 50 ms of class loading on a cold JVM). Only once logging is set up, because Jetty's classes
     * log and slf4j warns on standard error when two threads race to set it up. If the server gets there
     * first, it waits for the table as for any class being initialised.
     */
    private static void prepareJettyAside() {
        org.slf4j.LoggerFactory.getILoggerFactory();
        Thread building = new Thread(() -> {
            org.eclipse.jetty.http.MimeTypes defaults = org.eclipse.jetty.http.MimeTypes.DEFAULTS;
        }, "plimsoll-jetty-aside");
        building.setDaemon(true);
        building.start();
    }

    /** Everything serving needs, wired: metrics, the database (migrated), the demo if asked, HTTP. */
    static Running start(Configuration config, boolean demo, Terminal terminal) {
        return start(config, demo ? Demo.WEEKS : 0, terminal);
    }

    /** With {@code demoWeeks} above 0, the demo account is created (once) with that many weeks of history. */
    static Running start(Configuration config, int demoWeeks, Terminal terminal) {
        return start(config, demoWeeks, terminal, Background.FALLBACK, () -> { });
    }

    /**
     * With the background services started on the first {@code /healthz}, or {@code fallback} after the
     * server is built; {@code beforeServices} runs on their thread just before they are built.
     */
    static Running start(Configuration config, int demoWeeks, Terminal terminal, java.time.Duration fallback,
                         Runnable beforeServices) {
        boolean demo = demoWeeks > 0;
        // The JVM's meters are bound with the background services, after the first answer (JvmMeters).
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        prepareJettyAside();

        SqliteLibrary.awaitPrepared();
        Database database = Database.open(config.database(), metrics);
        Optional<String> hint = Optional.empty();
        if (demo) {
            boolean created = Demo.ensure(database, terminal.clock(), demoWeeks);
            hint = Optional.of("Demo account: " + Demo.EMAIL + ", password " + Demo.PASSWORD);
            terminal.out().println((created ? "Created the demo account " : "Demo account ")
                    + Demo.EMAIL + " (password " + Demo.PASSWORD + ")");
        }
        Optional<Mailer> mail = config.mail().map(Mailer::new);
        // Links in e-mail need the address people open; behind a proxy that is PLIMSOLL_PUBLIC_URL.
        String publicUrl = config.publicUrl().orElse("http://" + (config.host().equals("0.0.0.0") ? "localhost"
                : config.host()) + ":" + config.port());
        Outbound outbound = Outbound.of(database, terminal.clock(), mail, publicUrl, new PushEndpoints(false));
        Javalin app = WebApp.create(database, metrics, terminal.clock(), Version.current(),
                new WebApp.Listen(config.host(), config.port()), hint, outbound,
                new WebApp.Edge(config.trustedProxies(), config.metricsToken()));
        Background background = new Background(fallback, () -> {
            beforeServices.run();
            JvmMeters.ensureBound(metrics);
            return new Reminders(instanceName(), database, terminal.clock(), outbound, metrics);
        }, REMINDER_TICK);
        // Every answer is timed into the registry: the first /healthz timing added is the first /healthz answered.
        metrics.config().onMeterAdded(meter -> {
            if (meter.getId().getName().equals("http.server.requests")
                    && "/healthz".equals(meter.getId().getTag("uri"))) {
                background.begin();
            }
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            background.close();
            mail.ifPresent(Mailer::close);
            database.close();
            throw new UsageError("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        return new Running(app, database, mail, background);
    }
}
