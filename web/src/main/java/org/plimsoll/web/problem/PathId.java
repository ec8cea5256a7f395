package org.plimsoll.web.problem;

import io.javalin.http.Context;

/**
 * The one reader of a path's {@code {id}}: a whole number, else the thing is simply not found,
 * exactly like an id that belongs to someone else.
 */
public final class PathId {
    private PathId() {
    }

    /** The route's {@code {id}}; a 404 naming {@code what} when it is not a whole number. */
    public static long of(Context ctx, String what) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Problem.notFound(what + " " + text);
        }
    }
}
