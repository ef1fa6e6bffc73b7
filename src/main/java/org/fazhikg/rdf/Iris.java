package org.fazhikg.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.fazhikg.UserException;
import org.fazhikg.extract.Kind;

/**
 * Mints every IRI of the graph from stable keys under one base IRI, so the same input always
 * gives the same IRIs and entities of different reports with the same key meet in the union graph.
 * IRIs stay readable: Chinese is kept as is, only what an IRI path segment cannot hold is
 * percent-encoded ({@code %} itself always, so the encoding is reversible).
 *
 * <pre>
 * Iris iris = Iris.DEFAULT;                                 // base https://fazhi-kg.org/
 * iris.report("000_x");                                      // https://fazhi-kg.org/resource/report/000_x
 * iris.entity(Kind.MECHANISM, "行政执法三项制度");             // https://fazhi-kg.org/resource/mechanism/行政执法三项制度
 * iris.sentence("000_x", 120, 164);                          // https://fazhi-kg.org/resource/report/000_x/sentence/120-164
 * iris.reportGraph("000_x");                                 // https://fazhi-kg.org/graph/report/000_x
 * </pre>
 *
 * @param base absolute IRI ending in "/" under which resources and graphs are named
 */
public record Iris(String base) {
    public static final Iris DEFAULT = new Iris("https://fazhi-kg.org/");

    private static final String REPORT_GRAPH = "graph/report/";
    private static final String HEX = "0123456789ABCDEF";

    public Iris {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/"))
            throw new UserException("base IRI '" + base + "' must end with '/', e.g. https://fazhi-kg.org/");
        try {
            if (!IRIx.create(base).isAbsolute())
                throw new UserException("base IRI '" + base + "' must be absolute, e.g. https://fazhi-kg.org/");
        } catch (IRIException e) {
            throw new UserException("base IRI '" + base + "' is not a valid IRI: " + e.getMessage());
        }
    }

    /** The report resource: {@code {base}resource/report/{id}}. */
    public String report(String reportId) {
        return base + "resource/report/" + segment(reportId);
    }

    /** The named graph holding everything read from one report: {@code {base}graph/report/{id}}. */
    public String reportGraph(String reportId) {
        return base + REPORT_GRAPH + segment(reportId);
    }

    /** The named graph holding the ontology: {@code {base}graph/ontology}. */
    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The report id a {@link #reportGraph} IRI was minted from; empty for any other IRI. */
    public Optional<String> reportIdOfGraph(String graphIri) {
        String prefix = base + REPORT_GRAPH;
        if (!graphIri.startsWith(prefix) || graphIri.length() == prefix.length()) return Optional.empty();
        String rest = graphIri.substring(prefix.length());
        return rest.contains("/") ? Optional.empty() : Optional.of(decode(rest));
    }

    /**
     * A region, body, mechanism or document by its {@code Entity.key}; a "/" in the key (a
     * subdistrict's {@code code/name}) stays a path separator.
     */
    public String entity(Kind kind, String key) {
        String path = switch (kind) {
            case REGION -> "region/";
            case ORGANIZATION -> "body/";
            case MECHANISM -> "mechanism/";
            case DOCUMENT -> "document/";
            case METRIC, FIRST -> throw new IllegalArgumentException(
                    kind.csv() + " is a fact of its mention, not an entity; use observation() or claim()");
        };
        return base + "resource/" + path + path(key);
    }

    /** An indicator concept by its name. */
    public String indicator(String name) {
        return base + "resource/indicator/" + segment(name);
    }

    /** A span of one report: {@code …/report/{id}/mention/{kind}/{start}-{end}}. */
    public String mention(String reportId, Kind kind, int start, int end) {
        return report(reportId) + "/mention/" + kind.csv() + "/" + start + "-" + end;
    }

    /** A sentence of one report, the span [start, end): {@code …/report/{id}/sentence/{start}-{end}}. */
    public String sentence(String reportId, int start, int end) {
        return report(reportId) + "/sentence/" + start + "-" + end;
    }

    /**
     * An observation read from the span [start, end); {@code nth} (from 1) tells apart several
     * figures stated by one span ("参考率、优秀率均为100%"), and is left out of the IRI when 1.
     */
    public String observation(String reportId, int start, int end, int nth) {
        return report(reportId) + "/observation/" + span(start, end, nth);
    }

    /** A pioneering claim read from the span [start, end); {@code nth} as for {@link #observation}. */
    public String claim(String reportId, int start, int end, int nth) {
        return report(reportId) + "/claim/" + span(start, end, nth);
    }

    private static String span(int start, int end, int nth) {
        if (nth < 1) throw new IllegalArgumentException("nth counts from 1, got " + nth);
        return start + "-" + end + (nth == 1 ? "" : "-" + nth);
    }

    /** Each "/"-separated part of a key as a segment; the slashes stay. */
    static String path(String key) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int slash = key.indexOf('/', from);
            out.append(segment(key.substring(from, slash < 0 ? key.length() : slash)));
            if (slash < 0) return out.toString();
            out.append('/');
            from = slash + 1;
        }
    }

    /** One IRI path segment (RFC 3987 ipchar); spaces, controls, format characters and "/" are encoded. */
    static String segment(String text) {
        if (text.equals(".") || text.equals("..")) return text.replace(".", "%2E"); // dot segments would be resolved away
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (allowedInSegment(cp)) {
                out.appendCodePoint(cp);
                return;
            }
            for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8))
                out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        });
        return out.toString();
    }

    /** Whether an IRI path segment holds {@code cp} unencoded: unreserved, sub-delims, ':' '@', and ucschar (RFC 3987). */
    public static boolean allowedInSegment(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(cp) >= 0;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return false;
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED) return false;
        // ucschar ranges of RFC 3987, minus the non-characters at the end of each plane
        return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)
                || (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFE) != 0xFFFE);
    }

    /** Reverses {@link #segment}. */
    static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); ) {
            int cp = segment.codePointAt(i);
            if (cp == '%' && i + 2 < segment.length()) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
