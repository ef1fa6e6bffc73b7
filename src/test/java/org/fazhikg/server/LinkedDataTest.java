package org.fazhikg.server;

import static org.fazhikg.server.TestServer.get;
import static org.fazhikg.server.TestServer.mediaType;
import static org.fazhikg.server.TestServer.withServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.fazhikg.rdf.FZ;
import org.fazhikg.rdf.Iris;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkedDataTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String COUNTY = "https://fazhi-kg.org/resource/region/999001";
    static final String MECHANISM = "https://fazhi-kg.org/resource/mechanism/行政复议委员会";

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
    void an_entity_page_shows_labels_types_links_and_highlighted_evidence() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/region/999001", BROWSER);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("text/html", mediaType(r));
            String page = r.body();
            assertTrue(page.contains("<h1>青山县</h1>"), page);
            assertTrue(page.contains("Qingshan County"), page);
            assertTrue(page.contains(">地区</a>"), "type shown by its ontology label: " + page);
            assertTrue(page.contains("href=\"/resource/region/999000\">远山市</a>"), "links are local: " + page);
            // evidence from both reports, the mention found in its sentence
            assertTrue(page.contains("今年<mark>青山县</mark>组建了新的议事机构。"), page);
            assertTrue(page.contains("市政府指导<mark>青山县</mark>推进依法行政。"), page);
            assertTrue(page.contains("href=\"/resource/report/a\">青山县2023年法治政府建设年度报告</a>"), page);
            // referenced by, grouped by property with a count
            assertTrue(page.contains("被引用"), page);
        });
    }

    @Test
    void a_mention_is_placed_by_its_offsets_when_the_sentence_offset_is_known() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/mechanism/" + TestServer.encode("行政复议委员会"), BROWSER);
            assertEquals(200, r.statusCode(), r.body());
            // the second of two occurrences in the sentence is the mention
            assertTrue(r.body().contains("行政复议委员会成立后，<mark>行政复议委员会</mark>审议案件42件。"), r.body());
        });
    }

    @Test
    void text_from_reports_is_escaped_on_the_page() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/body/markup", BROWSER);
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("<script>"), r.body());
            assertTrue(r.body().contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), r.body());
            assertTrue(r.body().contains("名为<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>的机构"), r.body());
            assertFalse(r.body().contains("href=\"javascript:"), "only web IRIs are links: " + r.body());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        });
    }

    @Test
    void rdf_clients_get_the_description_with_its_provenance() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/region/999001", "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("text/turtle", mediaType(r));
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
            Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
            Resource county = m.createResource(COUNTY);
            assertTrue(m.contains(county, RDFS.label, m.createLiteral("青山县", "zh")));
            assertTrue(m.contains(null, FZ.partOf, county) || m.contains(county, null, (Resource) null));
            Resource mention = m.createResource("https://fazhi-kg.org/resource/report/b/mention/region/7-10");
            assertTrue(m.contains(mention, FZ.sentenceText, "市政府指导青山县推进依法行政。"), "provenance included: " + r.body());
            for (Lang lang : new Lang[] {Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML}) {
                HttpResponse<String> other = get(url + "resource/region/999001", lang.getHeaderString());
                assertEquals(lang.getHeaderString(), mediaType(other));
                assertTrue(RDFParser.fromString(other.body(), lang).toModel().isIsomorphicWith(m), lang.getName());
            }
        });
    }

    @Test
    void a_chinese_iri_resolves_percent_encoded_and_in_rdf() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/mechanism/" + TestServer.encode("行政复议委员会") + "?format=ntriples", "text/html");
            assertEquals(200, r.statusCode(), r.body());
            Model m = RDFParser.fromString(r.body(), Lang.NTRIPLES).toModel();
            assertTrue(m.contains(m.createResource(MECHANISM), RDF.type));
        });
    }

    @Test
    void an_unknown_resource_is_404() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + "resource/region/000000", "text/turtle");
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("https://fazhi-kg.org/resource/region/000000"), r.body());
            HttpResponse<String> page = get(url + "resource/region/000000", BROWSER);
            assertEquals(404, page.statusCode());
            assertEquals("text/html", mediaType(page));
            HttpRequest head = HttpRequest.newBuilder(URI.create(url + "resource/region/000000"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(404, TestServer.CLIENT.send(head, HttpResponse.BodyHandlers.discarding()).statusCode());
        });
    }

    @Test
    void the_ontology_document_serves_its_hash_terms() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> page = get(url + "ontology", BROWSER);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("id=\"Region\""), page.body());
            Model m = RDFParser.fromString(get(url + "ontology", "text/turtle").body(), Lang.TURTLE).toModel();
            assertTrue(m.contains(m.createResource(FZ.NS + "Region"), RDFS.label, m.createLiteral("地区", "zh")));
        });
    }

    @Test
    void a_graph_name_resolves_to_a_page_and_to_its_content() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> page = get(url + "graph/report/b", BROWSER);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("/data?graph="), page.body());
            Model content = RDFParser.fromString(get(url + "graph/report/b", "application/n-triples").body(), Lang.NTRIPLES).toModel();
            assertTrue(content.isIsomorphicWith(TestServer.turtle("report-b.ttl")));
        });
    }

    @Test
    void the_same_graph_serves_under_another_base_iri_mapping() throws Exception {
        GraphStore other = GraphStore.inMemory(new Iris("http://example.org/kg/"));
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.createResource("http://example.org/kg/resource/x").addProperty(RDFS.label, m.createLiteral("某地", "zh"));
        other.replaceReport("x", m);
        withServer(other, ServerConfig.defaults().withBaseIri("http://example.org/kg/"), url -> {
            HttpResponse<String> r = get(url + "resource/x", BROWSER);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("<h1>某地</h1>"), r.body());
        });
        other.close();
    }
}
