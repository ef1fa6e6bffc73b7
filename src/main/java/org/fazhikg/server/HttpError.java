package org.fazhikg.server;

/**
 * A request the server answers with an error status and a one-line message saying what was
 * wrong and what is allowed; thrown by handlers before they write anything.
 */
final class HttpError extends RuntimeException {
    final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    static HttpError notAcceptable(String accept, java.util.List<Format> offers) {
        return new HttpError(406, "cannot answer in any type of Accept: " + accept + "; available: " + Format.describe(offers));
    }
}
