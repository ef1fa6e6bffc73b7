package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Every explorer page in headless Chromium over the fixture graph: no JavaScript error, the numbers
 * agree with the saved queries, clicks lead to the evidence. Screenshots go to target/screenshots/.
 * Skipped where /usr/bin/chromium is absent (CI installs it).
 */
class ExplorerBrowserTest {
    private static final String MECHANISM = "https://fazhi-kg.org/resource/mechanism/";
    private static final String REGION = "https://fazhi-kg.org/resource/region/";
    private static ExplorerFixtureServer server;
    private static ExplorerBrowser browser;

    @BeforeAll
    static void start() {
        assumeTrue(ExplorerBrowser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver)");
        server = ExplorerFixtureServer.start();
        browser = ExplorerBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @AfterEach
    void no_javascript_errors() {
        assertEquals(List.of(), browser.takeErrors(), "JavaScript errors");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int sharedMechanismCount(String row) {
        String query = ExplorerQueries.fromClasspath().byName("explorer-shared-mechanisms").orElseThrow().text();
        return server.select(query.replace("(2 UNDEF UNDEF UNDEF UNDEF UNDEF)", row)).size();
    }

    private void openNetwork(String query) {
        browser.open(server.url("/explore/shared" + query));
        browser.waitFor("the network is drawn", "document.querySelector('#network[data-ready=true]')");
    }

    /** Clicks the network node with this id where it is drawn. */
    private void clickNode(String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(
                "const p = explorerNetwork.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", id);
        browser.clickAt(browser.find("#network"), at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    @Test
    void home_counts_the_dataset_and_finds_chinese_substrings() {
        browser.open(server.url("/?q=" + encode("成都")));
        browser.waitFor("search results", "document.querySelectorAll('#search-list li').length >= 2");
        browser.waitFor("reports by year", "document.querySelectorAll('#reports-by-year tbody tr').length === 2");
        String hits = browser.find("#search-list").getText();
        assertTrue(hits.contains("成都市") && hits.contains("成都市武侯区"), hits);
        assertTrue(browser.find("#entity-counts").getText().contains("7"), "seven reports");
        browser.screenshot("home");
    }

    @Test
    void network_shows_as_many_mechanisms_as_the_saved_query_counts() {
        openNetwork("");
        assertEquals(sharedMechanismCount("(2 UNDEF UNDEF UNDEF UNDEF UNDEF)"), browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals(4, browser.number("explorerNetwork.nodes('.mechanism').length"));
        browser.screenshot("shared-network");

        openNetwork("?min=2&kind=initiative&province=" + encode(REGION + "33"));
        assertEquals(sharedMechanismCount("(2 UNDEF UNDEF UNDEF <" + REGION + "33> \"initiative\")"),
                browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals("33", browser.script("return document.querySelector('select[name=province]').value.replace(/.*\\//, '');"),
                "the filter form shows the linked filters");
    }

    @Test
    void clicking_a_mechanism_shows_the_regions_years_and_sentences() {
        openNetwork("");
        clickNode(MECHANISM + "fengqiao");
        browser.waitFor("evidence of 枫桥经验", "document.querySelectorAll('#evidence li').length === 3");
        String evidence = browser.find("#details").getText();
        assertTrue(evidence.contains("成都市武侯区") && evidence.contains("2022"), evidence);
        assertTrue(evidence.contains("传承新时代枫桥经验，打造社区调解品牌。"), evidence);
        assertEquals(3, browser.findAll("#evidence mark").size(), "each mention is marked in its sentence");
        assertEquals("举措与成效", browser.find("#evidence .badge").getText(), "the section the sentence stands in");
        WebElement report = browser.find("#evidence li .meta a[href^='/resource/report/']");
        assertFalse(report.getText().isBlank());
        browser.screenshot("shared-mechanism-evidence");
    }

    @Test
    void filters_and_focus_travel_in_the_url() {
        openNetwork("");
        WebElement min = browser.find("#filters input[name=min]");
        min.clear();
        min.sendKeys("3");
        browser.find("#filters button[type=submit]").click();
        browser.waitFor("the filtered network", "location.search === '?min=3&view=network&layout=cose' && document.querySelector('#network[data-ready=true]')");
        assertEquals(2, browser.number("explorerNetwork.nodes('.mechanism').length"));

        openNetwork("?min=1&focus=" + encode(MECHANISM + "shuizhifa"));
        browser.waitFor("evidence of the focused mechanism", "document.querySelectorAll('#evidence li').length === 1");
        assertTrue(browser.find("#details").getText().contains("谁执法谁普法"));
    }

    @Test
    void clicking_a_region_shows_its_mechanisms() {
        openNetwork("");
        clickNode(REGION + "330106");
        browser.waitFor("mechanisms of 西湖区", "document.querySelectorAll('#region-mechanisms tbody tr').length === 3");
        assertTrue(browser.find("#details").getText().contains("杭州市西湖区"));
    }

    @Test
    void data_with_markup_is_shown_as_text() {
        openNetwork("");
        clickNode(MECHANISM + "sanxiang");
        browser.waitFor("evidence of 三项制度", "document.querySelectorAll('#evidence li').length === 5");
        assertTrue(browser.find("#details").getText().contains("<img src=x onerror=window.__xss=1>"));
        assertEquals(0, browser.findAll("#details img").size());
        assertEquals(null, browser.script("return window.__xss;"));
    }

    @Test
    void capped_network_says_how_many_nodes_were_left_out() {
        openNetwork("?cap=8");
        String status = browser.find("#status").getText();
        assertTrue(browser.number("explorerNetwork.nodes().length") <= 8, status);
        assertTrue(browser.find("#omitted").getText().contains("8"), status);
        assertEquals(4, browser.number("document.querySelectorAll('#mechanism-table tbody tr').length"),
                "the table still lists every shared mechanism");
    }

    @Test
    void bodies_and_cooccurrence_are_views_of_the_same_filters() {
        openNetwork("?bodies=1");
        assertEquals(2, browser.number("explorerNetwork.nodes('.body').length"));
        browser.screenshot("shared-bodies");
        openNetwork("?view=cooccurrence&layout=concentric");
        assertEquals(4, browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals(4, browser.number("explorerNetwork.edges().length"));
        assertEquals(2, browser.number("explorerNetwork.getElementById('" + MECHANISM + "sanxiang " + MECHANISM
                + "yizhanshi').data('weight')"), "the two appear together in two reports");
        browser.screenshot("shared-cooccurrence");
    }

    @Test
    void firsts_group_claims_by_scope_and_draw_the_timeline() {
        browser.open(server.url("/explore/firsts"));
        browser.waitFor("timeline", "document.querySelectorAll('#timeline tbody tr').length === 6");
        assertEquals(2, browser.number("document.querySelectorAll('[data-scope=province] tbody tr').length"));
        assertEquals(1, browser.number("document.querySelectorAll('[data-scope=national] tbody tr').length"));
        assertEquals(2, browser.findAll("[data-scope=province] .flag").size(), "the same first claimed by two regions is flagged");
        assertEquals("2022", browser.script("return document.querySelector('#timeline td.first').closest('table').tHead.rows[0].cells[document.querySelector('#timeline td.first').cellIndex].textContent;"));
        browser.screenshot("firsts");
    }

    @Test
    void metrics_bar_leads_to_its_sentence_and_table_exports() {
        browser.open(server.url("/explore/metrics?indicator=" + encode("https://fazhi-kg.org/resource/indicator/fuyi-shouan")));
        browser.waitFor("bars", "window.explorerChart && explorerChart.getDatasetMeta(0).data.length === 4");
        assertEquals(4, browser.findAll("#metric-table tbody tr").size());
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) browser.script(
                "const b = explorerChart.getDatasetMeta(0).data[0]; return [b.x, (b.y + b.base) / 2];");
        browser.clickAt(browser.find("#metric-chart"), bar.get(0).doubleValue(), bar.get(1).doubleValue());
        browser.waitFor("the sentence of the bar", "document.querySelector('#observation-sentence')");
        assertTrue(browser.find("#observation-sentence").getText().contains("件"));
        assertTrue(browser.find("#export-csv").isEnabled());
        browser.screenshot("metrics");
    }

    @Test
    void query_page_runs_a_saved_query_and_links_iris_to_entity_pages() {
        browser.open(server.url("/explore/query?name=explorer-firsts"));
        browser.waitFor("result rows", "document.querySelectorAll('#result-table tbody tr').length === 5");
        assertTrue(browser.findAll(".CodeMirror .cm-keyword").size() > 0, "SPARQL is highlighted");
        assertTrue(browser.find("#question").getText().contains("首创"));
        assertFalse(browser.findAll("#result-table a[href^='/resource/region/']").isEmpty());
        assertTrue(browser.find("#download-csv").isEnabled() && browser.find("#download-json").isEnabled());
        assertEquals(true, browser.script("return new URL(document.querySelector('#share-link').href)"
                + ".searchParams.get('query') === explorerEditor.getValue();"), "the shareable link carries the query text");
        browser.screenshot("query");

        browser.open(server.url("/explore/query?query=" + encode("SELECT ?r WHERE { ?r a <https://fazhi-kg.org/ontology#Report> }")));
        browser.waitFor("rows of a query given in the URL", "document.querySelectorAll('#result-table tbody tr').length === 7");
    }

    @Test
    void language_toggle_switches_the_interface_to_english_and_back() {
        browser.open(server.url("/"));
        browser.waitFor("frame", "document.querySelector('#lang-toggle')");
        browser.find("#lang-toggle").click();
        browser.waitFor("English navigation", "document.querySelector('#top nav a').textContent === 'Home'");
        browser.screenshot("home-en");
        browser.find("#lang-toggle").click();
        browser.waitFor("Chinese navigation", "document.querySelector('#top nav a').textContent === '首页'");
    }
}
