package org.fazhikg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.fazhikg.UserException;
import org.fazhikg.server.ServerConfig;
import org.fazhikg.server.SparqlServer;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a built store over HTTP until stopped (Ctrl-C): SPARQL endpoint at /sparql, "
                + "a page or RDF for every IRI of the graph, VoID at /.well-known/void, dumps at /dumps/.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    Options options;

    /** The options {@code serve} and {@code up} share: where to listen and what a query may cost. */
    static final class Options {
        @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
                description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
        String host;

        @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--base-iri", defaultValue = ServerConfig.DEFAULT_BASE_IRI,
                description = "Base IRI of the graph, served at this server's root (default: ${DEFAULT-VALUE}).")
        String baseIri;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "Longest a query may run before it is stopped (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        ServerConfig config() {
            try {
                return ServerConfig.defaults().withHost(host).withPort(port).withBaseIri(baseIri)
                        .withTimeout(Duration.ofSeconds(timeoutSeconds));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = options.config();
        serveUntilStopped(store.open(), config, spec.commandLine().getOut());
        return Exits.OK;
    }

    /**
     * Serves {@code store} (which it closes on the way out) until the process is stopped; prints
     * the URLs to open. Returns only by an exception, e.g. when the port is taken.
     */
    static void serveUntilStopped(GraphStore store, ServerConfig config, PrintWriter out) throws InterruptedException {
        quietWebServerLogs();
        SparqlServer server;
        try {
            server = SparqlServer.start(store, config);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "fazhi-kg-stop"));
        out.println("fazhi-kg is serving " + config.baseIri() + " at " + server.url());
        out.println("  home page:        " + server.url());
        out.println("  SPARQL endpoint:  " + server.endpointUrl());
        out.println("  dumps:            " + server.url() + "dumps/");
        out.println("  dataset (VoID):   " + server.url() + ".well-known/void");
        out.println("Ctrl-C stops it.");
        out.flush();
        Thread.currentThread().join(); // the shutdown hook ends the process
    }

    /** Jetty and Javalin announce every start at INFO; keep warnings, unless the user set levels. */
    private static void quietWebServerLogs() {
        for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) System.setProperty(key, "warn");
        }
    }
}
