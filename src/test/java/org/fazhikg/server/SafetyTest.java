package org.fazhikg.server;

import static org.fazhikg.server.TestServer.encode;
import static org.fazhikg.server.TestServer.get;
import static org.fazhikg.server.TestServer.post;
import static org.fazhikg.server.TestServer.withServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.Test;

class SafetyTest {
    @Test
    void a_syntax_error_is_400_with_the_parser_message() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            withServer(store, url -> {
                HttpResponse<String> r = get(url + "sparql?query=" + encode("SELECT ?x WHERE { ?x ?y }"), null);
                assertEquals(400, r.statusCode());
                assertTrue(r.body().startsWith("query syntax error: ") && r.body().contains("line 1"), r.body());
                assertEquals(1, r.body().strip().lines().count(), r.body());
            });
        }
    }

    @Test
    void an_unacceptable_accept_is_406_and_an_unknown_body_type_415_each_listing_what_is_supported() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            withServer(store, url -> {
                HttpResponse<String> accept = get(url + "sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 1"), "image/png");
                assertEquals(406, accept.statusCode());
                assertTrue(accept.body().contains("application/sparql-results+json"), accept.body());
                HttpResponse<String> body = post(url + "sparql", "application/json", "{\"query\": \"ASK {}\"}", null);
                assertEquals(415, body.statusCode());
                assertTrue(body.body().contains("application/sparql-query"), body.body());
                HttpResponse<String> format = get(url + "sparql?format=yaml&query=" + encode("ASK {}"), null);
                assertEquals(400, format.statusCode());
                assertTrue(format.body().contains("json, xml, csv, tsv"), format.body());
            });
        }
    }

    @Test
    void large_bodies_and_long_query_strings_are_refused() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            ServerConfig small = ServerConfig.defaults().withLimits(4096, 2048);
            withServer(store, small, url -> {
                String longQuery = "SELECT * WHERE { ?s ?p \"" + "x".repeat(3000) + "\" }";
                HttpResponse<String> uri = get(url + "sparql?query=" + encode(longQuery), null);
                assertEquals(414, uri.statusCode(), uri.body());
                HttpResponse<String> body = post(url + "sparql", "application/sparql-query",
                        "SELECT * WHERE { ?s ?p \"" + "x".repeat(5000) + "\" }", null);
                assertEquals(413, body.statusCode(), body.body());
                HttpResponse<String> withinLimits = post(url + "sparql", "application/sparql-query", longQuery, null);
                assertEquals(200, withinLimits.statusCode(), withinLimits.body());
            });
        }
    }

    @Test
    void sparql_update_is_refused_on_any_path_and_changes_nothing() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            long before = store.<Long>read(ds -> ds.getUnionModel().size());
            String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
            withServer(store, url -> {
                assertEquals(403, post(url + "sparql", "application/sparql-update", update, null).statusCode());
                assertEquals(403, post(url + "update", "application/sparql-update", update, null).statusCode());
                assertEquals(403, post(url + "sparql", "application/x-www-form-urlencoded", "update=" + encode(update), null).statusCode());
                assertEquals(403, post(url + "data", "application/x-www-form-urlencoded", "update=" + encode(update), null).statusCode());
                assertEquals(403, get(url + "sparql?update=" + encode(update), null).statusCode());
                // an update sent as a query does not parse as one
                assertEquals(400, get(url + "sparql?query=" + encode(update), null).statusCode());
                assertEquals(400, post(url + "sparql", "application/sparql-query", update, null).statusCode());
            });
            assertEquals(before, store.<Long>read(ds -> ds.getUnionModel().size()));
            assertTrue(store.<Boolean>read(ds -> !ds.getUnionModel().containsResource(ds.getUnionModel().createResource("urn:x"))));
        }
    }

    @Test
    void service_is_refused_without_any_connection_attempt() throws Exception {
        try (GraphStore store = TestServer.fixtureStore();
             ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String service = "http://127.0.0.1:" + remote.getLocalPort() + "/sparql";
            withServer(store, url -> {
                for (String q : new String[] {
                        "SELECT * WHERE { SERVICE <" + service + "> { ?s ?p ?o } }",
                        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <" + service + "> { ?s ?p ?o } } }",
                        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + service + "> { ?s ?p ?o } } } }",
                        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + service + "> { ?s ?p ?o } }"}) {
                    HttpResponse<String> r = get(url + "sparql?query=" + encode(q), null);
                    assertEquals(400, r.statusCode(), q);
                    assertTrue(r.body().contains("SERVICE"), r.body());
                }
            });
            // any connection attempt would be waiting in the listen backlog by now
            remote.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, remote::accept);
        }
    }

    @Test
    void from_a_file_or_web_iri_reads_nothing_outside_the_store() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            withServer(store, url -> {
                for (String q : new String[] {
                        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }"}) {
                    HttpResponse<String> r = get(url + "sparql?query=" + encode(q) + "&format=csv", null);
                    assertEquals(200, r.statusCode(), r.body());
                    assertEquals(1, r.body().strip().lines().count(), "header only: " + r.body());
                }
                HttpResponse<String> param = get(url + "sparql?default-graph-uri=" + encode("file:///etc/passwd")
                        + "&query=" + encode("SELECT * { ?s ?p ?o }") + "&format=csv", null);
                assertEquals(1, param.body().strip().lines().count(), param.body());
            });
        }
    }

    @Test
    void a_query_over_the_time_limit_is_stopped_and_answered_503() throws Exception {
        try (GraphStore store = bigStore()) {
            withServer(store, ServerConfig.defaults().withTimeout(Duration.ofSeconds(1)), url -> {
                String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
                long start = System.nanoTime();
                HttpResponse<String> r = get(url + "sparql?query=" + encode(slow), null);
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("time limit"), r.body());
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "stopped in time");
            });
        }
    }

    @Test
    void a_stream_cut_by_the_time_limit_is_not_a_complete_200() throws Exception {
        try (GraphStore store = bigStore()) {
            withServer(store, ServerConfig.defaults().withTimeout(Duration.ofSeconds(1)), url -> {
                String huge = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "sparql?query=" + encode(huge))).build();
                try {
                    HttpResponse<Void> r = TestServer.CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                    assertEquals(503, r.statusCode(), "a complete answer is impossible within the limit");
                } catch (IOException broken) {
                    // the transfer was aborted mid-stream: the client knows it is incomplete
                }
            });
        }
    }

    @Test
    void browsers_on_other_origins_may_query() throws Exception {
        try (GraphStore store = TestServer.fixtureStore()) {
            withServer(store, url -> {
                HttpRequest preflight = HttpRequest.newBuilder(URI.create(url + "sparql"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type").build();
                HttpResponse<String> r = TestServer.CLIENT.send(preflight, HttpResponse.BodyHandlers.ofString());
                assertEquals(204, r.statusCode());
                assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
                assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
                assertEquals("content-type", r.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
                HttpResponse<String> query = get(url + "sparql?query=" + encode("ASK {}"), null);
                assertEquals("*", query.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
                assertEquals(404, get(url + "no/such/page", null).statusCode(), "other paths are not found");
            });
        }
    }

    /** 3000 triples in one graph: a three-way cross product is far beyond any time limit. */
    private static GraphStore bigStore() {
        GraphStore store = GraphStore.inMemory();
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 3000; i++) {
            Resource r = m.createResource("https://fazhi-kg.org/resource/test/" + i);
            r.addProperty(RDFS.label, "项目" + i);
        }
        store.replaceReport("big", m);
        return store;
    }
}
