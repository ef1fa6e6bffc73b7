package org.fazhikg.cli;

import static org.fazhikg.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.fazhikg.cli.CliTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build, then query, export, validate and stats over the store it made. */
class StoreCommandsTest {
    @TempDir
    static Path tmp;
    static Path store;
    static Run build;

    @BeforeAll
    static void buildTheFixtureCorpus() {
        store = tmp.resolve("store");
        build = run("build", "--data", "src/test/resources/cli/reports", "--store", store.toString());
    }

    @Test
    void build_stores_the_reports_and_prints_a_summary() {
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("built 1 report(s)"), build.out());
        assertTrue(build.out().contains("triples:"), build.out());
        assertTrue(build.out().contains("skipped:  0"), build.out());
    }

    @Test
    void rebuilding_is_idempotent() {
        Run before = run("stats", "--store", store.toString());
        assertEquals(0, run("build", "--data", "src/test/resources/cli/reports", "--store", store.toString()).code());
        Run after = run("stats", "--store", store.toString());
        assertEquals(before.out(), after.out());
    }

    @Test
    void query_prints_rows_in_the_asked_format() {
        Run r = run("query", "--store", store.toString(), "--format", "csv",
                "-e", "PREFIX fz: <https://fazhi-kg.org/ontology#> SELECT ?r WHERE { ?r a fz:Report }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("r\r\n") || r.out().startsWith("r\n"), r.out());
        assertTrue(r.out().contains("https://fazhi-kg.org/resource/report/r1"), r.out());
    }

    @Test
    void query_runs_a_saved_query_file() {
        Run r = run("query", "--store", store.toString(), "sparql-queries/16-counts-by-kind.rq");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Report") || r.out().contains("report"), r.out());
    }

    @Test
    void a_bad_query_is_a_one_line_user_error_with_the_parser_message() {
        Run r = run("query", "--store", store.toString(), "-e", "SELECT WHERE {");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().toLowerCase().contains("line"), r.err());
    }

    @Test
    void an_unknown_format_lists_the_allowed_ones() {
        Run r = run("query", "--store", store.toString(), "--format", "yaml", "-e", "ASK {}");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("csv"), r.err());
    }

    @Test
    void a_missing_store_is_a_user_error_not_a_new_store() {
        Path absent = tmp.resolve("nostore");
        Run r = run("stats", "--store", absent.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nostore"), r.err());
        assertTrue(Files.notExists(absent));
    }

    @Test
    void export_writes_every_format_that_parses_back() {
        for (String fmt : new String[] {"turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"}) {
            Path out = tmp.resolve("dump." + org.fazhikg.store.ExportFormat.of(fmt).fileExtension());
            Run r = run("export", "--store", store.toString(), "--format", fmt, "--out", out.toString());
            assertEquals(0, r.code(), fmt + ": " + r.err());
            if (fmt.equals("nquads") || fmt.equals("trig")) {
                Dataset ds = RDFDataMgr.loadDataset(out.toString());
                assertTrue(ds.listModelNames().hasNext(), fmt);
            } else {
                Model m = RDFDataMgr.loadModel(out.toString());
                assertTrue(m.size() > 50, fmt + " has " + m.size() + " triples");
            }
        }
    }

    @Test
    void export_writes_the_csv_tables_and_the_void_description() throws Exception {
        for (String table : new String[] {"entities", "mentions", "observations"}) {
            Path out = tmp.resolve(table + ".csv");
            Run r = run("export", "--store", store.toString(), "--format", table + "-csv", "--out", out.toString());
            assertEquals(0, r.code(), table + ": " + r.err());
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(out))) {
                assertTrue(parser.getRecords().size() > 0, table + " has rows");
            }
        }
        Path voidFile = tmp.resolve("void.ttl");
        Run r = run("export", "--store", store.toString(), "--format", "void", "--out", voidFile.toString());
        assertEquals(0, r.code(), r.err());
        Model description = RDFDataMgr.loadModel(voidFile.toString());
        assertTrue(description.contains(null, org.apache.jena.vocabulary.RDF.type,
                description.createResource("http://rdfs.org/ns/void#Dataset")), "a void:Dataset");
    }

    @Test
    void the_built_graph_validates() {
        Run r = run("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void stats_counts_reports_and_entities() {
        Run r = run("stats", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reports: 1"), r.out());
        assertTrue(r.out().contains("fz:Mention"), r.out());
    }
}
