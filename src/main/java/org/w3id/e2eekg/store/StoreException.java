package org.w3id.e2eekg.store;

/**
 * A store that cannot be opened, read or written. The message is one line that names the
 * store directory and the problem, fit to show to a user as it is.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
