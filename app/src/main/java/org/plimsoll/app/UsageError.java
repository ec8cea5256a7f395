package org.plimsoll.app;

/** The person asked for something that cannot be done as asked; exit 2 with this message. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
