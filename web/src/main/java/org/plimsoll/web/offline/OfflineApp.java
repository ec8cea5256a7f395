package org.plimsoll.web.offline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.plimsoll.web.auth.Access;

/**
 * What makes Plimsoll installable and usable offline: the web manifest, and the service worker,
 * which must be served from the root so that it may look after every page.
 */
public final class OfflineApp {
    private final byte[] worker = resource("/public/sw.js");
    private final byte[] manifest = resource("/public/manifest.webmanifest");

    public void register(RoutesConfig routes) {
        routes.get("/sw.js", ctx -> send(ctx, worker, "text/javascript; charset=utf-8"), Access.PUBLIC);
        routes.get("/manifest.webmanifest", ctx -> send(ctx, manifest, "application/manifest+json"), Access.PUBLIC);
    }

    private static void send(Context ctx, byte[] body, String type) {
        // The worker itself must never be cached long, or a fixed version would not reach phones.
        ctx.header("Cache-Control", "no-cache").contentType(type).result(body);
    }

    private static byte[] resource(String path) {
        try (InputStream in = OfflineApp.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
