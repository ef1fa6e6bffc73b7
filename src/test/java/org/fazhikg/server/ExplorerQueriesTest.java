package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's saved queries answer the fixture graph as its pages expect. */
class ExplorerQueriesTest {
    private static final String REGION = "https://fazhi-kg.org/resource/region/";
    private static final String MECHANISM = "https://fazhi-kg.org/resource/mechanism/";
    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = ExplorerTestServer.fixtureStore("/explorer/graph.trig");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> select(String query) {
        return ExplorerTestServer.select(store, query);
    }

    private static String text(String name) {
        return ExplorerTestServer.savedQuery(name);
    }

    private static String withRow(String name, String defaults, String row) {
        return ExplorerTestServer.savedQuery(name, defaults, row);
    }

    private static Map<String, String> column(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().collect(Collectors.toMap(row -> row.get(key), row -> row.get(value)));
    }

    @Test
    void every_explorer_query_runs_and_finds_something_in_the_fixture() {
        List<String> names = ExplorerQueries.fromClasspath().all().stream().map(ExplorerQueries.SavedQuery::name)
                .filter(name -> name.startsWith("explorer-")).toList();
        assertTrue(names.size() >= 14, "found " + names);
        for (String name : names) {
            assertFalse(select(text(name)).isEmpty(), name + " returns rows on the fixture");
        }
    }

    @Test
    void shared_mechanisms_are_those_of_two_regions_or_more() {
        Map<String, String> regions = column(select(text("explorer-shared-mechanisms")), "mechanism", "regions");
        assertEquals(Map.of(MECHANISM + "sanxiang", "5", MECHANISM + "fengqiao", "3",
                MECHANISM + "yizhanshi", "2", MECHANISM + "yingshang", "2"), regions);
    }

    @Test
    void province_filter_follows_the_region_hierarchy() {
        String query = withRow("explorer-shared-mechanisms", "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(2 UNDEF UNDEF UNDEF <" + REGION + "33> UNDEF)");
        Map<String, String> regions = column(select(query), "mechanism", "regions");
        assertEquals(Map.of(MECHANISM + "sanxiang", "3", MECHANISM + "fengqiao", "2"), regions);
    }

    @Test
    void kind_year_and_level_filters_narrow_the_mechanisms() {
        String initiatives = withRow("explorer-shared-mechanisms", "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(2 UNDEF UNDEF UNDEF UNDEF \"initiative\")");
        assertEquals(3, select(initiatives).size());
        String districts2022 = withRow("explorer-shared-mechanisms", "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(1 2022 2022 <https://fazhi-kg.org/ontology#District> UNDEF UNDEF)");
        Map<String, String> regions = column(select(districts2022), "mechanism", "regions");
        assertEquals(Map.of(MECHANISM + "sanxiang", "2", MECHANISM + "fengqiao", "1", MECHANISM + "yizhanshi", "1"), regions);
    }

    @Test
    void edges_and_shared_mechanisms_agree_on_region_counts() {
        Map<String, Long> fromEdges = select(text("explorer-shared-edges")).stream()
                .collect(Collectors.groupingBy(row -> row.get("mechanism"), Collectors.counting()));
        select(withRow("explorer-shared-mechanisms", "(2 UNDEF", "(1 UNDEF")).forEach(row ->
                assertEquals(Long.parseLong(row.get("regions")), fromEdges.get(row.get("mechanism")), row.get("label")));
    }

    @Test
    void a_report_without_region_stands_for_its_issuer() {
        try (GraphStore unlinked = ExplorerTestServer.fixtureStore("/explorer/unlinked.trig")) {
            List<Map<String, String>> rows = ExplorerTestServer.select(unlinked, text("explorer-shared-mechanisms"));
            assertEquals(1, rows.size());
            assertEquals("2", rows.get(0).get("regions"));
            assertEquals(List.of("江北区司法局", "河西县人民政府"), List.of(rows.get(0).get("regionNames").split("、")).stream().sorted().toList());
        }
    }

    @Test
    void search_finds_chinese_substrings_of_labels_and_aliases() {
        List<Map<String, String>> hits = select(withRow("explorer-search", "(\"法治\")", "(\"枫桥\")"));
        assertEquals(List.of(MECHANISM + "fengqiao"), hits.stream().map(row -> row.get("entity")).toList());
        List<Map<String, String>> cities = select(withRow("explorer-search", "(\"法治\")", "(\"成都\")"));
        assertTrue(cities.stream().anyMatch(row -> row.get("label").equals("成都市")), cities.toString());
        assertTrue(cities.stream().anyMatch(row -> row.get("label").equals("成都市武侯区")), cities.toString());
    }

    @Test
    void evidence_of_a_mechanism_gives_each_sentence_with_region_and_report() {
        List<Map<String, String>> rows = select(withRow("explorer-mechanism-evidence",
                "(UNDEF UNDEF UNDEF UNDEF UNDEF)", "(<" + MECHANISM + "fengqiao> UNDEF UNDEF UNDEF UNDEF)"));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.get("sentence").contains(row.get("mentionText"))));
        assertEquals("2022", rows.get(0).get("year"), "ordered by year");
    }

    @Test
    void earliest_mention_of_each_mechanism_is_found() {
        List<Map<String, String>> rows = select(text("explorer-mechanism-spread"));
        String firstYear = rows.stream().filter(row -> row.get("mechanism").equals(MECHANISM + "fengqiao"))
                .map(row -> row.get("year")).sorted().findFirst().orElseThrow();
        assertEquals("2022", firstYear);
    }

    @Test
    void firsts_carry_scope_region_and_sentence() {
        List<Map<String, String>> rows = select(text("explorer-firsts"));
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.containsKey("sentence") && row.containsKey("regionLabel")));
        assertEquals(2, rows.stream().filter(row -> row.get("scope").equals("province")).count());
    }

    @Test
    void indicator_values_point_to_their_sentences() {
        List<Map<String, String>> rows = select(withRow("explorer-indicator-values", "(UNDEF)",
                "(<https://fazhi-kg.org/resource/indicator/fuyi-shouan>)"));
        assertEquals(4, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.get("sentence").contains(row.get("value").replace(".0", ""))));
    }
}
