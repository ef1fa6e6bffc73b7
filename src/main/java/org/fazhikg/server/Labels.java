package org.fazhikg.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fazhikg.rdf.FZ;

/**
 * Names of resources for people: the Chinese label first (then one without a language tag, then
 * any), the English one beside it; a prefixed name or the IRI when there is no label at all.
 */
final class Labels {
    static final List<Property> LABEL_PROPERTIES = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);

    /** Prefixes for showing IRIs without labels; fz and the standard vocabularies. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("fz", FZ.NS)
            .setNsPrefix("prov", GraphTerms.PROV)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dct", DCTerms.NS)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .lock();

    private Labels() {}

    /** The label to show: Chinese, else untagged, else any; empty when the resource has none. */
    static Optional<String> chinese(Model model, Resource r) {
        String untagged = null, any = null;
        for (Property p : LABEL_PROPERTIES) {
            for (Statement s : model.listStatements(r, p, (RDFNode) null).toList()) {
                if (!s.getObject().isLiteral()) continue;
                Literal l = s.getLiteral();
                String lang = l.getLanguage().toLowerCase();
                if (lang.equals("zh") || lang.startsWith("zh-")) return Optional.of(l.getLexicalForm());
                if (lang.isEmpty() && untagged == null) untagged = l.getLexicalForm();
                if (!lang.equals("en") && any == null) any = l.getLexicalForm();
            }
        }
        return Optional.ofNullable(untagged != null ? untagged : any);
    }

    /** The English label, when there is one. */
    static Optional<String> english(Model model, Resource r) {
        for (Property p : LABEL_PROPERTIES) {
            for (Statement s : model.listStatements(r, p, (RDFNode) null).toList()) {
                if (s.getObject().isLiteral() && s.getLiteral().getLanguage().toLowerCase().startsWith("en"))
                    return Optional.of(s.getLiteral().getLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** The Chinese label, else the English one, else a prefixed name, else the IRI. */
    static String display(Model model, Resource r) {
        return chinese(model, r).or(() -> english(model, r)).orElseGet(() -> shortName(r));
    }

    static String shortName(Resource r) {
        if (r.isAnon()) return "_:" + r.getId().getLabelString();
        String prefixed = PREFIXES.qnameFor(r.getURI());
        return prefixed != null ? prefixed : r.getURI();
    }
}
