package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Every explorer page in headless Chromium, served by the real SparqlServer over the sample corpus
 * (data/reports built as {@code fazhi-kg build} does): no JavaScript error, what the pages show
 * agrees with the same saved queries run on the store, clicks lead to the sentences and to the
 * server's entity pages, and those lead back. What is shown is picked from the data, not named
 * here. A second server over the invented fixture graph (test resources explorer/graph.trig)
 * shows what the sample cannot: markup in the data, a first claimed by two regions, districts
 * under a province through their city. Screenshots of every page go to target/screenshots/
 * (fixture-*.png for the fixture). Skipped where /usr/bin/chromium is absent (CI installs it).
 */
class ExplorerBrowserTest {
    private static final String FZ = "PREFIX fz: <https://fazhi-kg.org/ontology#>\n";
    private static final String ALL_SHARED = "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)";
    private static final String FIXTURE_MECHANISM = "https://fazhi-kg.org/resource/mechanism/";
    private static final String FIXTURE_REGION = "https://fazhi-kg.org/resource/region/";
    private static ExplorerTestServer sample;
    private static ExplorerTestServer fixture;
    private static ExplorerBrowser browser;

    @BeforeAll
    static void start() {
        assumeTrue(ExplorerBrowser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver)");
        sample = ExplorerTestServer.sampleCorpus();
        fixture = ExplorerTestServer.fixture("/explorer/graph.trig");
        browser = ExplorerBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (fixture != null) fixture.close();
        if (sample != null) sample.close();
    }

