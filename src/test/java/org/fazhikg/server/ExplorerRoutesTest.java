package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's routes over HTTP: pages, their assets, WebJars and the saved queries. */
class ExplorerRoutesTest {
    private static final List<String> PAGES = List.of("/", "/explore/shared", "/explore/firsts", "/explore/metrics", "/explore/query");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ExplorerFixtureServer server;

    @BeforeAll
    static void start() {
        server = ExplorerFixtureServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
        Javalin app = Javalin.create(config -> Explorer.install(config, "http://example.org/kg/")).start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/explore/shared")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("<meta name=\"fazhi-kg-base\" content=\"http://example.org/kg/\">"));
        } finally {
            app.stop();
        }
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
