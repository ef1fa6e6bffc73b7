package org.fazhikg.server;

import org.fazhikg.rdf.Iris;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Maps this server's paths to the graph's IRIs and back, as LodView's public URL prefix does: the
 * server root stands for the base IRI, so {@code GET /resource/region/440303} looks up
 * {@code <https://fazhi-kg.org/resource/region/440303>} whether the server runs on localhost or
 * behind the public host. Request paths arrive as URIs (Chinese percent-encoded in UTF-8) and IRIs
 * keep Chinese as is (RFC 3987 §3.2), so percent-encoded octets that form a character an IRI path
 * may hold are decoded and all others stay encoded, in upper-case hex.
 */
record IriMapping(String baseIri) {
    private static final String HEX = "0123456789ABCDEF";

    /** The IRI a raw (still percent-encoded) request path names. */
    String iriOf(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return baseIri + toIri(path);
    }

    /** Whether the IRI lies under the base, i.e. resolves on this server. */
    boolean isLocal(String iri) {
        return iri.startsWith(baseIri);
    }

    /**
     * A link to the IRI for a page of this server: the local path for an IRI under the base
     * (fragment kept), the IRI itself otherwise; always ASCII, so it is a valid href.
     */
    String href(String iri) {
        return isLocal(iri) ? "/" + toUri(iri.substring(baseIri.length())) : toUri(iri);
    }

    /** Decodes %XX runs that form characters allowed unencoded in an IRI path; keeps the rest encoded. */
    static String toIri(String uriPath) {
        StringBuilder out = new StringBuilder(uriPath.length());
        int i = 0;
        while (i < uriPath.length()) {
            char c = uriPath.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (end < uriPath.length() && uriPath.charAt(end) == '%' && isHex(uriPath, end + 1)) {
                bytes.write(Integer.parseInt(uriPath.substring(end + 1, end + 3), 16));
                end += 3;
            }
            if (end == i) { // a lone '%' not followed by two hex digits: keep it, encoded
                out.append("%25");
                i++;
                continue;
            }
            appendDecoded(bytes.toByteArray(), out);
            i = end;
        }
        return out.toString();
    }

    /** Percent-encodes, in UTF-8, every character that is not printable ASCII (and spaces, quotes, angle brackets). */
    static String toUri(String iri) {
        StringBuilder out = new StringBuilder(iri.length());
        iri.codePoints().forEach(cp -> {
            if (cp > 0x20 && cp < 0x7F && "\"<>\\^`{|}".indexOf(cp) < 0) out.appendCodePoint(cp);
            else encode(Character.toString(cp), out);
        });
        return out.toString();
    }

    private static void appendDecoded(byte[] bytes, StringBuilder out) {
        int i = 0;
        while (i < bytes.length) {
            int length = utf8Length(bytes[i]);
            if (length > 0 && i + length <= bytes.length) {
                String ch = new String(bytes, i, length, StandardCharsets.UTF_8);
                int cp = ch.codePointAt(0);
                boolean wellFormed = ch.codePointCount(0, ch.length()) == 1 && cp != 0xFFFD;
                if (wellFormed && Iris.allowedInSegment(cp)) {
                    out.append(ch);
                    i += length;
                    continue;
                }
                if (wellFormed) {
                    encode(ch, out);
                    i += length;
                    continue;
                }
            }
            out.append('%').append(HEX.charAt((bytes[i] >> 4) & 0xF)).append(HEX.charAt(bytes[i] & 0xF));
            i++;
        }
    }

    private static int utf8Length(byte first) {
        int b = first & 0xFF;
        if (b < 0x80) return 1;
        if (b >= 0xC2 && b <= 0xDF) return 2;
        if (b >= 0xE0 && b <= 0xEF) return 3;
        if (b >= 0xF0 && b <= 0xF4) return 4;
        return 0;
    }

    private static boolean isHex(String s, int at) {
        return at + 1 < s.length() && HEX.indexOf(Character.toUpperCase(s.charAt(at))) >= 0
                && HEX.indexOf(Character.toUpperCase(s.charAt(at + 1))) >= 0;
    }

    private static void encode(String ch, StringBuilder out) {
        for (byte b : ch.getBytes(StandardCharsets.UTF_8))
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
    }
}
