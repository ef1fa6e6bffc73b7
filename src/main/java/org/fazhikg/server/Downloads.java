package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import org.fazhikg.store.GraphStore;

/**
 * {@code /.well-known/void} (the VoID / DCAT description, by content negotiation) and
 * {@code /dumps/} (a page listing the dumps, and the dumps themselves, streamed from the store).
 */
final class Downloads {
    static final List<Format> VOID_OFFERS = Format.concat(Format.GRAPHS, List.of(Format.HTML));

    private final GraphStore store;
    private final String baseIri;

    Downloads(GraphStore store, String baseIri) {
        this.store = store;
        this.baseIri = baseIri;
    }

    void describe(Context ctx) {
        Format format = Negotiation.choose(ctx.queryParam("format"), ctx.header(Header.ACCEPT), VOID_OFFERS);
        if (format == Format.HTML) {
            // a person gets the description's Turtle as a page, not a download
            String turtle = new String(turtle(), java.nio.charset.StandardCharsets.UTF_8);
            Responses.text(ctx, format, Html.page("VoID", "", "<h1>数据集描述 <span lang=\"en\">dataset description</span></h1>\n"
                    + "<p class=\"formats\">" + formatLinks() + "</p>\n<pre>" + Html.escape(turtle) + "</pre>\n"));
            return;
        }
        format.writePretty(DatasetExport.describe(store, baseIri).getGraph(), Responses.begin(ctx, format));
    }

    void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>数据下载 <span lang=\"en\">Dumps</span></h1>\n")
                .append("<p>整个数据集，CC BY 4.0 许可。<span lang=\"en\">The whole dataset, licensed CC BY 4.0. ")
                .append("N-Quads and TriG keep each triple's report graph; the other syntaxes hold the union of all graphs.</span></p>\n<ul>\n");
        for (Format f : Format.concat(Format.GRAPHS, Format.DATASETS)) {
            String file = DatasetExport.dumpFileName(f);
            body.append("<li>").append(Html.link("/dumps/" + file, file)).append(" <span class=\"count\">")
                    .append(Html.escape(f.mediaType)).append("</span></li>\n");
        }
        body.append("</ul>\n<h2>表格 <span lang=\"en\">Tables (CSV, UTF-8)</span></h2>\n<ul>\n");
        for (String table : DatasetExport.TABLES)
            body.append("<li>").append(Html.link("/dumps/" + table + ".csv", table + ".csv")).append("</li>\n");
        body.append("</ul>\n<p>").append(Html.link("/.well-known/void", "VoID / DCAT")).append("</p>\n");
        Responses.text(ctx, Format.HTML, Html.page("数据下载 dumps", "", body.toString()));
    }

    void file(Context ctx) {
        String file = ctx.pathParam("file");
        for (String table : DatasetExport.TABLES) {
            if (file.equals(table + ".csv")) {
                ctx.header(Header.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"");
                DatasetExport.writeTable(store, table, Responses.begin(ctx, Format.CSV));
                return;
            }
        }
        for (Format f : Format.concat(Format.GRAPHS, Format.DATASETS)) {
            if (file.equals(DatasetExport.dumpFileName(f))) {
                ctx.header(Header.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"");
                DatasetExport.writeDump(store, f.name, Responses.begin(ctx, f));
                return;
            }
        }
        throw HttpError.notFound("no dump named '" + file + "'; see /dumps/ for the list");
    }

    private byte[] turtle() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DatasetExport.writeDescription(store, baseIri, out);
        return out.toByteArray();
    }

    private static String formatLinks() {
        StringBuilder links = new StringBuilder();
        for (Format f : Format.GRAPHS) links.append(Html.link("/.well-known/void?format=" + f.name, f.name)).append(' ');
        return links.toString();
    }
}
