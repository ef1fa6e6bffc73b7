package org.fazhikg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.fazhikg.rdf.FZ;

/**
 * The HTML page of one resource: its labels and types, its properties, the resources that point
 * to it (grouped by property, with counts), and the evidence, i.e. the report sentences that
 * mention it with the mention highlighted, each linked to its report. Long lists are cut at
 * {@value #SHOWN} items with the total given.
 */
final class ResourcePage {
    static final int SHOWN = 20;
    static final int EVIDENCE_SHOWN = 100;

    private final ResourceDescription d;
    private final Model union;
    private final IriMapping iris;

    ResourcePage(ResourceDescription d, IriMapping iris) {
        this.d = d;
        this.union = d.union;
        this.iris = iris;
    }

    String render() {
        Resource r = d.resource;
        String title = name(r);
        StringBuilder body = new StringBuilder();
        heading(body, r, "h1");
        formats(body, r.getURI());
        explore(body, r);
        if (d.isNamedGraph()) namedGraph(body);
        properties(body, r, "属性", "Properties");
        inverse(body);
        evidence(body);
        for (Resource term : d.hashTerms) {
            body.append("<section class=\"term\" id=\"").append(Html.escape(term.getURI().substring(term.getURI().indexOf('#') + 1)))
                    .append("\">");
            heading(body, term, "h2");
            properties(body, term, null, null);
            body.append("</section>\n");
        }
        String alternate = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + Html.escape(iris.href(r.getURI()) + "?format=turtle") + "\">";
        return Html.page(title, alternate, body.toString());
    }

    private void heading(StringBuilder body, Resource r, String tag) {
        String zh = Labels.chinese(union, r).orElse(null);
        String en = Labels.english(union, r).orElse(null);
        body.append('<').append(tag).append('>').append(Html.escape(zh != null ? zh : en != null ? en : unlabelled(r)))
                .append("</").append(tag).append(">\n");
        if (zh != null && en != null) body.append("<p class=\"en\" lang=\"en\">").append(Html.escape(en)).append("</p>\n");
        body.append("<p class=\"iri\">").append(Html.escape(r.getURI())).append("</p>\n");
        List<String> types = new ArrayList<>();
        union.listObjectsOfProperty(r, RDF.type).forEachRemaining(t -> types.add(value(t)));
        if (!types.isEmpty()) {
            types.sort(null);
            body.append("<p class=\"types\">").append(String.join("", types)).append("</p>\n");
        }
    }

    private void formats(StringBuilder body, String iri) {
        body.append("<p class=\"formats\">");
        for (Format f : Format.GRAPHS) body.append(Html.link(iris.href(iri) + "?format=" + f.name, f.name)).append(' ');
        body.append("</p>\n");
    }

    /**
     * A link into the explorer's view of the resource, for the kinds it draws: a mechanism or a
     * region focused in the shared network (a province as its filter), an indicator's chart.
     */
    private void explore(StringBuilder body, Resource r) {
        String iri = URLEncoder.encode(r.getURI(), StandardCharsets.UTF_8);
        String href;
        String zh;
        String en;
        if (union.contains(r, RDF.type, FZ.Mechanism)) {
            href = "/explore/shared?focus=" + iri;
            zh = "在共享网络中查看";
            en = "view in shared network";
        } else if (union.contains(r, RDF.type, FZ.Region) && union.contains(r, FZ.level, FZ.Province)) {
            href = "/explore/shared?province=" + iri;
            zh = "查看省内共享网络";
            en = "view the shared network within this province";
        } else if (union.contains(r, RDF.type, FZ.Region)) {
            href = "/explore/shared?focus=" + iri;
            zh = "在共享网络中查看";
            en = "view in shared network";
        } else if (union.contains(r, RDF.type, FZ.Indicator)) {
            href = "/explore/metrics?indicator=" + iri;
            zh = "在指标图表中查看";
            en = "view in indicator chart";
        } else {
            return;
        }
        body.append("<p class=\"explore\"><a href=\"").append(Html.escape(href)).append("\">").append(zh)
                .append(" <span lang=\"en\">").append(en).append("</span></a></p>\n");
    }

    private void namedGraph(StringBuilder body) {
        String encoded = URLEncoder.encode(d.resource.getURI(), StandardCharsets.UTF_8);
        body.append("<h2>命名图 <span lang=\"en\">Named graph</span></h2>\n<p>").append(d.graphSize)
                .append(" 条三元组 <span lang=\"en\">triples</span> · ");
        for (Format f : Format.GRAPHS) body.append(Html.link("/data?graph=" + encoded + "&format=" + f.name, f.name)).append(' ');
        body.append("</p>\n");
    }

