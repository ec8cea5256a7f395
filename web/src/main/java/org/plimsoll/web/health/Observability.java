package org.plimsoll.web.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.web.auth.Access;

/** {@code /healthz} for load balancers and {@code /metrics} for Prometheus, with HTTP timings. */
public final class Observability {
    private static final String STARTED = "plimsoll.started";

    private final Database database;
    private final PrometheusMeterRegistry metrics;

    public Observability(Database database, PrometheusMeterRegistry metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(this::recordTiming);
        routes.get("/healthz", this::health, Access.PUBLIC);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()), Access.PUBLIC);
    }

    /** 200 only when the database answers now: a pool that cannot reach it is not healthy. */
    private void health(Context ctx) {
        boolean up = database.isAnswering();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "database",
                database.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void recordTiming(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Timer.builder("http.server.requests")
                .tag("method", methodOf(ctx))
                .tag("uri", routeOf(ctx))
                .tag("status", String.valueOf(ctx.status().getCode()))
                .register(metrics)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The methods HTTP defines; anything a client makes up counts as OTHER, so it cannot add series. */
    private static final java.util.Set<String> KNOWN_METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH",
            "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private static String methodOf(Context ctx) {
        String method = ctx.req().getMethod();
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }

    /** The route pattern, not the raw path, so that ids do not make a metric per session. */
    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoints().matchedHttpEndpoint().path;
        } catch (RuntimeException noneMatched) {
            return ctx.status().getCode() == 404 ? "NOT_FOUND" : "UNMATCHED";
        }
    }
}
