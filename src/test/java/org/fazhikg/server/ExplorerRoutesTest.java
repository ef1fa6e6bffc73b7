package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer's routes on the SparqlServer over HTTP: pages, their assets, WebJars, the saved
 * queries, and the links from the server's entity pages into the explorer.
 */
class ExplorerRoutesTest {
    private static final List<String> PAGES = List.of("/", "/explore/shared", "/explore/firsts", "/explore/metrics", "/explore/query");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final String RESOURCE = "https://fazhi-kg.org/resource/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ExplorerTestServer server;

    @BeforeAll
    static void start() {
        server = ExplorerTestServer.fixture("/explorer/graph.trig");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The explorer links of an entity page (class "explore"), as their href attributes. */
    private static List<String> explorerLinks(String entityPath) throws Exception {
        HttpResponse<String> page = get(entityPath);
        assertEquals(200, page.statusCode(), entityPath);
        Matcher link = Pattern.compile("<p class=\"explore\"><a href=\"([^\"]+)\"").matcher(page.body());
        List<String> hrefs = new ArrayList<>();
        while (link.find()) hrefs.add(link.group(1).replace("&amp;", "&"));
        return hrefs;
    }

    private static String encoded(String iri) {
        return URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Test
    void every_page_is_html_whose_scripts_and_styles_come_from_this_server() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            Matcher asset = ASSET.matcher(response.body());
            int assets = 0;
            while (asset.find()) {
                String path = asset.group(1);
                assertTrue(path.startsWith("/"), page + " loads " + path + " from elsewhere than this server");
                if (path.startsWith("/explorer/") || path.startsWith("/webjars/")) {
                    assertEquals(200, get(path).statusCode(), page + " needs " + path);
                    assets++;
                }
            }
            assertTrue(assets >= 2, page + " loads its script and style");
        }
    }

    @Test
    void lists_saved_queries_with_both_questions() throws Exception {
        HttpResponse<String> response = get("/queries");
        assertEquals(200, response.statusCode());
        JsonArray list = JSON.parseAny(response.body()).getAsArray();
        assertTrue(list.size() >= 10, "explorer queries are listed");
        for (var entry : list) {
            JsonObject query = entry.getAsObject();
            String name = query.getString("name");
            if (name.startsWith("explorer-")) {
                assertFalse(query.getString("questionZh").isBlank(), name + " has # 问题:");
                assertFalse(query.getString("questionEn").isBlank(), name + " has # Question:");
            }
        }
    }

    @Test
    void serves_a_saved_query_as_text() throws Exception {
        HttpResponse<String> response = get("/queries/explorer-firsts.rq");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("# 问题:"));
    }

    @Test
    void unknown_saved_query_is_not_found() throws Exception {
        assertEquals(404, get("/queries/no-such-query.rq").statusCode());
        assertEquals(404, get("/queries/explorer-firsts").statusCode());
        assertEquals(404, get("/queries/..%2Fpom.xml").statusCode());
    }

    @Test
    void pages_carry_the_base_iri_the_server_mints_under() throws Exception {
        try (GraphStore empty = GraphStore.inMemory();
             SparqlServer other = SparqlServer.start(empty, ServerConfig.defaults().withPort(0).withBaseIri("http://example.org/kg/"))) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(other.url() + "explore/shared")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("<meta name=\"fazhi-kg-base\" content=\"http://example.org/kg/\">"));
        }
    }

    @Test
    void mechanism_page_links_to_the_mechanism_in_the_shared_network() throws Exception {
        assertEquals(List.of("/explore/shared?focus=" + encoded(RESOURCE + "mechanism/sanxiang")),
                explorerLinks("/resource/mechanism/sanxiang"));
    }

    @Test
    void province_page_links_to_its_network_and_other_regions_to_their_focus() throws Exception {
        assertEquals(List.of("/explore/shared?province=" + encoded(RESOURCE + "region/33")), explorerLinks("/resource/region/33"));
        assertEquals(List.of("/explore/shared?focus=" + encoded(RESOURCE + "region/330106")), explorerLinks("/resource/region/330106"));
    }

    @Test
    void indicator_page_links_to_its_chart() throws Exception {
        assertEquals(List.of("/explore/metrics?indicator=" + encoded(RESOURCE + "indicator/fuyi-shouan")),
                explorerLinks("/resource/indicator/fuyi-shouan"));
    }

    @Test
    void report_page_has_no_explorer_link() throws Exception {
        assertEquals(List.of(), explorerLinks("/resource/report/xh-2022"));
    }

    @Test
    void rejects_a_base_iri_that_is_not_http_ending_in_slash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Javalin.create(config -> Explorer.install(config, "https://example.org/kg\"><script>")));
        assertTrue(e.getMessage().contains("must be an absolute http(s) IRI ending in '/'"), e.getMessage());
    }

    @Test
    void reads_questions_from_the_opening_comments_only() {
        ExplorerQueries.SavedQuery query = ExplorerQueries.parse("q",
                "# 问题：哪些地区？\n# Question: Which regions?\nSELECT * { ?s ?p ?o }\n# 问题: not a header\n");
        assertEquals("哪些地区？", query.questionZh());
        assertEquals("Which regions?", query.questionEn());
    }
}
