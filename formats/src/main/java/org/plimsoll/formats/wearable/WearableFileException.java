package org.plimsoll.formats.wearable;

/** A health export that cannot be read, with the reason in words for the person. */
public final class WearableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public WearableFileException(String reason) {
        super(reason);
    }

    public WearableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