    private void properties(StringBuilder body, Resource r, String zh, String en) {
        Map<Property, List<RDFNode>> byProperty = new TreeMap<>(Comparator.comparing(this::propertyOrder));
        union.listStatements(r, null, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getPredicate().equals(RDF.type)) byProperty.computeIfAbsent(s.getPredicate(), p -> new ArrayList<>()).add(s.getObject());
        });
        if (byProperty.isEmpty()) return;
        if (zh != null) body.append("<h2>").append(zh).append(" <span lang=\"en\">").append(en).append("</span></h2>\n");
        body.append("<table class=\"props\">\n");
        byProperty.forEach((p, values) -> {
            List<String> shown = values.stream().sorted(Comparator.comparing(RDFNode::toString))
                    .limit(SHOWN).map(this::value).toList();
            row(body, p, shown, values.size());
        });
        body.append("</table>\n");
    }

    private void inverse(StringBuilder body) {
        Map<Property, List<String>> byProperty = new TreeMap<>(Comparator.comparing(this::propertyOrder));
        union.listStatements(null, null, d.resource).forEachRemaining(s ->
                byProperty.computeIfAbsent(s.getPredicate(), p -> new ArrayList<>()).add(s.getSubject().toString()));
        if (byProperty.isEmpty()) return;
        body.append("<h2>被引用 <span lang=\"en\">Referenced by</span></h2>\n<table class=\"props\">\n");
        byProperty.forEach((p, subjects) -> {
            List<String> distinct = subjects.stream().distinct().sorted().toList();
            List<String> shown = distinct.stream().limit(SHOWN).map(s -> value(union.createResource(s))).toList();
            row(body, p, shown, distinct.size());
        });
        body.append("</table>\n");
    }

    private void row(StringBuilder body, Property p, List<String> values, int total) {
        body.append("<tr><th>").append(value(p));
        if (total > 1) body.append(" <span class=\"count\">(").append(total).append(")</span>");
        body.append("</th><td>");
        if (values.size() == 1 && total == 1) body.append(values.get(0));
        else {
            body.append("<ul>");
            values.stream().limit(SHOWN).forEach(v -> body.append("<li>").append(v).append("</li>"));
            if (total > SHOWN) body.append("<li class=\"count\">… 共 ").append(total).append(" 项 <span lang=\"en\">in all</span></li>");
            body.append("</ul>");
        }
        body.append("</td></tr>\n");
    }

    private void evidence(StringBuilder body) {
        List<Evidence> all = Evidence.of(union, d.resource);
        if (all.isEmpty()) return;
        body.append("<h2>原文依据 <span lang=\"en\">Evidence</span> <span class=\"count\">(").append(all.size())
                .append(")</span></h2>\n<ol class=\"evidence\">\n");
        for (Evidence e : all.subList(0, Math.min(all.size(), EVIDENCE_SHOWN))) {
            body.append("<li><q>").append(Html.escape(e.before()));
            if (e.highlightStart() >= 0) body.append("<mark>").append(Html.escape(e.highlighted())).append("</mark>").append(Html.escape(e.after()));
            body.append("</q><span class=\"source\">");
            if (e.report() != null) body.append("— ").append(value(e.report()));
            if (e.section() != null) body.append(" · ").append(Html.escape(name(e.section())));
            body.append(" · ").append(Html.link(iris.href(e.mention().getURI()), "提及 mention")).append("</span></li>\n");
        }
        if (all.size() > EVIDENCE_SHOWN) body.append("<li class=\"count\">… 共 ").append(all.size()).append(" 句</li>\n");
        body.append("</ol>\n");
    }

    /** A value as HTML: a link with the resource's label, or the literal with its language or datatype. */
    private String value(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String text = Html.escape(l.getLexicalForm());
            if (!l.getLanguage().isEmpty()) return text + "<span class=\"dt\">@" + Html.escape(l.getLanguage()) + "</span>";
            String dt = l.getDatatypeURI();
            if (dt == null || dt.equals(XSD.xstring.getURI())) return text;
            return text + "<span class=\"dt\">" + Html.escape(Labels.shortName(union.createResource(dt))) + "</span>";
        }
        Resource r = node.asResource();
        if (r.isAnon()) return Html.escape(Labels.shortName(r));
        // only web IRIs become links: a javascript: or data: IRI in the data must not be clickable
        String uri = r.getURI();
        boolean linkable = iris.isLocal(uri) || uri.startsWith("http://") || uri.startsWith("https://");
        return linkable ? Html.link(iris.href(uri), name(r)) : Html.escape(name(r));
    }

    /** The name to show: a label, Chinese first. */
    private String name(Resource r) {
        return Labels.chinese(union, r).or(() -> Labels.english(union, r)).orElseGet(() -> unlabelled(r));
    }

    /**
     * For a resource without label: a mention's text in corner brackets with its report, else its
     * path under the base, else its IRI.
     */
    private String unlabelled(Resource r) {
        Statement text = r.isURIResource() ? union.getProperty(r, FZ.mentionText) : null;
        if (text != null && text.getObject().isLiteral()) {
            Statement report = union.getProperty(r, FZ.inReport);
            String in = report != null && report.getObject().isURIResource()
                    ? Labels.chinese(union, report.getResource()).map(l -> "（" + l + "）").orElse("") : "";
            return "「" + text.getString() + "」" + in;
        }
        if (r.isURIResource() && iris.isLocal(r.getURI()) && r.getURI().length() > iris.baseIri().length())
            return r.getURI().substring(iris.baseIri().length());
        return Labels.shortName(r);
    }

    /** Labels first, then by the property's shown name, so the table reads the same each time. */
    private String propertyOrder(Property p) {
        int rank = Labels.LABEL_PROPERTIES.indexOf(p);
        return (rank >= 0 ? "0" + rank : "1") + name(p) + p.getURI();
    }
}
