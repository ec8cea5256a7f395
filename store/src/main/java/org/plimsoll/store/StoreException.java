package org.plimsoll.store;

/** The database could not be reached or refused what we asked; the message says which. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
