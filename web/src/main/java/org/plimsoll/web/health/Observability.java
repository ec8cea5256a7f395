package org.plimsoll.web.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.problem.Problem;

/** {@code /healthz} for load balancers and {@code /metrics} for Prometheus, with HTTP timings. */
public final class Observability {
    private static final String STARTED = "plimsoll.started";

    private final Database database;
    private final PrometheusMeterRegistry metrics;

    /** SHA-256 of the token a scrape must send; empty when none is configured, and then /metrics is 404. */
    private final java.util.Optional<byte[]> tokenHash;

    public Observability(Database database, PrometheusMeterRegistry metrics, java.util.Optional<String> metricsToken) {
        this.database = database;
        this.metrics = metrics;
        this.tokenHash = metricsToken.map(Observability::sha256);
        // Writes per commit is the group commit's effect: their ratio is how many writers shared a commit.
        io.micrometer.core.instrument.FunctionCounter.builder("plimsoll.store.group.writes", database,
                d -> d.groupCommits().writes()).description("Check-ins and sessions written in shared commits")
                .register(metrics);
        io.micrometer.core.instrument.FunctionCounter.builder("plimsoll.store.group.commits", database,
                d -> d.groupCommits().commits()).description("Shared commits made").register(metrics);
    }

    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(this::recordTiming);
        routes.get("/healthz", this::health, Access.PUBLIC);
        routes.get("/metrics", this::scrape, Access.PUBLIC);
    }

    /**
     * The metrics tell the routes, their traffic and the JVM: only for the holder of the configured
     * token. Without a token configured there is nothing here (404), as on any unknown path; with
     * one, a scrape without it or with another is 401. Compared as hashes, in constant time.
     */
    private void scrape(Context ctx) {
        if (tokenHash.isEmpty()) {
            throw Problem.notFound("page");
        }
        String authorization = ctx.header("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer || !java.security.MessageDigest.isEqual(tokenHash.get(), sha256(authorization.substring(7).trim()))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            throw Problem.unauthorized("/metrics needs 'Authorization: Bearer <PLIMSOLL_METRICS_TOKEN>'");
        }
        JvmMeters.ensureBound(metrics);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 200 only when the database answers now: a pool that cannot reach it is not healthy. */
    private void health(Context ctx) {
        boolean up = database.isAnswering();
        // Written out rather than through Jackson: the first /healthz of a start would otherwise build the
        // JSON mapper (about 600 classes) for two fixed words. Neither value needs escaping.
        ctx.status(up ? 200 : 503).contentType(io.javalin.http.ContentType.APPLICATION_JSON)
                .result("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"database\":\""
                        + database.kind().name().toLowerCase(java.util.Locale.ROOT) + "\"}");
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
