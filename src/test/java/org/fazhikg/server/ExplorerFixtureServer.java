package org.fazhikg.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.fazhikg.rdf.Iris;
import org.fazhikg.store.BadQueryException;
import org.fazhikg.store.GraphStore;
import org.fazhikg.store.ResultFormat;

/**
 * A server on a free loopback port with the explorer and a minimal SPARQL 1.1 protocol endpoint
 * (GET ?query=, POST form or application/sparql-query) over a test graph (by default
 * {@code /explorer/graph.trig}), loaded into an in-memory {@link GraphStore} one report graph at a
 * time. It stands in for SparqlServer in the explorer's tests.
 *
 * <pre>
 * try (ExplorerFixtureServer server = ExplorerFixtureServer.start()) {
 *     String home = server.url("/");
 * }
 * </pre>
 */
final class ExplorerFixtureServer implements AutoCloseable {
    private final GraphStore store;
    private final Javalin app;

    private ExplorerFixtureServer(GraphStore store, Javalin app) {
        this.store = store;
        this.app = app;
    }

    /** The server over the main test graph, /explorer/graph.trig. */
    static ExplorerFixtureServer start() {
        return start("/explorer/graph.trig");
    }

    /** The server over a TriG file on the test classpath whose named graphs are report graphs. */
    static ExplorerFixtureServer start(String trig) {
        GraphStore store = loadFixture(trig);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Explorer.install(config);
            config.routes.get("/sparql", ctx -> sparql(ctx, store, ctx.queryParam("query")));
            config.routes.post("/sparql", ctx -> sparql(ctx, store, queryOfPost(ctx)));
        });
        app.start("127.0.0.1", 0);
        return new ExplorerFixtureServer(store, app);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Runs a SELECT query over the fixture, in process; each row maps a variable to its IRI or lexical form. */
    List<Map<String, String>> select(String text) {
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

    @Override
    public void close() {
        app.stop();
        store.close();
    }

    private static GraphStore loadFixture(String trig) {
        Dataset fixture = DatasetFactory.create();
        try (InputStream in = ExplorerFixtureServer.class.getResourceAsStream(trig)) {
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

    private static String queryOfPost(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.startsWith("application/sparql-query") ? ctx.body() : ctx.formParam("query");
    }

    private static void sparql(Context ctx, GraphStore store, String text) {
        if (text == null || text.isBlank()) {
            ctx.status(400).result("missing parameter: query");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            ctx.status(400).result(e.getMessage().lines().findFirst().orElse("parse error"));
            return;
        }
        ResultFormat format = query.isSelectType() || query.isAskType() ? ResultFormat.JSON : ResultFormat.TURTLE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ctx.contentType(store.query(text, format, out)).result(out.toByteArray());
        } catch (BadQueryException e) {
            ctx.status(400).result(e.getMessage());
        }
    }
}
