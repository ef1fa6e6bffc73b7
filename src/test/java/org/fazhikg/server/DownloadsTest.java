package org.fazhikg.server;

import static org.fazhikg.server.TestServer.encode;
import static org.fazhikg.server.TestServer.get;
import static org.fazhikg.server.TestServer.mediaType;
import static org.fazhikg.server.TestServer.withServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.fazhikg.UserException;
import org.fazhikg.rdf.FZ;
import org.fazhikg.store.ExportFormat;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadsTest {
    /** Distinct triples of the three fixture graphs: the county's type and Chinese label are in two. */
    static final long UNION_TRIPLES = 96;

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
    void graph_store_protocol_reads_a_graph_the_default_graph_and_the_dataset() throws Exception {
        withServer(store, url -> {
            Model b = ModelFactory.createModelForGraph(GSP.service(url + "data").graphName(TestServer.GRAPH_B).GET());
            assertTrue(b.isIsomorphicWith(TestServer.turtle("report-b.ttl")));
            assertEquals(UNION_TRIPLES, GSP.service(url + "data").defaultGraph().GET().size());
            DatasetGraph all = DSP.service(url + "data").GET();
            assertEquals(3, org.apache.jena.atlas.iterator.Iter.count(all.listGraphNodes()));
            for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
                HttpResponse<String> r = get(url + "data?graph=" + encode(TestServer.GRAPH_A), lang.getHeaderString());
                assertEquals(lang.getHeaderString(), mediaType(r));
                assertTrue(RDFParser.fromString(r.body(), lang).toModel().isIsomorphicWith(TestServer.turtle("report-a.ttl")), lang.getName());
            }
            assertEquals(404, get(url + "data?graph=" + encode("https://fazhi-kg.org/graph/report/none"), null).statusCode());
        });
    }

    @Test
    void graph_store_protocol_refuses_every_write() throws Exception {
        withServer(store, url -> {
            for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "data?graph=" + encode(TestServer.GRAPH_A)))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
                HttpResponse<String> r = TestServer.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(405, r.statusCode(), method);
                assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), method);
            }
        });
        assertTrue(store.<Boolean>read(ds -> ds.getNamedModel(TestServer.GRAPH_A).isIsomorphicWith(TestServer.turtle("report-a.ttl"))));
    }

    @Test
    void void_describes_the_dataset_with_counts_partitions_graphs_and_dumps() throws Exception {
        withServer(store, url -> {
            HttpResponse<String> r = get(url + ".well-known/void", "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
            Resource dataset = m.createResource(TestServer.BASE + ".well-known/void#dataset");
            assertEquals(UNION_TRIPLES, dataset.getProperty(VOID.triples).getLong());
            assertEquals(m.createResource(VoidDescription.LICENSE), dataset.getPropertyResourceValue(DCTerms.license));
            assertEquals(2, partition(m, dataset, FZ.NS + "Region").getProperty(VOID.entities).getLong());
            assertEquals(5, partition(m, dataset, FZ.NS + "Mention").getProperty(VOID.entities).getLong());
            assertEquals(3, dataset.listProperties(VOID.subset).toList().size());
            Resource graphA = m.createResource(TestServer.GRAPH_A);
            assertEquals(store.<Long>read(ds -> ds.getNamedModel(TestServer.GRAPH_A).size()), graphA.getProperty(VOID.triples).getLong());
            assertTrue(m.contains(dataset, VOID.dataDump, m.createResource(TestServer.BASE + "dumps/fazhi-kg.nq")));
            assertEquals(9, dataset.listProperties(DCAT.distribution).toList().size());
            assertTrue(m.contains(null, VOID.property, m.createResource(FZ.NS + "mentionedIn")));
            HttpResponse<String> jsonld = get(url + ".well-known/void", "application/ld+json");
            assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toModel().isIsomorphicWith(m));
        });
    }

    @Test
    void void_gives_the_date_of_the_last_change_of_a_store_on_disk(@TempDir Path dir) {
        try (GraphStore disk = GraphStore.open(dir.resolve("store"))) {
            disk.replaceReport("b", TestServer.turtle("report-b.ttl"));
            Model m = DatasetExport.describe(disk, TestServer.BASE);
            RDFNode modified = m.createResource(TestServer.BASE + ".well-known/void#dataset").getProperty(DCTerms.modified).getObject();
            java.time.Instant when = ((org.apache.jena.datatypes.xsd.XSDDateTime) modified.asLiteral().getValue()).asCalendar().toInstant();
            assertTrue(java.time.Duration.between(when, java.time.Instant.now()).abs().toMinutes() < 60, modified.toString());
            assertEquals(modified, m.createResource(TestServer.BASE + ".well-known/void#dataset").getProperty(DCTerms.created).getObject());
        }
    }

    @Test
    void dumps_parse_back_to_the_store_content() throws Exception {
        Dataset expected = store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listModelNames().forEachRemaining(g -> copy.addNamedModel(g, ModelFactory.createDefaultModel().add(ds.getNamedModel(g))));
            return copy;
        });
        Model union = store.read(ds -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
        withServer(store, url -> {
            HttpResponse<String> list = get(url + "dumps/", "text/html");
            assertEquals(200, list.statusCode());
            for (ExportFormat e : ExportFormat.values()) {
                Format f = Format.byName(e.id(), Format.all()).orElseThrow();
                String file = Downloads.dumpFileName(e);
                assertTrue(list.body().contains("href=\"/dumps/" + file + "\""), file);
                HttpResponse<String> r = get(url + "dumps/" + file, null);
                assertEquals(200, r.statusCode(), file);
                assertEquals(f.mediaType, mediaType(r), file);
                if (e.quads()) {
                    Dataset back = RDFParser.fromString(r.body(), f.lang).toDataset();
                    for (String g : List.of(TestServer.GRAPH_A, TestServer.GRAPH_B, TestServer.ONTOLOGY_GRAPH))
                        assertTrue(back.getNamedModel(g).isIsomorphicWith(expected.getNamedModel(g)), file + " " + g);
                } else {
                    Model back = RDFParser.fromString(r.body(), f.lang).toModel();
                    assertTrue(back.isIsomorphicWith(union), file);
                    assertEquals(UNION_TRIPLES, back.size(), file);
                }
            }
            assertEquals(404, get(url + "dumps/secrets.txt", null).statusCode());
        });
    }

    @Test
    void csv_tables_have_a_header_and_one_row_per_item() throws Exception {
        withServer(store, url -> {
            List<CSVRecord> entities = csv(get(url + "dumps/entities.csv", null));
            assertEquals(5, entities.size());
            CSVRecord county = entities.stream().filter(e -> e.get("entity").endsWith("/region/999001")).findFirst().orElseThrow();
            assertEquals("青山县", county.get("label"));
            assertEquals("Qingshan County", county.get("label_en"));
            assertEquals("2", county.get("mentions"));
            assertEquals("2", county.get("reports"));
            CSVRecord indicator = entities.stream().filter(e -> e.get("class").endsWith("#Indicator")).findFirst().orElseThrow();
            assertEquals("1", indicator.get("observations"));
            List<CSVRecord> mentions = csv(get(url + "dumps/mentions.csv", null));
            assertEquals(5, mentions.size());
            assertEquals("今年青山县组建了新的议事机构。", mentions.get(0).get("sentence"));
            List<CSVRecord> observations = csv(get(url + "dumps/observations.csv", null));
            assertEquals(1, observations.size());
            assertEquals("42.0", observations.get(0).get("value"));
            assertEquals("件", observations.get(0).get("unit"));
            assertEquals("青山县", observations.get(0).get("region_label"));
        });
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        DatasetExport.writeTable(store, "observations", direct);
        assertEquals(2, direct.toString(StandardCharsets.UTF_8).strip().lines().count());
        assertThrows(UserException.class, () -> DatasetExport.writeTable(store, "people", new ByteArrayOutputStream()));
    }

    private static Resource partition(Model m, Resource dataset, String classIri) {
        return dataset.listProperties(VOID.classPartition).toList().stream().map(s -> s.getResource())
                .filter(p -> p.hasProperty(VOID._class, m.createResource(classIri))).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv", mediaType(r));
        return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(r.body())).getRecords();
    }
}
