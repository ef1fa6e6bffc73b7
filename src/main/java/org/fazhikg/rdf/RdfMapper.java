package org.fazhikg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Linked;

/**
 * Turns one linked report into an RDF model under the fazhi-kg ontology: the report and its
 * metadata, the regions (with their ancestors up to the province), bodies, mechanisms and
 * documents it names, its observations and pioneering claims, one {@code fz:Sentence} per
 * sentence of the text (shortcomings and plans are read whole), and one {@code fz:Mention} per
 * span with the sentence it stands in, to which every fact points. The model is a pure function
 * of the input: no blank nodes, no timestamps, IRIs minted by {@link Iris}. Immutable and safe to
 * share between threads.
 *
 * <pre>
 * RdfMapper mapper = new RdfMapper(Gazetteer.load());
 * Model graph = mapper.toRdf(linked);
 * store.replaceReport(linked.extraction().document().id(), graph);
 * </pre>
 */
public final class RdfMapper {
    private static final String ONTOLOGY = "/ontology/fazhi.ttl";
    private static final String SHAPES = "/ontology/shapes.ttl";

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final PrefixMapping prefixes;

    /** A mapper minting IRIs under the default base {@code https://fazhi-kg.org/}. */
    public RdfMapper(Gazetteer gazetteer) {
        this(Iris.DEFAULT, gazetteer);
    }

    /** A mapper minting IRIs with {@code iris}; {@code gazetteer} names the ancestors of regions. */
    public RdfMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(ontology().getNsPrefixMap()).lock();
    }

    public Iris iris() {
        return iris;
    }

    /** The report's graph: what {@code GraphStore.replaceReport} stores as its named graph. */
    public Model toRdf(Linked linked) {
        return new ReportGraph(iris, gazetteer, linked, prefixes).build();
    }

    /** The ontology (ontology/fazhi.ttl, on the classpath as /ontology/fazhi.ttl), freshly parsed. */
    public static Model ontology() {
        return RDFParser.fromString(resource(ONTOLOGY), Lang.TURTLE).toModel();
    }

    /** The SHACL shapes every built graph must satisfy (ontology/shapes.ttl), freshly parsed. */
    public static Graph shapes() {
        return RDFParser.fromString(resource(SHAPES), Lang.TURTLE).toGraph();
    }

    private static String resource(String path) {
        try (InputStream in = RdfMapper.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
