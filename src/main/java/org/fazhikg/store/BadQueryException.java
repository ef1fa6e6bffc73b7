package org.fazhikg.store;

import org.fazhikg.UserException;

/**
 * A query the store cannot run as asked: a SPARQL syntax error (the message carries the parser's
 * first line, with line and column), a result format that does not fit the query form, or a query
 * stopped by its timeout. A user error: the CLI prints the message and exits 1, the server answers 400.
 */
public final class BadQueryException extends UserException {
    public BadQueryException(String message) {
        super(message);
    }
}
