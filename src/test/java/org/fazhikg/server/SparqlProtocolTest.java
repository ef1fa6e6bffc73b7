package org.fazhikg.server;

import static org.fazhikg.server.TestServer.encode;
import static org.fazhikg.server.TestServer.get;
import static org.fazhikg.server.TestServer.mediaType;
import static org.fazhikg.server.TestServer.post;
import static org.fazhikg.server.TestServer.withServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.vocabulary.RDF;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparqlProtocolTest {
    static final String REGIONS = "PREFIX fz: <https://fazhi-kg.org/ontology#> SELECT ?r WHERE { ?r a fz:Region } ORDER BY ?r";
    static final String CONSTRUCT = "PREFIX fz: <https://fazhi-kg.org/ontology#> "
            + "CONSTRUCT { ?r a fz:Region ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
            + "WHERE { ?r a fz:Region ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    static final String COUNTY = "https://fazhi-kg.org/resource/region/999001";

    static GraphStore store;

    @BeforeAll
    static void load() {
        store = TestServer.fixtureStore();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void get_query_answers_json_by_default_over_the_union_of_graphs() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "sparql?query=" + encode(REGIONS), "*/*");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("application/sparql-results+json", mediaType(r));
            assertEquals(List.of(COUNTY, "https://fazhi-kg.org/resource/region/999000").stream().sorted().toList(),
                    column(ResultSetMgr.read(new ByteArrayInputStream(bytes(r)), ResultSetLang.RS_JSON), "r"));
        });
    }

    @Test
    void select_results_come_in_each_results_format_by_accept() throws Exception {
        withServer(store, url -> {
            for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
                String type = lang.getHeaderString();
                HttpResponse<String> r = get(url + "sparql?query=" + encode(REGIONS), type + ", */*;q=0.1");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(type, mediaType(r));
                ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(bytes(r)), lang);
                assertEquals(2, column(rows, "r").size(), type + ": " + r.body());
            }
        });
    }

    @Test
    void q_values_decide_and_format_parameter_overrides_accept() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> byQ = get(url + "sparql?query=" + encode(REGIONS),
                    "application/sparql-results+json;q=0.2, text/csv;q=0.9");
            assertEquals("text/csv", mediaType(byQ));
            HttpResponse<String> byParam = get(url + "sparql?format=tsv&query=" + encode(REGIONS), "application/sparql-results+json");
            assertEquals("text/tab-separated-values", mediaType(byParam));
        });
    }

    @Test
    void post_form_and_post_query_body_are_answered() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> form = post(url + "sparql", "application/x-www-form-urlencoded",
                    "query=" + encode(REGIONS) + "&format=csv", null);
            assertEquals(200, form.statusCode(), form.body());
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(form.body())).getRecords();
            assertEquals(2, rows.size());
            HttpResponse<String> direct = post(url + "sparql", "application/sparql-query; charset=utf-8", REGIONS,
                    "application/sparql-results+xml");
            assertEquals(200, direct.statusCode(), direct.body());
            assertEquals(2, column(ResultSetMgr.read(new ByteArrayInputStream(bytes(direct)), ResultSetLang.RS_XML), "r").size());
        });
    }

    @Test
    void ask_answers_a_boolean() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "sparql?query=" + encode("ASK { <" + COUNTY + "> ?p ?o }"), null);
            assertEquals(200, r.statusCode());
            assertTrue(ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(new ByteArrayInputStream(bytes(r)))
                    .getBooleanResult());
        });
    }

    @Test
    void construct_comes_in_each_rdf_syntax_and_turtle_for_any() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> any = get(url + "sparql?query=" + encode(CONSTRUCT), "*/*");
            assertEquals("text/turtle", mediaType(any));
            for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
                HttpResponse<String> r = get(url + "sparql?query=" + encode(CONSTRUCT), lang.getHeaderString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(lang.getHeaderString(), mediaType(r));
                Model m = RDFParser.fromString(r.body(), lang).toModel();
                assertEquals(2, m.listSubjectsWithProperty(RDF.type).toList().size(), lang + ": " + r.body());
                // the county's Chinese label is stated in two graphs but is one triple of the union
                assertEquals(5, m.size(), lang + ": " + r.body());
            }
        });
    }

    @Test
    void describe_answers_a_graph() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "sparql?query=" + encode("DESCRIBE <" + COUNTY + ">"), "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            Model m = RDFParser.fromString(r.body(), Lang.NTRIPLES).toModel();
            assertTrue(m.contains(m.createResource(COUNTY), RDF.type));
        });
    }

    @Test
    void dataset_parameters_and_from_select_graphs_of_the_store() throws Exception {
        String reports = "SELECT DISTINCT ?r WHERE { ?r a <https://fazhi-kg.org/ontology#Report> }";
        withServer(store, url -> {
            HttpResponse<String> onlyB = get(url + "sparql?default-graph-uri=" + encode(TestServer.GRAPH_B)
                    + "&query=" + encode(reports), null);
            assertEquals(List.of("https://fazhi-kg.org/resource/report/b"), column(json(onlyB), "r"));
            String fromA = "SELECT DISTINCT ?r FROM <" + TestServer.GRAPH_A + "> WHERE { ?r a <https://fazhi-kg.org/ontology#Report> }";
            assertEquals(List.of("https://fazhi-kg.org/resource/report/a"), column(json(get(url + "sparql?query=" + encode(fromA), null)), "r"));
            // the protocol's parameters win over the query's FROM
            HttpResponse<String> overridden = get(url + "sparql?default-graph-uri=" + encode(TestServer.GRAPH_B)
                    + "&query=" + encode(fromA), null);
            assertEquals(List.of("https://fazhi-kg.org/resource/report/b"), column(json(overridden), "r"));
            String named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
            HttpResponse<String> namedA = get(url + "sparql?named-graph-uri=" + encode(TestServer.GRAPH_A) + "&query=" + encode(named), null);
            assertEquals(List.of(TestServer.GRAPH_A), column(json(namedA), "g"));
        });
    }

    @Test
    void get_without_query_describes_the_service() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "sparql", null);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("text/turtle", mediaType(r));
            Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
            assertTrue(m.contains(null, RDF.type, SD.Service), r.body());
            assertTrue(m.contains(null, SD.endpoint, m.createResource(url + "sparql")), r.body());
            assertEquals(3, m.listObjectsOfProperty(SD.name).toList().size(), r.body());
            HttpResponse<String> page = get(url + "sparql", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertEquals("text/html", mediaType(page));
            assertTrue(page.body().contains("<textarea name=\"query\""), page.body());
        });
    }

    @Test
    void jena_remote_clients_query_the_endpoint() throws Exception {
        withServer(store, url -> {
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "sparql").query(REGIONS).build()) {
                assertEquals(2, column(exec.execSelect(), "r").size());
            }
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "sparql").query(CONSTRUCT).build()) {
                assertEquals(5, exec.execConstruct().size());
            }
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "sparql")
                    .query("ASK { ?s a <https://fazhi-kg.org/ontology#Mechanism> }").sendMode(QuerySendMode.asPost).build()) {
                assertTrue(exec.execAsk());
            }
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "sparql").query("SELECT ?g { GRAPH ?g { } }")
                    .sendMode(QuerySendMode.asPostForm).build()) {
                assertEquals(3, column(exec.execSelect(), "g").size());
            }
        });
    }

    static ResultSet json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new ByteArrayInputStream(bytes(r)), ResultSetLang.RS_JSON);
    }

    static List<String> column(ResultSet rows, String var) {
        List<String> values = new java.util.ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.get(var).toString()));
        values.sort(null);
        return values;
    }

    static byte[] bytes(HttpResponse<String> r) {
        return r.body().getBytes(StandardCharsets.UTF_8);
    }
}
