package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhikg.store.ExportFormat;
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
            String turtle = turtle();
            Responses.page(ctx, Html.page("VoID", "", "<h1>数据集描述 <span lang=\"en\">dataset description</span></h1>\n"
                    + "<p class=\"formats\">" + formatLinks() + "</p>\n<pre>" + Html.escape(turtle) + "</pre>\n"));
            return;
        }
        format.writePretty(DatasetExport.describe(store, baseIri).getGraph(), Responses.begin(ctx, format));
    }

    void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>数据下载 <span lang=\"en\">Dumps</span></h1>\n")
                .append("<p>整个数据集，CC BY 4.0 许可。<span lang=\"en\">The whole dataset, licensed CC BY 4.0. ")
                .append("N-Quads and TriG keep each triple's report graph; the other syntaxes hold the union of all graphs.</span></p>\n<ul>\n");
        for (ExportFormat f : ExportFormat.values()) {
            String file = dumpFileName(f);
            body.append("<li>").append(Html.link("/dumps/" + file, file)).append(" <span class=\"count\">")
                    .append(Html.escape(Negotiation.mediaType(f.mediaType()))).append("</span></li>\n");
        }
        body.append("</ul>\n<h2>表格 <span lang=\"en\">Tables (CSV, UTF-8)</span></h2>\n<ul>\n");
        for (String table : DatasetExport.TABLES)
            body.append("<li>").append(Html.link("/dumps/" + table + ".csv", table + ".csv")).append("</li>\n");
        body.append("</ul>\n<p>").append(Html.link("/.well-known/void", "VoID / DCAT")).append("</p>\n");
        Responses.page(ctx, Html.page("数据下载 dumps", "", body.toString()));
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
        for (ExportFormat f : ExportFormat.values()) {
            if (file.equals(dumpFileName(f))) {
                ctx.header(Header.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"");
                store.export(f, Responses.begin(ctx, Format.byName(f.id(), Format.all()).orElseThrow()));
                return;
            }
        }
        throw HttpError.notFound("no dump named '" + file + "'; see /dumps/ for the list");
    }

    /** The file name of a dump in {@code /dumps/}, e.g. fazhi-kg.ttl. */
    static String dumpFileName(ExportFormat f) {
        return "fazhi-kg." + f.fileExtension();
    }

    private String turtle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetExport.writeDescription(store, baseIri, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String formatLinks() {
        StringBuilder links = new StringBuilder();
        for (Format f : Format.GRAPHS) links.append(Html.link("/.well-known/void?format=" + f.name, f.name)).append(' ');
        return links.toString();
    }
}