    @AfterEach
    void no_javascript_errors() {
        if (browser != null) assertEquals(List.of(), browser.takeErrors(), "JavaScript errors");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** text as a JavaScript string literal. */
    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<Map<String, String>> select(String query) {
        return sample.select(query);
    }

    private static List<Map<String, String>> sharedMechanisms(String row) {
        return select(ExplorerTestServer.savedQuery("explorer-shared-mechanisms", ALL_SHARED, row));
    }

    private static List<Map<String, String>> evidenceOf(String mechanism) {
        return select(ExplorerTestServer.savedQuery("explorer-mechanism-evidence", "(UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(<" + mechanism + "> UNDEF UNDEF UNDEF UNDEF)"));
    }

    private static Set<String> column(List<Map<String, String>> rows, String key) {
        return rows.stream().map(row -> row.get(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private void openNetwork(String query) {
        openNetwork(sample, query);
    }

    private void openNetwork(ExplorerTestServer on, String query) {
        browser.open(on.url("/explore/shared" + query));
        browser.waitFor("the network is drawn", "document.querySelector('#network[data-ready=true]')");
    }

    @SuppressWarnings("unchecked")
    private Set<String> nodeIds(String selector) {
        return new TreeSet<>((List<String>) browser.script("return explorerNetwork.nodes(arguments[0]).map((n) => n.id());", selector));
    }

    /** Clicks the network node with this id where it is drawn. */
    private void clickNode(String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(
                "const p = explorerNetwork.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", id);
        browser.clickAt(browser.find("#network"), at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    @Test
    void home_counts_what_the_corpus_holds_and_finds_chinese_substrings() {
        String mechanism = sharedMechanisms(ALL_SHARED).get(0).get("label");
        String part = mechanism.substring(mechanism.length() - 2);
        browser.open(sample.url("/?q=" + encode(part)));
        browser.waitFor("entity counts", "document.querySelectorAll('#entity-counts .stat').length === 9");
        browser.waitFor("reports by year", "document.querySelector('#reports-by-year tbody tr')");
        browser.waitFor("search results", "document.querySelector('#search-list li')");

        Map<String, String> counts = new HashMap<>();
        select(ExplorerTestServer.savedQuery("explorer-overview-entities")).forEach(row ->
                counts.put(row.get("class").replaceFirst(".*#", ""), row.get("entities")));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script("return [...document.querySelectorAll('#entity-counts .stat')]"
                + ".map((s) => s.textContent.replace(/\\D/g, ''));");
        List<String> classes = List.of("Report", "Region", "GovernmentBody", "Mechanism", "PolicyDocument", "Indicator",
                "Observation", "PioneeringClaim", "Mention");
        assertEquals(classes.stream().map(c -> counts.getOrDefault(c, "0")).toList(), shown, "the cards of " + classes);
        long reports = Long.parseLong(select(FZ + "SELECT (COUNT(?r) AS ?n) WHERE { ?r a fz:Report }").get(0).get("n"));
        assertTrue(reports >= 5, "the sample corpus has five reports");
        assertEquals(reports, browser.number("[...document.querySelectorAll('#reports-by-year tbody tr td:last-child')]"
                + ".reduce((sum, td) => sum + Number(td.textContent), 0)"), "the reports by year add up");
        assertTrue(browser.find("#search-list").getText().contains(mechanism), "searching " + part + " finds " + mechanism);
        browser.screenshot("home");
    }

    @Test
    void network_shows_as_many_mechanisms_as_the_saved_query_counts() {
        List<Map<String, String>> shared = sharedMechanisms(ALL_SHARED);
        assertFalse(shared.isEmpty(), "the sample reports share mechanisms");
        openNetwork("");
        assertEquals(column(shared, "mechanism"), nodeIds(".mechanism"));
        assertEquals(shared.size(), browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals(Math.min(25, shared.size()), browser.findAll("#mechanism-table tbody tr").size(), "the table lists them too");
        browser.screenshot("shared-network");
    }

    @Test
    void province_filter_shows_the_regions_under_each_province() {
        List<Map<String, String>> provinces = select(ExplorerTestServer.savedQuery("explorer-provinces"));
        assertFalse(provinces.isEmpty(), "the sample regions are placed in their provinces");
        for (Map<String, String> province : provinces) {
            String iri = province.get("province");
            Set<String> regions = column(select(FZ + "SELECT DISTINCT ?region WHERE { ?report a fz:Report ; fz:region ?region ."
                    + " ?region fz:partOf* <" + iri + "> }"), "region");
            openNetwork("?min=1&province=" + encode(iri));
            assertEquals(regions, nodeIds(".region"), province.get("label"));
            browser.waitFor("the province among the filters", "document.querySelector('select[name=province]').value === " + js(iri));
            assertEquals(sharedMechanisms("(1 UNDEF UNDEF UNDEF <" + iri + "> UNDEF)").size(),
                    browser.number("explorerNetwork.nodes('.mechanism').length"), province.get("label"));
            browser.screenshot("shared-province-" + iri.replaceFirst(".*/", ""));
        }
    }

    @Test
    void level_filter_shows_the_regions_of_that_level() {
        List<Map<String, String>> levels = select(FZ + "SELECT DISTINCT ?level WHERE { ?report a fz:Report ; fz:region/fz:level ?level }");
        assertFalse(levels.isEmpty());
        for (String level : column(levels, "level")) {
            Set<String> regions = column(select(FZ + "SELECT DISTINCT ?region WHERE { ?report a fz:Report ; fz:region ?region ."
                    + " ?region fz:level <" + level + "> }"), "region");
            String name = level.replaceFirst(".*#", "");
            openNetwork("?min=1&level=" + name);
            assertEquals(regions, nodeIds(".region"), name);
            assertEquals(name, browser.script("return document.querySelector('select[name=level]').value;"));
        }
    }

    @Test
    void clicking_a_mechanism_shows_its_sentences_each_linked_to_report_and_entity_pages() {
        Map<String, String> top = sharedMechanisms(ALL_SHARED).get(0);
        String mechanism = top.get("mechanism");
        List<Map<String, String>> evidence = evidenceOf(mechanism);
        openNetwork("");
        clickNode(mechanism);
        browser.waitFor("the sentences about " + top.get("label"), "document.querySelectorAll('#evidence > li').length === " + evidence.size());
        assertEquals(evidence.size(), browser.findAll("#evidence > li .meta a[href^='/resource/report/']").size(), "each sentence names its report");
        assertEquals(evidence.size(), browser.findAll("#evidence > li .meta a[href^='/resource/region/']").size(), "and its region");
        assertEquals(evidence.size(), browser.findAll("#evidence > li mark").size(), "each mention is marked in its sentence");
        String details = browser.find("#details").getText();
        evidence.forEach(row -> assertTrue(details.contains(row.get("sentence")), row.get("sentence")));
        browser.screenshot("shared-mechanism-evidence");

        WebElement entity = browser.find("#details h2 a");
        assertEquals(mechanism, entity.getAttribute("title"));
        entity.click();
        browser.waitFor("the entity page of " + top.get("label"), "document.querySelector('ol.evidence')");
        assertEquals(top.get("label"), browser.find("h1").getText());
        assertEquals(evidence.size(), browser.findAll("ol.evidence > li").size(), "the entity page gives the same sentences");
        assertEquals(evidence.size(), browser.findAll("ol.evidence > li mark").size());
        browser.screenshot("entity-mechanism");

        browser.find("p.explore a").click();
        browser.waitFor("the mechanism in focus", "document.querySelector('#network[data-ready=true]')"
                + " && document.querySelectorAll('#evidence > li').length === " + evidence.size());
        assertEquals(true, browser.script("return explorerNetwork.getElementById(arguments[0]).selected();", mechanism));
    }

    @Test
    void clicking_a_report_link_opens_the_report_page() {
        String mechanism = sharedMechanisms(ALL_SHARED).get(0).get("mechanism");
        openNetwork("?focus=" + encode(mechanism));
        browser.waitFor("evidence", "document.querySelector('#evidence > li .meta a[href^=\"/resource/report/\"]')");
        WebElement report = browser.find("#evidence > li .meta a[href^='/resource/report/']");
        String title = report.getText();
        report.click();
        browser.waitFor("the report page", "document.querySelector('h1')");
        assertEquals(title, browser.find("h1").getText());
    }

    @Test
    void clicking_a_region_shows_its_mechanisms() {
        openNetwork("");
        String region = nodeIds(".region").iterator().next();
        int mechanisms = select(ExplorerTestServer.savedQuery("explorer-region-mechanisms", "(UNDEF UNDEF UNDEF UNDEF)",
                "(<" + region + "> UNDEF UNDEF UNDEF)")).size();
        clickNode(region);
        browser.waitFor("mechanisms of " + region, "document.querySelectorAll('#region-mechanisms tbody tr').length === " + Math.min(30, mechanisms));
        String label = (String) browser.script("return explorerNetwork.getElementById(arguments[0]).data('label');", region);
        assertTrue(browser.find("#details").getText().contains(label + "”的报告提到 " + mechanisms + " 个制度机制"));
        browser.screenshot("shared-region");
    }

    @Test
    void filters_and_focus_travel_in_the_url() {
        openNetwork("");
        WebElement min = browser.find("#filters input[name=min]");
        min.clear();
        min.sendKeys("3");
        browser.find("#filters button[type=submit]").click();
        browser.waitFor("the filtered network", "location.search === '?min=3&view=network&layout=cose' && document.querySelector('#network[data-ready=true]')");
        assertEquals(sharedMechanisms("(3 UNDEF UNDEF UNDEF UNDEF UNDEF)").size(), browser.number("explorerNetwork.nodes('.mechanism').length"));

        Map<String, String> single = sharedMechanisms("(1 UNDEF UNDEF UNDEF UNDEF UNDEF)").stream()
                .filter(row -> row.get("regions").equals("1")).findFirst().orElseThrow();
        openNetwork("?focus=" + encode(single.get("mechanism")));
        browser.waitFor("the sentences of a mechanism not drawn", "document.querySelectorAll('#evidence > li').length === "
                + evidenceOf(single.get("mechanism")).size());
        assertTrue(browser.find("#details h2").getText().contains(single.get("label")));
    }

    @Test
    void empty_network_offers_to_lower_the_minimum() {
        openNetwork("?min=99");
        assertEquals(0, browser.number("explorerNetwork.nodes().length"));
        browser.find("#min-one").click();
        browser.waitFor("the network of every mechanism", "location.search === '?min=1' && document.querySelector('#network[data-ready=true]')");
        assertEquals(sharedMechanisms("(1 UNDEF UNDEF UNDEF UNDEF UNDEF)").size(), browser.number("explorerNetwork.nodes('.mechanism').length"));
    }

    @Test
    void capped_network_says_how_many_nodes_were_left_out() {
        int shared = sharedMechanisms(ALL_SHARED).size();
        openNetwork("?cap=8");
        String status = browser.find("#status").getText();
        assertTrue(browser.number("explorerNetwork.nodes().length") <= 8, status);
        assertTrue(browser.find("#omitted").getText().contains("8"), status);
        assertEquals(Math.min(25, shared), browser.findAll("#mechanism-table tbody tr").size(), "the table still lists every shared mechanism");
        browser.screenshot("shared-capped");
    }

    @Test
    void bodies_and_cooccurrence_are_views_of_the_same_filters() {
        Set<String> shared = column(sharedMechanisms(ALL_SHARED), "mechanism");
        Set<String> bodies = select(ExplorerTestServer.savedQuery("explorer-shared-bodies")).stream()
                .filter(row -> shared.contains(row.get("mechanism"))).map(row -> row.get("body")).collect(Collectors.toCollection(TreeSet::new));
        openNetwork("?bodies=1");
        assertEquals(bodies, nodeIds(".body"));
        browser.screenshot("shared-bodies");

        String values = shared.stream().map(m -> "<" + m + ">").collect(Collectors.joining(" "));
        Map<String, Long> pairs = new HashMap<>();
        select(FZ + "SELECT ?a ?b (COUNT(DISTINCT ?report) AS ?reports) WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values + " }"
                + " ?x fz:mentions ?a ; fz:inReport ?report . ?y fz:mentions ?b ; fz:inReport ?report . FILTER(STR(?a) < STR(?b)) }"
                + " GROUP BY ?a ?b").forEach(row -> pairs.put(row.get("a") + " " + row.get("b"), Long.parseLong(row.get("reports"))));
        openNetwork("?view=cooccurrence&layout=concentric");
        assertEquals(shared, nodeIds(".mechanism"));
        @SuppressWarnings("unchecked")
        Map<String, Number> edges = (Map<String, Number>) browser.script(
                "return Object.fromEntries(explorerNetwork.edges().map((e) => [e.id(), e.data('weight')]));");
        assertEquals(pairs, edges.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().longValue())));
        browser.screenshot("shared-cooccurrence");
    }

    @Test
    void firsts_group_claims_by_scope_and_draw_the_timeline() {
        List<Map<String, String>> claims = select(ExplorerTestServer.savedQuery("explorer-firsts"));
        assertFalse(claims.isEmpty(), "the sample reports claim firsts");
        Map<String, Long> byScope = claims.stream().collect(Collectors.groupingBy(
                row -> row.getOrDefault("scope", "").isEmpty() ? "none" : row.get("scope"), Collectors.counting()));
        int mechanisms = column(select(ExplorerTestServer.savedQuery("explorer-mechanism-spread")), "mechanism").size();
        browser.open(sample.url("/explore/firsts"));
        browser.waitFor("timeline", "document.querySelectorAll('#timeline tbody tr').length === " + Math.min(30, mechanisms));
        browser.waitFor("claims", "document.querySelector('.claim-group')");
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) browser.script("return [...document.querySelectorAll('.claim-group')].map((g) => g.dataset.scope);");
        assertEquals(new TreeSet<>(byScope.keySet()), new TreeSet<>(groups));
        byScope.forEach((scope, count) -> {
            assertTrue(browser.find("[data-scope=" + scope + "] h2").getText().endsWith("(" + count + ")"), scope);
            assertEquals(Math.min(20, count), browser.findAll("[data-scope=" + scope + "] tbody tr").size(), scope);
        });
        browser.screenshot("firsts");
    }

    @Test
    void metrics_bar_leads_to_its_sentence() {
        Map<String, String> indicator = select(ExplorerTestServer.savedQuery("explorer-indicators")).get(0);
        List<Map<String, String>> values = select(ExplorerTestServer.savedQuery("explorer-indicator-values", "(UNDEF)",
                "(<" + indicator.get("indicator") + ">)"));
        assertEquals(indicator.get("observations"), String.valueOf(values.size()));
        browser.open(sample.url("/explore/metrics?indicator=" + encode(indicator.get("indicator"))));
        browser.waitFor("bars", "window.explorerChart && explorerChart.getDatasetMeta(0).data.length === " + values.size());
        assertEquals(values.size(), browser.findAll("#metric-table tbody tr").size());
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) browser.script("const bars = explorerChart.getDatasetMeta(0).data;"
                + " const i = bars.reduce((top, b, j) => (b.base - b.y > bars[top].base - bars[top].y ? j : top), 0);"
                + " return [i, bars[i].x, (bars[i].y + bars[i].base) / 2];");
        browser.clickAt(browser.find("#metric-chart"), bar.get(1).doubleValue(), bar.get(2).doubleValue());
        browser.waitFor("the sentence of the tallest bar", "document.querySelector('#observation-sentence')");
        assertEquals(values.get(bar.get(0).intValue()).get("sentence"), browser.find("#observation-sentence").getText());
        assertTrue(browser.find("#export-csv").isEnabled());
        browser.screenshot("metrics");
    }

    @Test
    void query_page_runs_a_saved_query_and_links_iris_to_entity_pages() {
        int reports = select(ExplorerTestServer.savedQuery("01-reports")).size();
        assertTrue(reports >= 5);
        browser.open(sample.url("/explore/query?name=01-reports"));
        browser.waitFor("result rows", "document.querySelectorAll('#result-table tbody tr').length === " + reports);
        assertTrue(browser.findAll(".CodeMirror .cm-keyword").size() > 0, "SPARQL is highlighted");
        assertFalse(browser.find("#question").getText().isBlank());
        assertTrue(browser.find("#download-csv").isEnabled() && browser.find("#download-json").isEnabled());
        assertEquals(true, browser.script("return new URL(document.querySelector('#share-link').href)"
                + ".searchParams.get('query') === explorerEditor.getValue();"), "the shareable link carries the query text");
        browser.screenshot("query");

        int claims = select(ExplorerTestServer.savedQuery("explorer-firsts")).size();
        browser.open(sample.url("/explore/query?name=explorer-firsts"));
        browser.waitFor("result rows", "document.querySelectorAll('#result-table tbody tr').length === " + Math.min(50, claims));
        assertFalse(browser.findAll("#result-table a[href^='/resource/region/']").isEmpty());

        browser.open(sample.url("/explore/query?query=" + encode("SELECT ?r WHERE { ?r a <https://fazhi-kg.org/ontology#Report> }")));
        browser.waitFor("rows of a query given in the URL", "document.querySelectorAll('#result-table tbody tr').length === " + reports);
    }

    @Test
    void entity_pages_of_provinces_and_indicators_lead_into_the_explorer() {
        String province = select(ExplorerTestServer.savedQuery("explorer-provinces")).get(0).get("province");
        browser.open(sample.url("/resource/region/" + province.replaceFirst(".*/", "")));
        browser.waitFor("the province page", "document.querySelector('p.explore a')");
        browser.screenshot("entity-province");
        browser.find("p.explore a").click();
        browser.waitFor("the network within the province", "document.querySelector('#network[data-ready=true]')"
                + " && document.querySelector('select[name=province]').value === " + js(province));

        String indicator = select(ExplorerTestServer.savedQuery("explorer-indicators")).get(0).get("indicator");
        browser.open(sample.url("/resource/indicator/" + encode(indicator.replaceFirst(".*/", "")).replace("+", "%20")));
        browser.waitFor("the indicator page", "document.querySelector('p.explore a')");
        browser.screenshot("entity-indicator");
        browser.find("p.explore a").click();
        browser.waitFor("the indicator's chart", "window.explorerChart && document.querySelector('select[name=indicator]').value === " + js(indicator));
    }

    @Test
    void language_toggle_switches_the_interface_to_english_and_back() {
        browser.open(sample.url("/"));
        browser.waitFor("frame", "document.querySelector('#lang-toggle')");
        browser.find("#lang-toggle").click();
        browser.waitFor("English navigation", "document.querySelector('#top nav a').textContent === 'Home'");
        browser.waitFor("entity counts", "document.querySelectorAll('#entity-counts .stat').length === 9");
        browser.screenshot("home-en");
        browser.find("#lang-toggle").click();
        browser.waitFor("Chinese navigation", "document.querySelector('#top nav a').textContent === '首页'");
    }

    @Test
    void data_with_markup_is_shown_as_text() {
        openNetwork(fixture, "?focus=" + encode(FIXTURE_MECHANISM + "sanxiang"));
        browser.waitFor("evidence of 三项制度", "document.querySelectorAll('#evidence li').length === 5");
        assertTrue(browser.find("#details").getText().contains("<img src=x onerror=window.__xss=1>"));
        assertEquals(0, browser.findAll("#details img").size());
        assertEquals(null, browser.script("return window.__xss;"));
        browser.screenshot("fixture-markup-as-text");
    }

    @Test
    void province_filter_reaches_districts_through_their_cities() {
        String province = FIXTURE_REGION + "33";
        int expected = fixture.select(ExplorerTestServer.savedQuery("explorer-shared-mechanisms", "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(2 UNDEF UNDEF UNDEF <" + province + "> \"initiative\")")).size();
        openNetwork(fixture, "?min=2&kind=initiative&province=" + encode(province));
        assertEquals(2, expected, "三项制度 and 枫桥经验 are shared within 浙江省");
        assertEquals(expected, browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals(true, browser.script("return explorerNetwork.getElementById(arguments[0]).nonempty();", FIXTURE_REGION + "330106"),
                "杭州市西湖区 is in 浙江省 through 杭州市");
        assertEquals(province, browser.script("return document.querySelector('select[name=province]').value;"));
        browser.screenshot("fixture-province");
    }

    @Test
    void firsts_flag_the_same_first_claimed_by_two_regions() {
        browser.open(fixture.url("/explore/firsts"));
        browser.waitFor("timeline", "document.querySelectorAll('#timeline tbody tr').length === 6");
        browser.waitFor("claims", "document.querySelector('[data-scope=province] tbody tr')");
        assertEquals(2, browser.number("document.querySelectorAll('[data-scope=province] tbody tr').length"));
        assertEquals(1, browser.number("document.querySelectorAll('[data-scope=national] tbody tr').length"));
        assertEquals(2, browser.findAll("[data-scope=province] .flag").size(), "the same first claimed by two regions is flagged");
        assertEquals("2022", browser.script("return document.querySelector('#timeline td.first').closest('table').tHead.rows[0]"
                + ".cells[document.querySelector('#timeline td.first').cellIndex].textContent;"));
        browser.screenshot("fixture-firsts");
    }
}
