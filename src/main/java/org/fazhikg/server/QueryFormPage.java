package org.fazhikg.server;

/** The page a browser gets at {@code /sparql}: a plain query form that submits to the endpoint itself. */
final class QueryFormPage {
    private static final String EXAMPLE = """
            PREFIX fz: <https://fazhi-kg.org/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

            # 各类实体的数量 / entities per class
            SELECT ?class (COUNT(DISTINCT ?entity) AS ?n)
            WHERE { ?entity a ?class }
            GROUP BY ?class
            ORDER BY DESC(?n)
            LIMIT 50
            """;

    private QueryFormPage() {}

    static String render() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>SPARQL 查询 <span lang=\"en\">query</span></h1>\n")
                .append("<p>SPARQL 1.1 端点 <span lang=\"en\">endpoint</span>: <code>/sparql</code> · ")
                .append("默认图为所有报告图的并集 <span lang=\"en\">the default graph is the union of all report graphs</span></p>\n")
                .append("<form action=\"/sparql\" method=\"get\">\n<textarea name=\"query\" spellcheck=\"false\">")
                .append(Html.escape(EXAMPLE)).append("</textarea>\n<p><label>格式 <span lang=\"en\">format</span> ")
                .append("<select name=\"format\"><option value=\"\">自动 auto</option>");
        for (Format f : Format.concat(Format.RESULTS, Format.GRAPHS))
            body.append("<option value=\"").append(f.name).append("\">").append(Html.escape(f.mediaType)).append("</option>");
        body.append("</select></label> <button type=\"submit\">运行 <span lang=\"en\">run</span></button></p>\n</form>\n")
                .append("<p class=\"en\" lang=\"en\">SELECT and ASK answer in JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE in ")
                .append("Turtle, JSON-LD, N-Triples or RDF/XML. Updates and SERVICE are not accepted.</p>\n");
        return Html.page("SPARQL", "", body.toString());
    }
}
