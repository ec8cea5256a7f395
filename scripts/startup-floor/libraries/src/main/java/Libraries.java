import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The hello-world with Plimsoll's libraries and none of its code, set up the way `serve` sets them up:
 * Logback configured in code, a Prometheus registry, SQLite behind Hikari with the same settings,
 * {@code /healthz} asking the pool and timed into the registry, and after the first answer the JVM's
 * meters and a Jdbi query every 30 s on a thread of their own (as the reminders' tick does).
 * Usage: java -jar libraries.jar PORT DATA_FOLDER
 */
public final class Libraries {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        Properties pragmas = new Properties();
        pragmas.setProperty("journal_mode", "WAL");
        pragmas.setProperty("synchronous", "FULL");
        pragmas.setProperty("foreign_keys", "true");
        pragmas.setProperty("busy_timeout", "10000");
        pragmas.setProperty("transaction_mode", "IMMEDIATE");
        SQLiteDataSource sqlite = new SQLiteDataSource(new SQLiteConfig(pragmas));
        sqlite.setUrl("jdbc:sqlite:" + args[1] + "/floor.db");
        HikariConfig config = new HikariConfig();
        config.setPoolName("floor");
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        config.setDataSource(sqlite);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);

        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        AtomicBoolean begun = new AtomicBoolean();
        Runnable afterFirstAnswer = () -> {
            new ClassLoaderMetrics().bindTo(metrics);
            new JvmMemoryMetrics().bindTo(metrics);
            new JvmGcMetrics().bindTo(metrics);
            new JvmThreadMetrics().bindTo(metrics);
            new ProcessorMetrics().bindTo(metrics);
            new UptimeMetrics().bindTo(metrics);
            Jdbi jdbi = Jdbi.create(pool);
            background.scheduleWithFixedDelay(() -> jdbi.withHandle(h ->
                    h.createQuery("SELECT count(*) FROM sqlite_master WHERE type = :type").bind("type", "table")
                            .mapTo(Integer.class).one()), 0, 30, TimeUnit.SECONDS);
        };

        Javalin app = Javalin.create(c -> {
            c.routes.get("/healthz", ctx -> {
                long started = System.nanoTime();
                boolean up;
                try (Connection connection = pool.getConnection()) {
                    up = connection.isValid(2);
                }
                ctx.status(up ? 200 : 503).result(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
                Timer.builder("http.server.requests").tag("uri", "/healthz").register(metrics)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                if (begun.compareAndSet(false, true)) {
                    background.execute(afterFirstAnswer);
                }
            });
            c.routes.get("/metrics", ctx -> ctx.result(metrics.scrape()));
        });
        app.start("127.0.0.1", port);
    }

    /** Warnings to standard error in one plain line: no XML, no pattern language. */
    public static final class Quiet extends ContextAwareBase implements Configurator {
        @Override
        public ExecutionStatus configure(LoggerContext context) {
            EncoderBase<ILoggingEvent> line = new EncoderBase<>() {
                @Override
                public byte[] headerBytes() {
                    return null;
                }

                @Override
                public byte[] encode(ILoggingEvent event) {
                    return (event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage() + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                }

                @Override
                public byte[] footerBytes() {
                    return null;
                }
            };
            line.setContext(context);
            line.start();
            ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
            stderr.setContext(context);
            stderr.setTarget("System.err");
            stderr.setEncoder(line);
            stderr.start();
            ch.qos.logback.classic.Logger root = context.getLogger(ch.qos.logback.classic.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            root.addAppender(stderr);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
    }
}
