package org.fazhikg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.extract.Section;
import org.fazhikg.extract.Sentence;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Entity;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Resolved;

/** Builds the graph of one report; used once per {@link RdfMapper#toRdf} call. */
final class ReportGraph {
    /** Deictic words that open a mention but name no region or body (我区, 本局, 全市, 该中心). */
    private static final String DEICTIC_OPENERS = "我本该全";

    private final Iris iris;
    private final Linked linked;
    private final Model model;
    private final String reportId;
    private final Resource report;
    /** Entities by kind and key: the linked ones, then issuer and issuer region if not among them. */
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Regions regions;

    ReportGraph(Iris iris, Gazetteer gazetteer, Linked linked, PrefixMapping prefixes) {
        this.iris = iris;
        this.linked = linked;
        this.model = ModelFactory.createDefaultModel().setNsPrefixes(prefixes);
        this.reportId = linked.extraction().document().id();
        this.report = model.createResource(iris.report(reportId));
        for (Entity e : linked.entities()) entities.putIfAbsent(slot(e.kind(), e.key()), e);
        if (linked.issuer() != null) entities.putIfAbsent(slot(Kind.ORGANIZATION, linked.issuer().key()), linked.issuer());
        if (linked.issuerRegion() != null) entities.putIfAbsent(slot(Kind.REGION, linked.issuerRegion().key()), linked.issuerRegion());
        Map<String, Entity> regionEntities = new LinkedHashMap<>();
        entities.values().stream().filter(e -> e.kind() == Kind.REGION).forEach(e -> regionEntities.put(e.key(), e));
        this.regions = new Regions(iris, gazetteer, model, regionEntities);
    }

    Model build() {
        describeReport();
        addSentences();
        for (Entity e : entities.values()) describe(e);
        addAliases();
        addMentionsOfEntities();
        addObservations();
        addClaims();
        return model;
    }

    private void describeReport() {
        Document doc = linked.extraction().document();
        ReportMetadata meta = doc.metadata();
        report.addProperty(RDF.type, FZ.Report)
                .addProperty(FZ.fileId, doc.id())
                .addLiteral(FZ.textLength, integer(doc.text().length()))
                .addProperty(RDFS.label, meta.title() != null ? zh(meta.title()) : model.createLiteral(doc.id()));
        if (meta.title() != null) report.addProperty(DCTerms.title, zh(meta.title()));
        if (meta.issuer() != null) report.addProperty(FZ.issuerName, meta.issuer());
        if (linked.issuer() != null) report.addProperty(DCTerms.publisher, entity(linked.issuer()));
        if (linked.issuerRegion() != null) report.addProperty(FZ.region, regions.region(linked.issuerRegion().key()));
        if (linked.year() != null) report.addLiteral(FZ.year, integer(linked.year()));
        if (meta.published() != null)
            report.addLiteral(DCTerms.issued, model.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        if (meta.sourceUrl() != null) {
            // a URL is linked as a resource; anything else (a note, a path) stays a string
            report.addProperty(DCTerms.source, meta.sourceUrl().matches("(?i)https?://\\S+")
                    ? model.createResource(meta.sourceUrl()) : model.createLiteral(meta.sourceUrl()));
        }
    }

    /**
     * Every sentence with text becomes an {@code fz:Sentence}, mention or not: the shortcomings
     * and plans parts are mostly sentences the extractor finds nothing in, and are read whole.
     */
    private void addSentences() {
        for (Sentence s : linked.extraction().sentences()) {
            if (!hasText(s)) continue;
            model.createResource(iris.sentence(reportId, s.start(), s.end()))
                    .addProperty(RDF.type, FZ.Sentence)
                    .addProperty(FZ.inReport, report)
                    .addProperty(FZ.sentenceText, text(s))
                    .addLiteral(FZ.sentenceIndex, integer(s.index()))
                    .addLiteral(FZ.startOffset, integer(s.start()))
                    .addLiteral(FZ.endOffset, integer(s.end()))
                    .addProperty(FZ.section, sectionResource(s.section()));
        }
    }

    private void describe(Entity e) {
        switch (e.kind()) {
            case REGION -> regions.region(e.key());
            case ORGANIZATION -> {
                Resource body = entity(e).addProperty(RDF.type, FZ.GovernmentBody).addProperty(RDF.type, ORG.Organization)
                        .addProperty(RDFS.label, zh(e.label()));
                if (e.category() != null) body.addProperty(FZ.bodyType, e.category());
                if (e.regionKey() != null) body.addProperty(FZ.region, regions.region(e.regionKey()));
                if (e.parentKey() != null)
                    body.addProperty(ORG.subOrganizationOf, model.createResource(iris.entity(Kind.ORGANIZATION, e.parentKey())));
            }
            case MECHANISM -> {
                Resource mechanism = entity(e).addProperty(RDF.type, FZ.Mechanism).addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.inScheme, FZ.MechanismScheme)
                        .addProperty(SKOS.prefLabel, zh(e.label())).addProperty(RDFS.label, zh(e.label()));
                if (e.category() != null) mechanism.addProperty(FZ.mechanismKind, e.category());
            }
            case DOCUMENT -> {
                Resource document = entity(e).addProperty(RDF.type, FZ.PolicyDocument)
                        .addProperty(DCTerms.title, zh(e.label())).addProperty(RDFS.label, zh(e.label()));
                if (e.category() != null) document.addProperty(FZ.documentKind, e.category());
            }
            case METRIC, FIRST -> throw new IllegalArgumentException("report " + reportId + ": entity " + e.key()
                    + " is of kind " + e.kind().csv() + "; entities are regions, organizations, mechanisms or documents");
        }
    }

