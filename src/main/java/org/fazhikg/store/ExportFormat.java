package org.fazhikg.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;
import org.fazhikg.UserException;

/**
 * Syntaxes {@link GraphStore#export} writes. Triple formats (turtle, ntriples, jsonld, rdfxml)
 * hold the union of all graphs, as queries see it; quad formats (nquads, trig) keep every
 * report's named graph.
 */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, false, "text/turtle; charset=utf-8", "ttl"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES_UTF8, false, "application/n-triples", "nt"),
    NQUADS("nquads", RDFFormat.NQUADS_UTF8, true, "application/n-quads", "nq"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, "application/trig", "trig"),
    JSONLD("jsonld", RDFFormat.JSONLD11, false, "application/ld+json", "jsonld"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, "application/rdf+xml", "rdf");

    private final String id;
    private final RDFFormat rdfFormat;
    private final boolean quads;
    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String id, RDFFormat rdfFormat, boolean quads, String mediaType, String fileExtension) {
        this.id = id;
        this.rdfFormat = rdfFormat;
        this.quads = quads;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The name used on the command line. */
    public String id() { return id; }

    /** Whether the format keeps named graphs (nquads, trig). */
    public boolean quads() { return quads; }

    public String mediaType() { return mediaType; }

    /** File extension without the dot (ttl, nt, nq, trig, jsonld, rdf). */
    public String fileExtension() { return fileExtension; }

    RDFFormat rdfFormat() { return rdfFormat; }

    /** The format named {@code id} (case-insensitive); the error lists the names allowed. */
    public static ExportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new UserException("unknown export format '" + id + "', expected one of "
                        + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))));
    }
}
