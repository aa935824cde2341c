package org.w3id.e2eekg.cli;

/**
 * A command that cannot do what it was asked for a reason the user can fix (a missing
 * query file, a syntax error). The message is one line, shown as it is.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
