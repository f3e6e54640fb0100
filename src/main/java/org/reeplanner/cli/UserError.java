package org.reeplanner.cli;

/** A mistake in what the user asked for (a file that cannot be written, say): reported in one message, exit 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message, null, false, false);
    }

    UserError(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
