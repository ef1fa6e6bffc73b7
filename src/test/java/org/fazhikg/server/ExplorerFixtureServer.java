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
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.fazhikg.store.GraphStore;

/**
 * A server on a free loopback port with the explorer and a minimal SPARQL 1.1 protocol endpoint
 * over the test graph {@code /explorer/graph.trig} (one named graph per report, union default graph),
 * standing in for SparqlServer in the explorer's tests.
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

    static ExplorerFixtureServer start() {
        GraphStore store = loadFixture();
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

    private static GraphStore loadFixture() {
        Dataset fixture = DatasetFactory.create();
        try (InputStream in = ExplorerFixtureServer.class.getResourceAsStream("/explorer/graph.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GraphStore store = GraphStore.inMemory();
        fixture.listModelNames().forEachRemaining(name -> store.replaceGraph(name.getURI(), fixture.getNamedModel(name)));
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
        byte[] body = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSetFormatter.outputAsJSON(out, exec.execSelect());
                } else if (query.isAskType()) {
                    ResultSetFormatter.outputAsJSON(out, exec.execAsk());
                } else {
                    RDFDataMgr.write(out, query.isConstructType() ? exec.execConstruct() : exec.execDescribe(), Lang.TURTLE);
                }
            }
            return out.toByteArray();
        });
        boolean json = query.isSelectType() || query.isAskType();
        ctx.contentType(json ? "application/sparql-results+json; charset=utf-8" : "text/turtle; charset=utf-8").result(body);
    }
}
