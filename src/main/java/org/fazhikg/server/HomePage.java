package org.fazhikg.server;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.fazhikg.rdf.FZ;
import org.fazhikg.store.GraphStore;

/**
 * The page at {@code /}: what the graph holds (reports and entities per class) and where to go
 * from here. A placeholder for the explorer's home page, which can replace this route.
 */
final class HomePage {
    private final GraphStore store;
    private final IriMapping iris;

    HomePage(GraphStore store, IriMapping iris) {
        this.store = store;
        this.iris = iris;
    }

    String render() {
        StringBuilder body = new StringBuilder("<h1>法治政府知识图谱 <span lang=\"en\">fazhi-kg</span></h1>\n")
                .append("<p>从法治政府建设年度报告中抽取的知识图谱，每一事实附原文依据。<span lang=\"en\">")
                .append("A knowledge graph read from rule-of-law government annual reports, each fact with its source sentence.</span></p>\n");
        store.read(ds -> {
            Model union = ds.getUnionModel();
            Map<String, String[]> rows = new TreeMap<>();
            for (QuerySolution row : VoidDescription.classCounts(ds)) {
                Resource t = row.getResource("class");
                if (!t.getURI().startsWith(FZ.NS)) continue; // the graph's own classes, not OWL's or SKOS's
                String label = Labels.display(union, t);
                rows.put(label + t, new String[] {Html.link(iris.href(t.getURI()), label), Long.toString(row.getLiteral("n").getLong())});
            }
            body.append("<h2>内容 <span lang=\"en\">Contents</span></h2>\n<table class=\"props\">\n");
            body.append("<tr><th>三元组 <span lang=\"en\">triples</span></th><td>").append(union.size()).append("</td></tr>\n");
            for (String[] row : rows.values()) body.append("<tr><th>").append(row[0]).append("</th><td>").append(row[1]).append("</td></tr>\n");
            body.append("</table>\n");
            return null;
        });
        body.append("<h2>使用 <span lang=\"en\">Use</span></h2>\n<ul>\n")
                .append("<li>").append(Html.link("/sparql", "SPARQL 查询 / query")).append(" — <code>/sparql</code></li>\n")
                .append("<li>").append(Html.link("/dumps/", "数据下载 / dumps")).append("</li>\n")
                .append("<li>").append(Html.link("/.well-known/void", "数据集描述 / VoID")).append("</li>\n</ul>\n");
        return Html.page("首页 home", "", body.toString());
    }
}
