package org.fazhikg;

/**
 * A problem with the user's input (a missing folder, a bad manifest row, a malformed query):
 * the command line prints its one-line message and exits 1. Anything else is a bug (exit 2).
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
