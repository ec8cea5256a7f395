package org.plimsoll.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes every error the HTTP layer answers with as RFC 9457 problem+json. */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    /** The JSON mapper, asked for on the first problem written: a start writes none. */
    private final Supplier<ObjectMapper> json;

    public Problems(Supplier<ObjectMapper> json) {
        this.json = json;
    }

    public void write(Context ctx, Problem problem) {
        ObjectNode body = json.get().createObjectNode();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", ctx.path());
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (FieldError e : problem.errors()) {
                errors.addObject().put("field", e.field()).put("message", e.message());
            }
        }
        problem.retryAfterSeconds().ifPresent(seconds -> ctx.header("Retry-After", String.valueOf(seconds)));
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(body.toString());
    }

    /** Anything unforeseen: logged with its stack trace, answered without one. */
    public void writeUnexpected(Context ctx, Exception e) {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, new Problem(500, "Internal error", "Something went wrong on our side; nothing was changed.",
                java.util.List.of()));
    }

    /** Javalin's own errors (no route, wrong method) as problems too. */
    public void writeStatus(Context ctx) {
        HttpStatus status = ctx.status();
        write(ctx, new Problem(status.getCode(), status.getMessage(),
                status.getCode() == 404 ? "No such resource: " + ctx.path() : status.getMessage(), java.util.List.of()));
    }
}
