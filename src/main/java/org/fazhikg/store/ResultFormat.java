package org.fazhikg.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.fazhikg.UserException;

/**
 * How {@link GraphStore#query} writes results. SELECT and ASK results are rows: table, csv, tsv,
 * json (SPARQL results JSON) or xml (SPARQL results XML). CONSTRUCT and DESCRIBE results are a
 * graph: turtle, ntriples, jsonld or rdfxml; for a graph, table means Turtle, json JSON-LD and xml
 * RDF/XML, so one default serves every query form.
 */
public enum ResultFormat {
    TABLE("table", "text/plain; charset=utf-8", "text/turtle; charset=utf-8"),
    CSV("csv", "text/csv; charset=utf-8", null),
    TSV("tsv", "text/tab-separated-values; charset=utf-8", null),
    JSON("json", "application/sparql-results+json; charset=utf-8", "application/ld+json"),
    XML("xml", "application/sparql-results+xml; charset=utf-8", "application/rdf+xml"),
    TURTLE("turtle", null, "text/turtle; charset=utf-8"),
    NTRIPLES("ntriples", null, "application/n-triples"),
    JSONLD("jsonld", null, "application/ld+json"),
    RDFXML("rdfxml", null, "application/rdf+xml");

    private final String id;
    private final String rowsMediaType;
    private final String graphMediaType;

    ResultFormat(String id, String rowsMediaType, String graphMediaType) {
        this.id = id;
        this.rowsMediaType = rowsMediaType;
        this.graphMediaType = graphMediaType;
    }

    /** The name used on the command line and in {@code ?format=}. */
    public String id() { return id; }

    /** Whether SELECT and ASK results can be written in this format. */
    public boolean writesRows() { return rowsMediaType != null; }

    /** Whether CONSTRUCT and DESCRIBE results can be written in this format. */
    public boolean writesGraphs() { return graphMediaType != null; }

    String mediaType(boolean graph) { return graph ? graphMediaType : rowsMediaType; }

    /** The format named {@code id} (case-insensitive); the error lists the names allowed. */
    public static ResultFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new UserException("unknown result format '" + id + "', expected one of " + names()));
    }

    static String names() {
        return Arrays.stream(values()).map(ResultFormat::id).collect(Collectors.joining(", "));
    }
}
