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
    private final String version;
    /** Filled by the first request; two first requests at once both fill it with the same text. */
    private volatile String document;

    public ApiDocs(String version) {
        this.version = version;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document()),
                Access.PUBLIC);
        routes.get("/api/docs", ctx -> ctx.redirect("/public/api.html"), Access.PUBLIC);
    }

    /**
     * The document (300 KB), read from the jar by its first request rather than at start, where reading it
     * took about a quarter of the routes' registration.
     */
    private String document() {
        String text = document;
        if (text == null) {
            try (InputStream in = ApiDocs.class.getResourceAsStream("openapi.json")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${version}", version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = text;
        }
        return text;
    }
}
