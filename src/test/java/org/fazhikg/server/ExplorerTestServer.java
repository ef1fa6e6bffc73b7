package org.fazhikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.fazhikg.Build;
import org.fazhikg.Pipeline;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import org.fazhikg.ingest.IngestException;
import org.fazhikg.rdf.Iris;
import org.fazhikg.store.GraphStore;

/**
 * The real {@link SparqlServer} on a free loopback port, over the sample corpus (data/reports,
 * built the way {@code fazhi-kg build} does) or over a small TriG fixture graph for what the sample
 * cannot show. Queries can also be run in process, to compare the pages with the store.
 *
 * <pre>
 * try (ExplorerTestServer server = ExplorerTestServer.sampleCorpus()) {
 *     String home = server.url("/");
 *     int shared = server.select(sharedMechanismsQuery).size();
 * }
 * </pre>
 */
final class ExplorerTestServer implements AutoCloseable {
    static final Path SAMPLE_CORPUS = Path.of("data", "reports");

    private final GraphStore store;
    private final SparqlServer server;

    private ExplorerTestServer(GraphStore store) {
        this.store = store;
        this.server = SparqlServer.start(store, ServerConfig.defaults().withPort(0));
    }

    /** The server over the five sample reports shipped in data/reports. */
    static ExplorerTestServer sampleCorpus() {
        return new ExplorerTestServer(sampleStore());
    }

    /** The server over a TriG file on the test classpath whose named graphs are report graphs. */
    static ExplorerTestServer fixture(String trig) {
        return new ExplorerTestServer(fixtureStore(trig));
    }

    /** An in-memory store holding the graph of every report of data/reports; fails if one is skipped. */
    static GraphStore sampleStore() {
        GraphStore store = GraphStore.inMemory();
        try {
            Build.Summary built = Build.run(Corpus.open(SAMPLE_CORPUS), new Pipeline(Gazetteer.load()), store, 2, step -> {});
            if (!built.skipped().isEmpty() || built.reports() == 0) {
                throw new IllegalStateException("sample corpus " + SAMPLE_CORPUS + " did not build whole: " + built);
            }
        } catch (IngestException e) {
            throw new IllegalStateException("cannot read the sample corpus " + SAMPLE_CORPUS, e);
        }
        return store;
    }

    /** An in-memory store with each named graph of the TriG fixture as the graph of its report. */
    static GraphStore fixtureStore(String trig) {
        Dataset fixture = DatasetFactory.create();
        try (InputStream in = ExplorerTestServer.class.getResourceAsStream(trig)) {
            if (in == null) throw new IllegalStateException("no test fixture " + trig);
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GraphStore store = GraphStore.inMemory();
        fixture.listModelNames().forEachRemaining(name -> store.replaceReport(
                Iris.DEFAULT.reportIdOfGraph(name.getURI()).orElseThrow(() -> new IllegalStateException(
                        trig + ": " + name + " is not a report graph (" + Iris.DEFAULT.reportGraph("ID") + ")")),
                fixture.getNamedModel(name)));
        return store;
    }

    /** Runs a SELECT query over store, in process; each row maps a variable to its IRI or lexical form. */
    static List<Map<String, String>> select(GraphStore store, String text) {
        return store.read(ds -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(ds).query(text).build()) {
                exec.execSelect().forEachRemaining(solution -> {
                    Map<String, String> row = new TreeMap<>();
                    solution.varNames().forEachRemaining(name -> row.put(name, lexical(solution.get(name))));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static String lexical(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    /** The text of a saved query of sparql-queries/. */
    static String savedQuery(String name) {
        return ExplorerQueries.fromClasspath().byName(name)
                .orElseThrow(() -> new IllegalStateException("no saved query " + name)).text();
    }

    /** A saved query with its parameter row replaced, as the explorer's sparql.js does. */
    static String savedQuery(String name, String defaultRow, String row) {
        String query = savedQuery(name);
        if (!query.contains(defaultRow)) throw new IllegalStateException(name + " lacks the parameter row " + defaultRow);
        return query.replace(defaultRow, row);
    }

    /** As {@link #select(GraphStore, String)} over this server's store. */
    List<Map<String, String>> select(String text) {
        return select(store, text);
    }

    /** The URL of an absolute path on this server, e.g. {@code url("/explore/shared")}. */
    String url(String path) {
        return server.url() + path.substring(1);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
