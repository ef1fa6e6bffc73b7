package org.fazhikg.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The graph explorer: browser pages that ask {@code /sparql} the saved queries of
 * {@code sparql-queries/} and draw their answers (network of shared mechanisms, firsts,
 * indicators, query editor). Everything the pages load comes from the jar: the explorer's own
 * HTML/JS/CSS under {@code /explorer/}, the front-end libraries from WebJars under
 * {@code /webjars/}. The pages never call a private route; they fetch {@code /queries/NAME.rq}
 * and POST it to {@code /sparql}.
 *
 * <pre>
 * Javalin app = Javalin.create(config -&gt; {
 *     Explorer.install(config, "https://fazhi-kg.org/");  // pages, /queries, /explorer/*, /webjars/*
 *     config.routes.get("/sparql", sparql::handle);       // the SPARQL 1.1 protocol endpoint the pages ask
 *     config.routes.post("/sparql", sparql::handle);
 * }).start("127.0.0.1", 0);
 * </pre>
 */
public final class Explorer {
    /** The base IRI the graph's resources are minted under unless the server says otherwise. */
    public static final String DEFAULT_BASE = "https://fazhi-kg.org/";

    /** Where frame.html takes the body of each page. */
    private static final String PAGE_SLOT = "<!-- page -->";

    /** Page routes and the body under {@code /web/explorer/pages/} each one serves. */
    private static final Map<String, String> PAGES = Map.of(
            "/", "index.html",
            "/explore/shared", "shared.html",
            "/explore/firsts", "firsts.html",
            "/explore/metrics", "metrics.html",
            "/explore/query", "query.html");

    private Explorer() {}

    /**
     * Registers the explorer on a Javalin configuration: the page routes ({@code /},
     * {@code /explore/shared}, {@code /explore/firsts}, {@code /explore/metrics},
     * {@code /explore/query}), {@code GET /queries} (JSON list of the saved queries) and
     * {@code GET /queries/NAME.rq}, the static files under {@code /explorer/} and the WebJars
     * under {@code /webjars/}. The saved queries are read from the classpath once, here.
     */
    public static void install(JavalinConfig config) {
        install(config, DEFAULT_BASE);
    }

    /**
     * As {@link #install(JavalinConfig)}, for a graph whose resources are minted under
     * {@code baseIri} (the server's {@code --base}): the pages link those IRIs to this server's
     * entity pages.
     *
     * @throws IllegalArgumentException when baseIri is not an absolute http(s) IRI ending in "/"
     */
    public static void install(JavalinConfig config, String baseIri) {
        if (!baseIri.matches("https?://[^\\s<>\"'&{}|^`\\\\]+/")) {
            throw new IllegalArgumentException("explorer base IRI '" + baseIri
                    + "' must be an absolute http(s) IRI ending in '/', e.g. " + DEFAULT_BASE);
        }
        ExplorerQueries queries = ExplorerQueries.fromClasspath();
        config.staticFiles.add(files -> {
            files.hostedPath = "/explorer";
            files.directory = "/web/explorer/assets";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        PAGES.forEach((path, file) -> {
            byte[] html = page(file, baseIri);
            config.routes.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        });
        config.routes.get("/queries", ctx -> listQueries(ctx, queries));
        config.routes.get("/queries/{file}", ctx -> queryText(ctx, queries));
    }

    private static void listQueries(Context ctx, ExplorerQueries queries) {
        JsonArray list = new JsonArray();
        for (ExplorerQueries.SavedQuery query : queries.all()) {
            JsonObject entry = new JsonObject();
            entry.put("name", query.name());
            entry.put("questionZh", query.questionZh());
            entry.put("questionEn", query.questionEn());
            list.add(entry);
        }
        ctx.contentType("application/json; charset=utf-8").result(list.toString());
    }

    private static void queryText(Context ctx, ExplorerQueries queries) {
        String file = ctx.pathParam("file");
        String name = file.endsWith(".rq") ? file.substring(0, file.length() - 3) : "";
        ExplorerQueries.SavedQuery query = queries.byName(name).orElseThrow(() -> new NotFoundResponse(
                "no saved query " + file + "; GET /queries lists the names (each served as NAME.rq)"));
        ctx.contentType("text/plain; charset=utf-8").result(query.text());
    }

    /**
     * The page: its body ({@code pages/FILE}) inside the frame every page shares
     * ({@code pages/frame.html}), with the base IRI in {@code <meta name="fazhi-kg-base">},
     * which the scripts read.
     */
    private static byte[] page(String file, String baseIri) {
        String frame = text("/web/explorer/pages/frame.html");
        String meta = "<meta name=\"fazhi-kg-base\" content=\"" + DEFAULT_BASE + "\">";
        if (!frame.contains(meta) || !frame.contains(PAGE_SLOT)) {
            throw new IllegalStateException("explorer frame.html lacks " + meta + " or " + PAGE_SLOT);
        }
        return frame.replace(meta, meta.replace(DEFAULT_BASE, baseIri))
                .replace(PAGE_SLOT, text("/web/explorer/pages/" + file))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String path) {
        return new String(resource(path), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Explorer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("explorer file " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read explorer file " + path, e);
        }
    }
}
