package org.fazhikg.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.util.List;
import java.util.Objects;
import org.fazhikg.UserException;
import org.fazhikg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph on the web, from one process: a SPARQL 1.1 query endpoint at {@code /sparql}, the
 * Graph Store Protocol (read-only) at {@code /data}, every IRI the graph mints dereferenceable
 * as a page or as RDF ({@code /resource/…}, {@code /graph/…}, {@code /ontology}), the VoID
 * description at {@code /.well-known/void}, and dumps at {@code /dumps/}. Read-only, no
 * outbound requests, each request in its own read transaction.
 *
 * <pre>
 * try (SparqlServer server = SparqlServer.start(store, ServerConfig.defaults().withPort(0))) {
 *     System.out.println(server.endpointUrl());   // http://127.0.0.1:41234/sparql
 * }
 * </pre>
 *
 * <p>Routes are listed in one place, {@link #routes}; pages of the explorer add theirs there.
 * Static files under {@code src/main/resources/web/static/} are served at {@code /static/}. For
 * WebJars, add the dependency and {@code cfg.staticFiles.enableWebjars()} in {@link #configure}
 * (Javalin refuses to start when no WebJar is on the classpath).
 */
public final class SparqlServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final Javalin app;
    private final ServerConfig config;

    private SparqlServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts serving {@code store} as {@code config} says and returns once the port is bound.
     *
     * @throws UserException when the address cannot be bound (e.g. the port is taken)
     */
    public static SparqlServer start(GraphStore store, ServerConfig config) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        Javalin app = Javalin.create(cfg -> configure(cfg, store, config));
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new UserException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                    + " (choose another port; 0 picks a free one)", e);
        }
        return new SparqlServer(app, config);
    }

    /** The bound port: the configured one, or the one the system picked for port 0. */
    public int port() {
        return app.port();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:8080/}; the home page. */
    public String url() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The SPARQL endpoint's URL, {@link #url()} + {@code sparql}. */
    public String endpointUrl() {
        return url() + "sparql";
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops serving; requests in progress are cut. The store stays open (the caller owns it). */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static void configure(JavalinConfig cfg, GraphStore store, ServerConfig config) {
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.startup.startupWatcherEnabled = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        // results are streamed and a failed stream is aborted; a gzip layer would hide both
        cfg.http.compressionStrategy = CompressionStrategy.NONE;
        cfg.http.prefer405over404 = true;
        // Jetty answers 431/414 itself beyond this; below it our own check gives the clearer 414
        cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(config.maxQueryBytes() + 16 * 1024));
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web/static";
            files.location = Location.CLASSPATH;
        });
        Explorer.install(cfg, config.baseIri());
        routes(cfg.routes, store, config);
    }

    /** Every route of the server. */
    private static void routes(RoutesConfig routes, GraphStore store, ServerConfig config) {
        IriMapping iris = new IriMapping(config.baseIri());
        RequestChecks checks = new RequestChecks(config);
        SparqlProtocol sparql = new SparqlProtocol(store, config.baseIri(), config.timeout());
        GraphStoreProtocol graphStore = new GraphStoreProtocol(store);
        LinkedData linkedData = new LinkedData(store, iris);
        Downloads downloads = new Downloads(store, config.baseIri());

        routes.before(checks::before);
        routes.get("/sparql", sparql::handle);
        routes.post("/sparql", sparql::handle);
        routes.get("/data", graphStore::get);
        routes.put("/data", graphStore::refuse);
        routes.post("/data", graphStore::refuse);
        routes.delete("/data", graphStore::refuse);
        routes.patch("/data", graphStore::refuse);
        routes.get("/.well-known/void", downloads::describe);
        routes.get("/dumps", downloads::list);
        routes.get("/dumps/{file}", downloads::file);
        for (String path : LinkedData.PATHS) {
            routes.get(path, linkedData::handle);
            routes.head(path, linkedData::handle);
        }
        // a CORS preflight on each path served, so that other paths stay 404 rather than 405
        for (String path : List.of("/", "/sparql", "/data", "/.well-known/void", "/dumps", "/dumps/{file}"))
            routes.options(path, checks::preflight);
        for (String path : LinkedData.PATHS) routes.options(path, checks::preflight);
        routes.exception(HttpError.class, SparqlServer::answer);
        routes.exception(Exception.class, (e, ctx) -> {
            if (ctx.res().isCommitted()) { // mid-stream, most often the client went away
                LOG.debug("response to {} {} cut short", ctx.method(), ctx.path(), e);
                Responses.abort(ctx, e);
                return;
            }
            LOG.error("failed to answer {} {}", ctx.method(), ctx.path(), e);
            answer(new HttpError(500, "internal error (a bug; the server log has the details)"), ctx);
        });
    }

    /** An error as one line of text, or as a page for a browser. */
    private static void answer(HttpError e, Context ctx) {
        ctx.status(e.status);
        String accept = ctx.header(Header.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            ctx.contentType(Format.HTML.contentType()).result(Html.page(Integer.toString(e.status), "",
                    "<h1>" + e.status + "</h1>\n<p>" + Html.escape(e.getMessage()) + "</p>\n"));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
        }
    }
}