    /** skos:altLabel: every distinct mention text of an entity other than its label, deictic forms left out. */
    private void addAliases() {
        Map<String, Set<String>> texts = new TreeMap<>();
        for (Resolved r : linked.mentions()) {
            if (r.entityKey() == null || !isEntityKind(r.mention().kind())) continue;
            texts.computeIfAbsent(slot(r.mention().kind(), r.entityKey()), k -> new TreeSet<>()).add(r.mention().text());
        }
        texts.forEach((slot, all) -> {
            Entity e = entities.get(slot);
            if (e == null) return;
            for (String text : all) {
                String alias = e.kind() == Kind.DOCUMENT ? text.replaceAll("^《(.*)》$", "$1") : text;
                boolean deictic = (e.kind() == Kind.REGION || e.kind() == Kind.ORGANIZATION)
                        && (alias.length() < 2 || DEICTIC_OPENERS.indexOf(alias.charAt(0)) >= 0);
                if (!alias.equals(e.label()) && !alias.isBlank() && !deictic) entity(e).addProperty(SKOS.altLabel, zh(alias));
            }
        });
    }

    private void addMentionsOfEntities() {
        for (Resolved r : linked.mentions()) {
            Mention m = r.mention();
            if (!isEntityKind(m.kind()) || r.entityKey() == null || m.end() <= m.start()) continue;
            Resource target = m.kind() == Kind.REGION ? regions.region(r.entityKey())
                    : model.createResource(iris.entity(m.kind(), r.entityKey()));
            link(mention(m), target);
        }
    }

    /** Metrics with a value and a unit become observations; the issuer's region and year are theirs. */
    private void addObservations() {
        List<Resolved> metrics = facts(Kind.METRIC).stream()
                .filter(r -> r.mention().value() != null && r.mention().unit() != null).toList();
        numbered(metrics, (r, nth) -> {
            Mention m = r.mention();
            Resource obs = model.createResource(iris.observation(reportId, m.start(), m.end(), nth))
                    .addProperty(RDF.type, FZ.Observation).addProperty(RDF.type, QB.Observation)
                    .addProperty(QB.dataSet, FZ.indicatorData)
                    .addProperty(FZ.subject, canonical(r))
                    .addLiteral(FZ.value, model.createTypedLiteral(canonicalDecimal(m.value()), XSDDatatype.XSDdecimal))
                    .addProperty(FZ.unit, m.unit());
            if (m.category() != null) obs.addProperty(FZ.indicator, indicator(m.category()));
            addFactContext(obs, m);
        });
    }

    private void addClaims() {
        numbered(facts(Kind.FIRST), (r, nth) -> {
            Mention m = r.mention();
            Resource claim = model.createResource(iris.claim(reportId, m.start(), m.end(), nth))
                    .addProperty(RDF.type, FZ.PioneeringClaim)
                    .addProperty(FZ.claimWhat, canonical(r));
            if (m.scope() != null) claim.addProperty(FZ.scope, m.scope());
            addFactContext(claim, m);
        });
    }

    private void addFactContext(Resource fact, Mention m) {
        fact.addProperty(FZ.inReport, report);
        if (linked.issuerRegion() != null) fact.addProperty(FZ.region, regions.region(linked.issuerRegion().key()));
        if (linked.year() != null) fact.addLiteral(FZ.year, integer(linked.year()));
        Resource mention = mention(m);
        fact.addProperty(PROV.wasDerivedFrom, mention);
        link(mention, fact);
    }

