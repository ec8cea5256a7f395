package org.plimsoll.formats.fit;

/**
 * A FIT file that cannot be read, with the byte offset where reading stopped. The decoder fails
 * with this type only: corrupt, truncated or hostile input never escapes as another exception.
 */
public final class FitFormatException extends Exception {
    private final long offset;

    public FitFormatException(String message, long offset) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** A file that decodes but is not what was asked for (a monitoring file, no activity in it). */
    public FitFormatException(String message) {
        super(message);
        this.offset = -1;
    }

    public long offset() {
        return offset;
    }
}
