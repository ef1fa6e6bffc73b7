package org.fazhikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.fazhikg.UserException;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.rdf.FZ;
import org.fazhikg.rdf.RdfMapper;
import org.fazhikg.rdf.ReportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GraphStoreTest {
    private static final RdfMapper MAPPER = new RdfMapper(Gazetteer.load());
    private static final String COUNT_REPORTS = """
            PREFIX fz: <https://fazhi-kg.org/ontology#>
            SELECT (COUNT(?r) AS ?n) { ?r a fz:Report }""";

    @TempDir
    Path dir;
    private GraphStore store;
    private final Model xihu2022 = MAPPER.toRdf(ReportFixtures.xihu2022());
    private final Model shangcheng2023 = MAPPER.toRdf(ReportFixtures.shangcheng2023());

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("tdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replacing_a_report_twice_leaves_the_same_store() {
        store.replaceReport("xihu-2022", xihu2022);
        long once = store.stats().quads();
        store.replaceReport("xihu-2022", xihu2022);
        assertEquals(once, store.stats().quads());
        assertEquals(xihu2022.size(), once);
    }

    @Test
    void replacing_one_report_leaves_another_intact() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        store.replaceReport("shangcheng-2023", ModelFactory.createDefaultModel().add(
                shangcheng2023.createResource("urn:x"), RDFS.label, "replaced"));
        assertTrue(reportGraph("xihu-2022").isIsomorphicWith(xihu2022.getGraph()));
        assertEquals(1, reportGraph("shangcheng-2023").size());
    }

    @Test
    void a_failure_midway_through_a_replace_keeps_the_previous_graph() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        Model breaksAfterTenTriples = ModelFactory.createModelForGraph(failingAfter(10, shangcheng2023.getGraph()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.replaceReport("xihu-2022", breaksAfterTenTriples));
        assertEquals("disk gone", e.getMessage());
        assertTrue(reportGraph("xihu-2022").isIsomorphicWith(xihu2022.getGraph()), "previous graph kept");
        assertTrue(reportGraph("shangcheng-2023").isIsomorphicWith(shangcheng2023.getGraph()), "other report untouched");
    }

    @Test
    void queries_see_the_union_of_all_reports_and_the_ontology() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        store.putOntology(RdfMapper.ontology());
        assertEquals(2, count(COUNT_REPORTS));
        assertEquals(1, count("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(*) AS ?n) { ?o a owl:Ontology }"""));
        assertEquals(List.of("shangcheng-2023", "xihu-2022"), store.reportIds());
    }

    @Test
    void saved_data_is_there_after_reopening() {
        store.replaceReport("xihu-2022", xihu2022);
        store.close();
        store = GraphStore.open(dir.resolve("tdb"));
        assertEquals(List.of("xihu-2022"), store.reportIds());
        assertEquals(1, count(COUNT_REPORTS));
    }

    @Test
    void removing_a_report_drops_its_graph_only() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        assertTrue(store.removeReport("xihu-2022"));
        assertFalse(store.removeReport("xihu-2022"));
        assertEquals(List.of("shangcheng-2023"), store.reportIds());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void every_export_format_parses_back_to_the_same_triples_or_quads(ExportFormat format) {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        store.putOntology(RdfMapper.ontology());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, out);
        Lang lang = RDFLanguages.fileExtToLang(format.fileExtension());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
        GraphStore.Stats stats = store.stats();
        if (format.quads()) {
            assertEquals(stats.quads(), back.stream().count());
            assertEquals(3, org.apache.jena.atlas.iterator.Iter.count(back.listGraphNodes()), "two reports and the ontology");
        } else {
            // blank nodes of the ontology's Data Cube structure get fresh labels, so count, not compare
            assertEquals(stats.triples(), back.getDefaultGraph().size());
        }
    }

    @Test
    void triple_exports_merge_an_entity_shared_by_two_reports() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.TURTLE, out);
        Model union = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toModel();
        Model expected = ModelFactory.createDefaultModel().add(xihu2022).add(shangcheng2023);
        assertTrue(union.isIsomorphicWith(expected));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("PREFIX fz:"), "exports keep the prefixes");
    }

    @Test
    void bad_sparql_is_a_user_error_with_the_parsers_first_line() {
        BadQueryException e = assertThrows(BadQueryException.class,
                () -> store.query("SELECT ?x WHERE { ?x a }", ResultFormat.TABLE, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith("SPARQL syntax error: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void a_format_that_cannot_carry_the_results_is_a_user_error() {
        BadQueryException e = assertThrows(BadQueryException.class, () -> store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", ResultFormat.CSV, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("not csv"), e.getMessage());
        assertThrows(BadQueryException.class, () -> store.query("ASK {}", ResultFormat.TURTLE, new ByteArrayOutputStream()));
    }

    @Test
    void select_results_are_written_in_every_row_format_with_their_media_type() {
        store.replaceReport("xihu-2022", xihu2022);
        String sparql = "SELECT ?id { ?r fz:fileId ?id }"; // fz: is predeclared from the stored prefixes
        assertEquals("text/plain; charset=utf-8", store.query(sparql, ResultFormat.TABLE, new ByteArrayOutputStream()));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertEquals("text/csv; charset=utf-8", store.query(sparql, ResultFormat.CSV, csv));
        assertEquals("id\r\nxihu-2022\r\n", csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.JSON, json);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        assertEquals("xihu-2022", rows.next().getLiteral("id").getString());
    }

    @Test
    void construct_results_are_a_graph_in_turtle() {
        store.replaceReport("xihu-2022", xihu2022);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type = store.query("CONSTRUCT { ?r a fz:Report } WHERE { ?r a fz:Report }", ResultFormat.TABLE, out);
        assertEquals("text/turtle; charset=utf-8", type);
        assertEquals(1, RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph().size());
    }

    @Test
    void a_slow_query_stops_at_its_timeout() {
        store.replaceReport("xihu-2022", xihu2022);
        BadQueryException e = assertThrows(BadQueryException.class, () -> store.query(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                ResultFormat.TABLE, Duration.ofMillis(200), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }

    @Test
    void read_gives_the_union_default_graph_inside_a_transaction() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        long reports = store.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(COUNT_REPORTS).build()) {
                return ResultSetFactory.copyResults(exec.execSelect()).next().getLiteral("n").getLong();
            }
        });
        assertEquals(2, reports);
    }

    @Test
    void validation_reports_conformance_and_what_is_wrong() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        store.putOntology(RdfMapper.ontology());
        GraphStore.Validation clean = store.validate(RdfMapper.shapes());
        assertTrue(clean.conforms(), clean.report());
        assertEquals(0, clean.violations());

        Model broken = ModelFactory.createDefaultModel().add(xihu2022);
        broken.add(broken.createResource("urn:claim"), org.apache.jena.vocabulary.RDF.type, FZ.PioneeringClaim);
        store.replaceReport("xihu-2022", broken);
        GraphStore.Validation result = store.validate(RdfMapper.shapes());
        assertFalse(result.conforms());
        assertTrue(result.violations() >= 3, "no what, no report, no mention: " + result.violations());
        assertTrue(result.report().contains("urn:claim"), result.report());
    }

    @Test
    void stats_count_reports_triples_and_entities_by_class() {
        store.replaceReport("xihu-2022", xihu2022);
        store.replaceReport("shangcheng-2023", shangcheng2023);
        store.putOntology(RdfMapper.ontology());
        GraphStore.Stats stats = store.stats();
        assertEquals(2, stats.reports());
        assertEquals(2, stats.entitiesByClass().get("fz:Report"));
        // 行政执法三项制度 and 枫桥经验 are in both reports but counted once
        assertEquals(5, stats.entitiesByClass().get("fz:Mechanism"));
        assertEquals(xihu2022.size() + shangcheng2023.size() + RdfMapper.ontology().size(), stats.quads());
        assertTrue(stats.triples() < stats.quads(), "shared entities merge in the union");
    }

    @Test
    void opening_a_file_as_database_says_a_directory_is_needed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        UserException e = assertThrows(UserException.class, () -> GraphStore.open(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void opening_a_folder_of_other_files_is_a_user_error_that_leaves_the_folder_alone() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("000_a.txt"), "报告");
        UserException e = assertThrows(UserException.class, () -> GraphStore.open(reports));
        assertTrue(e.getMessage().contains(reports + " is not a TDB2 database"), e.getMessage());
        assertTrue(e.getMessage().contains("000_a.txt"), e.getMessage());
        try (var left = Files.list(reports)) {
            assertEquals(List.of("000_a.txt"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void opening_a_tdb1_database_says_so() throws Exception {
        Path tdb1 = Files.createDirectories(dir.resolve("tdb1"));
        for (String name : List.of("nodes.dat", "node2id.dat", "SPO.dat", "tdb.lock")) Files.writeString(tdb1.resolve(name), "");
        UserException e = assertThrows(UserException.class, () -> GraphStore.open(tdb1));
        assertTrue(e.getMessage().contains("TDB1 database"), e.getMessage());
    }

    @Test
    void an_empty_folder_becomes_a_database() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve(".keep"), "");
        try (GraphStore fresh = GraphStore.open(empty)) {
            fresh.replaceReport("xihu-2022", xihu2022);
            assertEquals(List.of("xihu-2022"), fresh.reportIds());
        }
    }

    @Test
    void a_database_another_process_holds_is_a_user_error_naming_folder_and_process() throws Exception {
        Path held = dir.resolve("held");
        GraphStore.open(held).close();
        try (LockHolder other = LockHolder.start(held.resolve("tdb.lock"))) {
            UserException e = assertThrows(UserException.class, () -> GraphStore.open(held));
            assertEquals("database " + held + " is in use by process " + other.pid()
                    + " (a running fazhi-kg serve, up or build?); stop it, or give another --store folder", e.getMessage());
        }
        // once the other process is gone the database opens again
        try (GraphStore again = GraphStore.open(held)) {
            assertEquals(List.of(), again.reportIds());
        }
    }

    @Test
    void unknown_format_names_are_user_errors_listing_the_allowed_ones() {
        UserException export = assertThrows(UserException.class, () -> ExportFormat.of("n3"));
        assertTrue(export.getMessage().endsWith("expected one of turtle, ntriples, nquads, trig, jsonld, rdfxml"), export.getMessage());
        UserException result = assertThrows(UserException.class, () -> ResultFormat.of("html"));
        assertTrue(result.getMessage().contains("table, csv, tsv, json, xml"), result.getMessage());
        assertEquals(ExportFormat.TRIG, ExportFormat.of("TriG"));
    }

    @Test
    void in_memory_store_behaves_as_on_disk() {
        try (GraphStore memory = GraphStore.inMemory()) {
            memory.replaceReport("xihu-2022", xihu2022);
            memory.replaceReport("xihu-2022", xihu2022);
            assertEquals(xihu2022.size(), memory.stats().quads());
            assertEquals(List.of("xihu-2022"), memory.reportIds());
        }
    }

    private Graph reportGraph(String id) {
        return store.read(ds -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(ds.getNamedModel(MAPPER.iris().reportGraph(id)));
            return copy.getGraph();
        });
    }

    private long count(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.CSV, out);
        return Long.parseLong(out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** A graph whose iterator throws after {@code n} triples, as a disk or network source might. */
    private static Graph failingAfter(int n, Graph base) {
        return new WrappedGraph(base) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                Iterator<Triple> triples = base.find(s, p, o);
                return WrappedIterator.create(new Iterator<>() {
                    int given = 0;

                    @Override public boolean hasNext() { return true; }

                    @Override public Triple next() {
                        if (given++ == n || !triples.hasNext()) throw new IllegalStateException("disk gone");
                        return triples.next();
                    }
                });
            }

            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                return find(t.getSubject(), t.getPredicate(), t.getObject());
            }
        };
    }
}
