package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A query request in any of the three forms of the SPARQL 1.1 Protocol (§2.1): GET with
 * {@code ?query=}, POST of a URL-encoded form, POST of the query itself as
 * {@code application/sparql-query}. The dataset parameters come from the form or the URL.
 *
 * @param query         the query text, null when none was given (a GET asks for the service description)
 * @param defaultGraphs {@code default-graph-uri} values
 * @param namedGraphs   {@code named-graph-uri} values
 * @param format        the {@code format=} value, or null
 */
record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format) {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    /** Reads the request; 400 for two queries, 403 for an update, 415 for a body of another type. */
    static SparqlRequest from(Context ctx) {
        Map<String, List<String>> url = params(ctx.queryString());
        if (ctx.method().name().equals("POST")) {
            String type = Negotiation.mediaType(ctx.contentType());
            if (type.equals(FORM)) return of(merge(url, form(ctx)));
            if (type.equals(SPARQL_QUERY)) {
                refuseUpdate(url);
                if (url.containsKey("query"))
                    throw HttpError.badRequest("a POST of application/sparql-query carries the query in the body, not also in ?query=");
                return new SparqlRequest(new String(ctx.bodyAsBytes(), charset(ctx)), values(url, "default-graph-uri"),
                        values(url, "named-graph-uri"), first(url, "format"));
            }
            throw new HttpError(415, "cannot read a body of type '" + (ctx.contentType() == null ? "" : ctx.contentType())
                    + "'; send " + FORM + " (query=...) or " + SPARQL_QUERY);
        }
        return of(url);
    }

    /** The parameters of a URL-encoded form body. */
    static Map<String, List<String>> form(Context ctx) {
        return params(new String(ctx.bodyAsBytes(), charset(ctx)));
    }

    /** The parameters of a URL query string or form body ({@code a=1&b=x+y}), in order; null gives none. */
    static Map<String, List<String>> params(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null) return params;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static SparqlRequest of(Map<String, List<String>> params) {
        refuseUpdate(params);
        List<String> queries = values(params, "query");
        if (queries.size() > 1) throw HttpError.badRequest("give one query= parameter, not " + queries.size());
        String query = queries.isEmpty() ? null : queries.get(0);
        return new SparqlRequest(query, values(params, "default-graph-uri"), values(params, "named-graph-uri"),
                first(params, "format"));
    }

    static void refuseUpdate(Map<String, List<String>> params) {
        if (params.containsKey("update"))
            throw new HttpError(403, "SPARQL Update is not accepted: this endpoint is read-only (use query=)");
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        a.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        b.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return all;
    }

    private static List<String> values(Map<String, List<String>> params, String key) {
        return List.copyOf(params.getOrDefault(key, List.of()));
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.getOrDefault(key, List.of());
        return v.isEmpty() ? null : v.get(0);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed percent-encoding in the parameters: " + e.getMessage());
        }
    }

    private static Charset charset(Context ctx) {
        String contentType = ctx.header(Header.CONTENT_TYPE);
        if (contentType != null) {
            for (String param : contentType.split(";")) {
                String p = param.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        throw new HttpError(415, "unknown charset in Content-Type: " + contentType + "; use UTF-8");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
