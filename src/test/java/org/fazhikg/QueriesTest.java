package org.fazhikg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Linked;
import org.fazhikg.rdf.RdfMapper;
import org.fazhikg.rdf.ReportFixtures;
import org.fazhikg.store.GraphStore;
import org.fazhikg.store.ResultFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query (sparql-queries/*.rq, on the classpath as /sparql-queries/) parses on its
 * own, opens with its question in Chinese and English, and answers with rows on a store of the
 * three fixture reports (西湖区 2022 and 2023, 上城区 2023).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueriesTest {
    private GraphStore store;

    @BeforeAll
    void buildStore() {
        RdfMapper mapper = new RdfMapper(Gazetteer.load());
        store = GraphStore.inMemory();
        store.putOntology(RdfMapper.ontology());
        for (Linked linked : ReportFixtures.all()) store.replaceReport(linked.extraction().document().id(), mapper.toRdf(linked));
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    static Stream<Path> queries() throws IOException, URISyntaxException {
        Path dir = Path.of(QueriesTest.class.getResource("/sparql-queries").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            // explorer-*.rq are the explorer's own queries, not saved queries for users
            return files.filter(p -> p.toString().endsWith(".rq") && !p.getFileName().toString().startsWith("explorer-"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void there_are_at_least_twelve_numbered_queries() throws Exception {
        List<Path> all = queries().toList();
        assertTrue(all.size() >= 12, "saved queries: " + all.size());
        // explorer-*.rq are the graph explorer's own queries (server/Explorer), listed after the numbered ones
        all.forEach(p -> assertTrue(p.getFileName().toString().matches("(\\d\\d|explorer)-[a-z0-9-]+\\.rq"), p.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void saved_query_states_its_question_parses_and_has_rows(Path file) throws IOException {
        String sparql = Files.readString(file);
        List<String> lines = sparql.lines().toList();
        assertTrue(lines.get(0).startsWith("# 问题: "), file + " opens with # 问题:");
        assertTrue(lines.get(1).startsWith("# Question: "), file + " has # Question: on its second line");
        assertDoesNotThrow(() -> QueryFactory.create(sparql), file + " parses without the store's prefixes");
        assertTrue(!rows(sparql).isEmpty(), file + " returns at least one row");
    }

    @Test
    void mechanisms_shared_by_both_districts_are_found() throws IOException {
        List<String> shared = rows(read("04-mechanisms-shared-by-regions.rq")).stream().map(r -> r.get("mechanism").toString()).toList();
        assertEquals(List.of("枫桥经验", "行政执法三项制度"), shared.stream().sorted().toList());
    }

    @Test
    void a_plan_of_2022_done_in_2023_is_found_in_the_same_region() throws IOException {
        List<QuerySolution> rows = rows(read("15-plans-then-achievements.rq"));
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals("西湖区", row.getLiteral("planRegion").getString());
        assertEquals("证明事项告知承诺制", row.getLiteral("mechanism").getString());
        assertEquals(2023, row.getLiteral("doneYear").getInt());
        assertTrue(row.getLiteral("sameRegion").getBoolean());
        assertEquals("西湖区", row.getLiteral("doneIn").getString());
    }

    @Test
    void mechanism_changes_tell_first_report_new_continued_and_dropped() throws IOException {
        List<String> changes = new ArrayList<>();
        for (QuerySolution r : rows(read("08-mechanism-changes.rq")))
            changes.add(r.getLiteral("region").getString() + " " + r.getLiteral("year").getInt() + " "
                    + r.getLiteral("status").getString() + " " + r.getLiteral("mechanism").getString());
        assertEquals(List.of(
                "上城区 2023 first report 两法衔接数字监督平台", "上城区 2023 first report 枫桥经验", "上城区 2023 first report 行政执法三项制度",
                "西湖区 2022 first report 共享法庭", "西湖区 2022 first report 枫桥经验", "西湖区 2022 first report 行政执法三项制度",
                "西湖区 2022 first report 证明事项告知承诺制",
                "西湖区 2023 continued 共享法庭", "西湖区 2023 continued 行政执法三项制度", "西湖区 2023 continued 证明事项告知承诺制",
                "西湖区 2023 dropped 枫桥经验"), changes);
    }

    @Test
    void mechanism_changes_compare_with_the_latest_earlier_report_of_the_region() throws IOException {
        List<String> previous = new ArrayList<>();
        for (QuerySolution r : rows(read("08-mechanism-changes.rq").replace("VALUES ?regionName { UNDEF }", "VALUES ?regionName { \"西湖区\" }")))
            previous.add(r.getLiteral("year").getInt() + "<-" + (r.contains("previousYear") ? r.getLiteral("previousYear").getInt() : "none")
                    + " " + r.getLiteral("reports").getString());
        assertEquals(List.of("2022<-none xihu-2022", "2023<-2022 xihu-2023"), previous.stream().distinct().toList());
    }

    @Test
    void co_occurring_mechanisms_count_the_reports_of_both_districts() throws IOException {
        QuerySolution pair = rows(read("07-co-occurring-mechanisms.rq")).stream()
                .filter(r -> r.getLiteral("first").getString().equals("枫桥经验")
                        && r.getLiteral("second").getString().equals("行政执法三项制度"))
                .findFirst().orElseThrow();
        // GROUP_CONCAT has no defined order
        assertEquals(List.of("shangcheng-2023", "xihu-2022"), Stream.of(pair.getLiteral("in").getString().split(", ")).sorted().toList());
    }

    @Test
    void the_area_roll_up_counts_both_districts_under_the_province() throws IOException {
        QuerySolution province = rows(read("09-mechanisms-by-area.rq")).stream()
                .filter(r -> r.getLiteral("area").getString().equals("浙江省")).findFirst().orElseThrow();
        assertEquals(2, province.getLiteral("reportingRegions").getInt());
        assertEquals(5, province.getLiteral("mechanisms").getInt());
    }

    @Test
    void shortcomings_list_every_sentence_of_the_part_with_or_without_a_mention() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (QuerySolution r : rows(read("13-shortcomings.rq").replace("VALUES ?regionName { UNDEF }", "VALUES ?regionName { \"西湖区\" }")))
            sentences.add(r.getLiteral("year").getInt() + " " + r.getLiteral("sentence").getString() + " [" + (r.contains("concerns") ? r.getLiteral("concerns").getString() : "") + "]");
        assertEquals(List.of(
                "2022 二、存在的不足 []",
                "2022 行政执法“三项制度”在部分镇街落实不够平衡，基层法治力量仍显薄弱。 [行政执法三项制度]",
                "2023 二、存在的不足 []",
                "2023 法治宣传的针对性有待加强。 []"), sentences);
    }

    @Test
    void recurring_shortcomings_count_themes_and_named_mechanisms_over_reports() throws IOException {
        List<String> topics = new ArrayList<>();
        for (QuerySolution r : rows(read("14-recurring-shortcomings.rq")))
            topics.add(r.getLiteral("kind").getString() + " " + r.getLiteral("topic").getString() + " " + r.getLiteral("reports").getInt());
        assertTrue(topics.contains("theme 行政执法规范化 2"), topics.toString());
        assertTrue(topics.contains("Mechanism 行政执法三项制度 2"), topics.toString());
        assertTrue(topics.stream().noneMatch(t -> t.endsWith(" 1")), "a topic of one report does not recur: " + topics);
    }

    private String read(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/sparql-queries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<QuerySolution> rows(String sparql) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.JSON, json);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }
}
