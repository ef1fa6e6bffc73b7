package org.fazhikg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import org.fazhikg.store.GraphStore;
import org.fazhikg.store.ResultFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The issue's "done" criterion: every saved query (sparql-queries/*.rq) returns rows on the
 * sample corpus shipped with the repository (data/reports: four districts of two 广东 cities,
 * 2020-2023, and one 湖北 prefecture city, 2020), built once through the whole pipeline. Each
 * query is its own test, so a red run names the queries that came back empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusQueriesTest {
    private static final Path SAMPLE = Path.of("data/reports");
    private static final Path QUERIES = Path.of("sparql-queries");

    private GraphStore store;

    @BeforeAll
    void buildSampleCorpus() {
        store = GraphStore.inMemory();
        Build.Summary summary = Build.run(Corpus.open(SAMPLE), new Pipeline(Gazetteer.load()), store, 2, step -> {});
        assertEquals(5, summary.reports(), "reports built from " + SAMPLE + "; skipped: " + summary.skipped());
    }

    @AfterAll
    void closeStore() {
        if (store != null) store.close();
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void saved_query_returns_rows_on_the_sample_corpus(Path file) throws IOException {
        String sparql = Files.readString(file);
        assertDoesNotThrow(() -> QueryFactory.create(sparql), file + " parses");
        assertTrue(rowCount(sparql) > 0, file.getFileName() + " returns no row on the sample corpus " + SAMPLE);
    }

    private int rowCount(String sparql) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.JSON, json);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        int n = 0;
        for (; rs.hasNext(); rs.next()) n++;
        return n;
    }
}
