package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer in headless Chromium, served by SparqlServer over the invented fixture graph
 * (test resources explorer/graph.trig), for what the sample corpus cannot show: markup in the
 * data, a first claimed by two regions, a region hierarchy two levels deep under a province.
 * Screenshots go to target/screenshots/fixture-*.png. Skipped where /usr/bin/chromium is absent.
 */
class ExplorerFixtureBrowserTest {
    private static final String MECHANISM = "https://fazhi-kg.org/resource/mechanism/";
    private static final String REGION = "https://fazhi-kg.org/resource/region/";
    private static ExplorerTestServer server;
    private static ExplorerBrowser browser;

    @BeforeAll
    static void start() {
        assumeTrue(ExplorerBrowser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver)");
        server = ExplorerTestServer.fixture("/explorer/graph.trig");
        browser = ExplorerBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @AfterEach
    void no_javascript_errors() {
        if (browser != null) assertEquals(List.of(), browser.takeErrors(), "JavaScript errors");
    }

    private void openNetwork(String query) {
        browser.open(server.url("/explore/shared" + query));
        browser.waitFor("the network is drawn", "document.querySelector('#network[data-ready=true]')");
    }

    @Test
    void data_with_markup_is_shown_as_text() {
        openNetwork("?focus=" + URLEncoder.encode(MECHANISM + "sanxiang", StandardCharsets.UTF_8));
        browser.waitFor("evidence of 三项制度", "document.querySelectorAll('#evidence li').length === 5");
        assertTrue(browser.find("#details").getText().contains("<img src=x onerror=window.__xss=1>"));
        assertEquals(0, browser.findAll("#details img").size());
        assertEquals(null, browser.script("return window.__xss;"));
        browser.screenshot("fixture-markup-as-text");
    }

    @Test
    void province_filter_reaches_districts_through_their_cities() {
        String province = REGION + "33";
        int expected = server.select(ExplorerTestServer.savedQuery("explorer-shared-mechanisms", "(2 UNDEF UNDEF UNDEF UNDEF UNDEF)",
                "(2 UNDEF UNDEF UNDEF <" + province + "> \"initiative\")")).size();
        openNetwork("?min=2&kind=initiative&province=" + URLEncoder.encode(province, StandardCharsets.UTF_8));
        assertEquals(2, expected, "三项制度 and 枫桥经验 are shared within 浙江省");
        assertEquals(expected, browser.number("explorerNetwork.nodes('.mechanism').length"));
        assertEquals(true, browser.script("return explorerNetwork.getElementById(arguments[0]).nonempty();", REGION + "330106"),
                "杭州市西湖区 is in 浙江省 through 杭州市");
        assertEquals(province, browser.script("return document.querySelector('select[name=province]').value;"));
        browser.screenshot("fixture-province");
    }

    @Test
    void firsts_flag_the_same_first_claimed_by_two_regions() {
        browser.open(server.url("/explore/firsts"));
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
