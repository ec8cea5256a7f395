package org.plimsoll.web.files;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.problem.Problem;

/**
 * Our style sheets, scripts and icons ({@code /public}) and the WebJars (htmx, Chart.js), read from
 * the class path and kept in memory once asked for. Served by this small handler rather than
 * Jetty's: Jetty mounts the whole runnable jar as a zip file system to find a file and keeps an
 * index of its 22,000 entries per mount, which cost about 40 MB of an idle server (docs/benchmarks.md).
 */
public final class StaticFiles {
    /** Public files are few and small; anything above this is not one of ours. */
    static final int MOST_BYTES = 2 * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"));

    private record File(byte[] bytes, String type, String etag) {
    }

    private final Map<String, File> cache = new ConcurrentHashMap<>();

    /** How many files are kept in memory: no more than the class path holds. */
    int kept() {
        return cache.size();
    }

    public void register(RoutesConfig routes) {
        routes.get("/public/<path>", ctx -> serve(ctx, "public/"), Access.PUBLIC);
        routes.get("/webjars/<path>", ctx -> serve(ctx, "META-INF/resources/webjars/"), Access.PUBLIC);
    }

    private void serve(Context ctx, String root) {
        String path = ctx.pathParam("path");
        // Only plain names below the root: no way up, no absolute or odd paths.
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || path.contains("//") || path.chars().anyMatch(c -> c < 0x20)) {
            throw Problem.notFound("file");
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null) {
            throw Problem.notFound("file");
        }
        // Only files that exist are kept: a stranger asking for made-up names must not grow the cache.
        File file = cache.computeIfAbsent(root + path, name -> read(name, type));
        if (file == null) {
            throw Problem.notFound("file");
        }
        ctx.header("ETag", file.etag());
        ctx.header("Cache-Control", "public, max-age=3600");
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }

    private static File read(String name, String type) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                return null;
            }
            String etag = "\"" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes), 0, 8) + "\"";
            return new File(bytes, type, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