    private List<Resolved> facts(Kind kind) {
        return linked.mentions().stream()
                .filter(r -> r.mention().kind() == kind && r.mention().end() > r.mention().start()).toList();
    }

    /**
     * Calls {@code action} with each fact and its number among the facts read from the same span,
     * counted in an order that depends on the facts alone (not on their order in the list).
     */
    private void numbered(List<Resolved> facts, BiConsumer<Resolved, Integer> action) {
        Comparator<Resolved> order = Comparator.<Resolved>comparingInt(r -> r.mention().start())
                .thenComparingInt(r -> r.mention().end())
                .thenComparing(this::canonical)
                .thenComparing(r -> r.mention().value(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
                .thenComparing(r -> String.valueOf(r.mention().unit()))
                .thenComparing(r -> String.valueOf(r.mention().scope()))
                .thenComparing(r -> String.valueOf(r.mention().category()));
        List<Resolved> sorted = new ArrayList<>(facts);
        sorted.sort(order);
        int nth = 0;
        Mention previous = null;
        for (Resolved r : sorted) {
            Mention m = r.mention();
            nth = previous != null && previous.start() == m.start() && previous.end() == m.end() ? nth + 1 : 1;
            previous = m;
            action.accept(r, nth);
        }
    }

    private Resource indicator(String name) {
        return model.createResource(iris.indicator(name))
                .addProperty(RDF.type, FZ.Indicator).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, FZ.IndicatorScheme)
                .addProperty(SKOS.prefLabel, zh(name)).addProperty(RDFS.label, zh(name));
    }

    private Resource mention(Mention m) {
        Resource r = model.createResource(iris.mention(reportId, m.kind(), m.start(), m.end()))
                .addProperty(RDF.type, FZ.Mention)
                .addProperty(FZ.inReport, report)
                .addProperty(FZ.mentionText, m.text())
                .addProperty(FZ.sentenceText, sentenceText(m))
                .addLiteral(FZ.startOffset, integer(m.start()))
                .addLiteral(FZ.endOffset, integer(m.end()))
                .addProperty(FZ.section, sectionResource(m.section()));
        if (hasSentence(m)) {
            Sentence s = linked.extraction().sentences().get(m.sentence());
            r.addLiteral(FZ.sentenceIndex, integer(m.sentence()));
            if (hasText(s)) r.addProperty(FZ.inSentence, model.createResource(iris.sentence(reportId, s.start(), s.end())));
        }
        return r;
    }

    private void link(Resource mention, Resource target) {
        mention.addProperty(FZ.mentions, target);
        target.addProperty(FZ.mentionedIn, mention);
    }

    private String sentenceText(Mention m) {
        // a span the extractor could not place in a sentence is its own context
        return hasSentence(m) ? linked.extraction().sentenceText(m.sentence()) : m.text();
    }

    /** Whether a sentence is in the graph: one of only white space is not. */
    private boolean hasText(Sentence s) {
        return s.end() > s.start() && !text(s).isBlank();
    }

    private String text(Sentence s) {
        return linked.extraction().document().text().substring(s.start(), s.end());
    }

    private boolean hasSentence(Mention m) {
        Extraction x = linked.extraction();
        return m.sentence() >= 0 && m.sentence() < x.sentences().size();
    }

    private Resource entity(Entity e) {
        return model.createResource(iris.entity(e.kind(), e.key()));
    }

    private String canonical(Resolved r) {
        return r.canonical() != null ? r.canonical() : r.mention().name();
    }

    private Literal zh(String text) {
        return model.createLiteral(text, "zh");
    }

    private Literal integer(long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * The XSD canonical form (100.0, 3.5, 0.25): TDB2 stores decimals by value and gives this form
     * back, so minting it keeps a report's graph identical before and after storing.
     */
    static String canonicalDecimal(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static boolean isEntityKind(Kind kind) {
        return kind != Kind.METRIC && kind != Kind.FIRST;
    }

    private static String slot(Kind kind, String key) {
        return kind.csv() + " " + key;
    }

    private static Resource sectionResource(Section section) {
        if (section == null) return FZ.OtherSection;
        return switch (section) {
            case ACHIEVEMENTS -> FZ.Achievements;
            case SHORTCOMINGS -> FZ.Shortcomings;
            case PLANS -> FZ.Plans;
            case OTHER -> FZ.OtherSection;
        };
    }
}
