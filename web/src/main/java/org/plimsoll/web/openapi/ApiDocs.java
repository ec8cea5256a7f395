package org.plimsoll.web.openapi;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.plimsoll.web.auth.Access;

/**
 * The OpenAPI 3 description of /api/v1 and a page to browse it. The document is written by hand
 * next to this class; a test checks that it names every API route the server has.
 */
public final class ApiDocs {
    private final String document;

    public ApiDocs(String version) {
        try (InputStream in = ApiDocs.class.getResourceAsStream("openapi.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${version}", version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document), Access.PUBLIC);
        routes.get("/api/docs", ctx -> ctx.redirect("/public/api.html"), Access.PUBLIC);
    }
}
