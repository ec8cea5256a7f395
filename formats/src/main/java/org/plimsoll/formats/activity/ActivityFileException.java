package org.plimsoll.formats.activity;

/** A file that cannot be imported, with the reason in words a person can act on. */
public final class ActivityFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ActivityFileException(String reason) {
        super(reason);
    }

    public ActivityFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
