package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * What every request passes before its route: CORS headers (any origin may query, as browser
 * SPARQL clients on other sites need), the size limits (414 for a long query string, 413 for a
 * large body), and the refusal of SPARQL Update on any path (403), before anything reads the store.
 */
final class RequestChecks {
    static final String METHODS = "GET, HEAD, POST, OPTIONS";

    private final ServerConfig config;

    RequestChecks(ServerConfig config) {
        this.config = config;
    }

    void before(Context ctx) {
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        ctx.header(Header.ACCESS_CONTROL_EXPOSE_HEADERS, "Content-Type, Content-Disposition, Vary");
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff"); // a CSV cell is never run as a page
        String query = ctx.queryString();
        if (query != null && query.length() > config.maxQueryBytes())
            throw new HttpError(414, "the URL query string has " + query.length() + " bytes; the limit is "
                    + config.maxQueryBytes() + " (POST long queries as application/sparql-query, up to "
                    + config.maxBodyBytes() + " bytes)");
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxBodyBytes())
            throw new HttpError(413, "the request body has " + length + " bytes; the limit is " + config.maxBodyBytes());
        String type = Negotiation.mediaType(ctx.contentType());
        boolean form = ctx.method().name().equals("POST") && type.equals(SparqlRequest.FORM);
        if (type.equals(SparqlRequest.SPARQL_UPDATE) || form && SparqlRequest.form(ctx).containsKey("update"))
            throw new HttpError(403, "SPARQL Update is not accepted: this endpoint is read-only");
    }

    /** A CORS preflight: the methods and the headers the browser asks to send. */
    void preflight(Context ctx) {
        ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        String asked = ctx.header(Header.ACCESS_CONTROL_REQUEST_HEADERS);
        ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, asked != null ? asked : "Accept, Content-Type");
        ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "86400");
        ctx.header(Header.ALLOW, METHODS);
        ctx.status(204);
    }
}
