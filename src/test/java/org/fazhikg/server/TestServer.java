package org.fazhikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.fazhikg.store.GraphStore;

/** Test support: the fixture store, a server on port 0 around a test, and a plain HTTP client. */
final class TestServer {
    static final String BASE = "https://fazhi-kg.org/";
    static final String GRAPH_A = BASE + "graph/report/a";
    static final String GRAPH_B = BASE + "graph/report/b";
    static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    interface ServerTest {
        void run(String baseUrl) throws Exception;
    }

    private TestServer() {}

    /** An in-memory store with two report graphs and a small ontology graph. */
    static GraphStore fixtureStore() {
        GraphStore store = GraphStore.inMemory();
        store.replaceReport("a", turtle("report-a.ttl"));
        store.replaceReport("b", turtle("report-b.ttl"));
        store.putOntology(turtle("ontology.ttl"));
        return store;
    }

    static Model turtle(String fixture) {
        try (InputStream in = TestServer.class.getResourceAsStream("/server/" + fixture)) {
            return RDFParser.source(in).lang(Lang.TURTLE).toModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server on a free port, runs the test with its root URL (ending in '/'), always stops it. */
    static void withServer(GraphStore store, ServerConfig config, ServerTest test) throws Exception {
        SparqlServer server = SparqlServer.start(store, config.withPort(0));
        try {
            test.run(server.url());
        } finally {
            server.stop();
        }
    }

    static void withServer(GraphStore store, ServerTest test) throws Exception {
        withServer(store, ServerConfig.defaults(), test);
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (accept != null) request.header("Accept", accept);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) request.header("Accept", accept);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The media type of a response, without parameters. */
    static String mediaType(HttpResponse<?> response) {
        return Negotiation.mediaType(response.headers().firstValue("Content-Type").orElse(""));
    }
}
