package org.fazhikg.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SparqlServer} listens and what it allows: checked once, here, so a bad value fails
 * before the server starts, with a message that says what is allowed.
 *
 * <pre>
 * ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(5));
 * </pre>
 *
 * @param host          address to bind; loopback unless the user asks for more
 * @param port          TCP port, 0 to let the system pick a free one ({@link SparqlServer#port()} tells which)
 * @param baseIri       the IRI prefix the graph's resources are minted under; a request for
 *                      {@code /resource/x} on this server looks up {@code <baseIri + "resource/x">}
 * @param timeout       longest a query may run before it is stopped and answered 503
 * @param maxBodyBytes  largest request body accepted (413 above)
 * @param maxQueryBytes longest URL query string accepted, e.g. a GET {@code ?query=} (414 above)
 */
public record ServerConfig(String host, int port, String baseIri, Duration timeout, long maxBodyBytes, int maxQueryBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BASE_IRI = "https://fazhi-kg.org/";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank())
            throw new IllegalArgumentException("host is empty; give an address to bind, e.g. 127.0.0.1 or 0.0.0.0");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port " + port + " is out of range: 1-65535, or 0 for any free port");
        checkBaseIri(baseIri);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("query timeout " + timeout.toSeconds() + "s must be positive (seconds >= 1)");
        if (maxBodyBytes < 1024)
            throw new IllegalArgumentException("body size limit " + maxBodyBytes + " bytes is too small: at least 1024");
        if (maxQueryBytes < 1024)
            throw new IllegalArgumentException("query size limit " + maxQueryBytes + " bytes is too small: at least 1024");
    }

    /** 127.0.0.1:8080, base {@value #DEFAULT_BASE_IRI}, 30 s per query, 1 MB bodies, 64 KB query strings. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BASE_IRI, DEFAULT_TIMEOUT,
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUERY_BYTES);
    }

    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, baseIri, timeout, maxBodyBytes, maxQueryBytes);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, baseIri, timeout, maxBodyBytes, maxQueryBytes);
    }

    public ServerConfig withBaseIri(String baseIri) {
        return new ServerConfig(host, port, baseIri, timeout, maxBodyBytes, maxQueryBytes);
    }

    public ServerConfig withTimeout(Duration timeout) {
        return new ServerConfig(host, port, baseIri, timeout, maxBodyBytes, maxQueryBytes);
    }

    public ServerConfig withLimits(long maxBodyBytes, int maxQueryBytes) {
        return new ServerConfig(host, port, baseIri, timeout, maxBodyBytes, maxQueryBytes);
    }

    private static void checkBaseIri(String baseIri) {
        String example = "; e.g. " + DEFAULT_BASE_IRI;
        if (!baseIri.endsWith("/"))
            throw new IllegalArgumentException("base IRI '" + baseIri + "' must end with '/'" + example);
        try {
            URI uri = new URI(baseIri);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null)
                throw new IllegalArgumentException("base IRI '" + baseIri + "' must be an absolute http(s) IRI" + example);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null)
                throw new IllegalArgumentException("base IRI '" + baseIri + "' must have no query or fragment" + example);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' is not an IRI: " + e.getReason() + example);
        }
    }
}
