package org.fazhikg.server;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The media types the server speaks: each with its {@code format=} name, the types clients also
 * send for it, and the Jena language that writes it. Graphs are streamed where Jena has a
 * streaming writer (Turtle, N-Triples); JSON-LD and RDF/XML need the whole graph first. Whole
 * datasets (N-Quads, TriG) are written by {@code GraphStore.export}.
 */
enum Format {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, null, "application/json"),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, null, "application/xml", "text/xml"),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, null),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, null),
    TURTLE("turtle", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, "application/x-turtle"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11, "application/json"),
    NTRIPLES("ntriples", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, "text/plain"),
    RDFXML("rdfxml", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "application/xml", "text/xml"),
    NQUADS("nquads", "application/n-quads", Lang.NQUADS, RDFFormat.NQUADS),
    TRIG("trig", "application/trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS),
    HTML("html", "text/html", null, null, "application/xhtml+xml");

    /** What a SELECT or ASK query can answer in, JSON first. */
    static final List<Format> RESULTS = List.of(JSON, XML, CSV, TSV);
    /** What a graph (CONSTRUCT, DESCRIBE, one named graph) can be written in, Turtle first. */
    static final List<Format> GRAPHS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** What the whole dataset, graph names included, can be written in. */
    static final List<Format> DATASETS = List.of(NQUADS, TRIG);

    final String name;
    final String mediaType;
    final List<String> otherMediaTypes;
    final Lang lang;
    private final RDFFormat rdfFormat;

    Format(String name, String mediaType, Lang lang, RDFFormat rdfFormat, String... otherMediaTypes) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.otherMediaTypes = List.of(otherMediaTypes);
    }

    /** The Content-Type header value: text formats say they are UTF-8. */
    String contentType() {
        boolean text = mediaType.startsWith("text/") || this == NTRIPLES || this == NQUADS || this == TRIG;
        return text ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** The format a {@code format=} value names among {@code offers}. */
    static Optional<Format> byName(String name, List<Format> offers) {
        return offers.stream().filter(f -> f.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** "text/turtle (turtle), application/ld+json (jsonld)": what an error lists as allowed. */
    static String describe(List<Format> offers) {
        return offers.stream().map(f -> f.mediaType + " (" + f.name + ")").collect(Collectors.joining(", "));
    }

    static List<Format> all() {
        return List.of(values());
    }

    static List<Format> concat(List<Format> a, List<Format> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Writes a small graph, e.g. a resource's description, with the pretty variant where there is one. */
    void writePretty(Graph graph, OutputStream out) {
        RDFFormat pretty = switch (this) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            default -> rdfFormat();
        };
        RDFWriter.source(graph).format(pretty).output(out);
    }

    /**
     * Writes triples as they come when the format can be streamed, else gathers them into a graph
     * first. {@code prefixes} (with the usual ones) are written at the start or used for compaction.
     */
    void writeStreaming(Iterator<Triple> triples, PrefixMap prefixes, OutputStream out) {
        if (StreamRDFWriter.registered(rdfFormat())) {
            StreamRDF stream = start(out, prefixes);
            triples.forEachRemaining(stream::triple);
            stream.finish();
            return;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Labels.PREFIXES).setNsPrefixes(prefixes.getMapping());
        triples.forEachRemaining(graph::add);
        RDFWriter.source(graph).format(rdfFormat()).output(out);
    }

    /** Writes a large graph, e.g. a store graph, triple by triple where the format allows it. */
    void writeStreaming(Graph graph, OutputStream out) {
        if (StreamRDFWriter.registered(rdfFormat())) {
            writeStreaming(graph.find(), PrefixMapFactory.create(graph.getPrefixMapping()), out);
            return;
        }
        RDFWriter.source(graph).format(rdfFormat()).output(out);
    }

    private StreamRDF start(OutputStream out, PrefixMap prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, rdfFormat());
        stream.start();
        PrefixMap all = PrefixMapFactory.create(Labels.PREFIXES);
        all.putAll(prefixes);
        StreamRDFOps.sendPrefixesToStream(all, stream);
        return stream;
    }

    private RDFFormat rdfFormat() {
        if (rdfFormat == null) throw new IllegalStateException(this + " is not an RDF syntax");
        return rdfFormat;
    }
}
