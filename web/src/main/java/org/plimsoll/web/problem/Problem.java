package org.plimsoll.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail, thrown by handlers and written as {@code application/problem+json}
 * in one place ({@link Problems}).
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;
    private final long retryAfterSeconds;

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, 0);
    }

    private Problem(int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same problem, telling the client when trying again can succeed. */
    public Problem retryAfter(java.time.Duration wait) {
        // Whole seconds, rounded up: a client told 0 would try again at once.
        return new Problem(status, title, getMessage(), errors, Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfterSeconds > 0 ? java.util.OptionalLong.of(retryAfterSeconds) : java.util.OptionalLong.empty();
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem(400, "Invalid request", detail, errors);
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Problem notFound(String what) {
        return new Problem(404, "Not found", what + " was not found", List.of());
    }

    /** Not found, said in a sentence of its own (for a page a person reaches from a link). */
    public static Problem gone(String sentence) {
        return new Problem(404, "Not found", sentence, List.of());
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "Not signed in", detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
