package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Starting and ending streamed responses. A handler decides everything that can fail with a
 * status (parse, negotiation, the first result) before {@link #begin}; after it the body is
 * written straight to the connection, and a failure can only {@link #abort} it, so the client
 * sees a broken transfer rather than a 200 with a truncated or mixed body.
 */
final class Responses {
    private Responses() {}

    /** Sets 200, the format's Content-Type and {@code Vary: Accept}, and returns the body stream. */
    static OutputStream begin(Context ctx, Format format) {
        ctx.status(200).contentType(format.contentType());
        ctx.header(Header.VARY, "Accept");
        return ctx.outputStream();
    }

    /**
     * Writes a whole HTML page. Its scripts and styles may come from this server only, never
     * inline, so text that escaped escaping still could not run.
     */
    static void page(Context ctx, String html) {
        ctx.header("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'");
        text(ctx, Format.HTML, html);
    }

    /** Writes a whole (small) text response. */
    static void text(Context ctx, Format format, String text) {
        OutputStream out = begin(ctx, format);
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the connection of a response whose body has started, so the client knows it is incomplete. */
    static void abort(Context ctx, Throwable cause) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close(cause);
    }
}
