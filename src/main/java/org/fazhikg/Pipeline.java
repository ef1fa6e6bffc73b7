package org.fazhikg;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.fazhikg.evaluate.MentionRow;
import org.fazhikg.evaluate.MentionTable;
import org.fazhikg.extract.Extractor;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Linker;
import org.fazhikg.link.Resolved;
import org.fazhikg.rdf.FZ;
import org.fazhikg.rdf.Iris;
import org.fazhikg.rdf.RdfMapper;

/**
 * The flow of one report: {@code Document -> extract -> link -> RDF}. Build one per process: the
 * gazetteer and HanLP's dictionaries load once, here, before any worker thread starts; the
 * stages are then safe to call from many threads.
 *
 * <pre>
 * Pipeline pipeline = new Pipeline(Gazetteer.load(), Iris.DEFAULT);
 * Linked linked = pipeline.analyse(document);
 * Model graph = pipeline.toRdf(linked);
 * </pre>
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Linker linker;
    private final RdfMapper mapper;

    public Pipeline(Gazetteer gazetteer, Iris iris) {
        this.extractor = new Extractor(gazetteer);
        this.linker = new Linker(gazetteer);
        this.mapper = new RdfMapper(Objects.requireNonNull(iris, "iris"), gazetteer);
    }

    public Pipeline(Gazetteer gazetteer) {
        this(gazetteer, Iris.DEFAULT);
    }

    public Linked analyse(Document document) {
        return linker.link(extractor.extract(document));
    }

    public Model toRdf(Linked linked) {
        return mapper.toRdf(linked);
    }

    public Model ontology() {
        return RdfMapper.ontology();
    }

    /** The mentions table of one report, each row naming the IRI of what its mention supports. */
    public List<MentionRow> mentionRows(Document document) {
        Linked linked = analyse(document);
        return MentionTable.rows(linked, supported(linked, toRdf(linked)));
    }

    /**
     * For each mention of {@code linked}, the IRI of what it supports in {@code graph} (the
     * entity, observation or claim), or "" when it supports nothing there.
     */
    Function<Resolved, String> supported(Linked linked, Model graph) {
        String reportId = linked.extraction().document().id();
        return r -> {
            Mention m = r.mention();
            Resource mention = graph.createResource(mapper.iris().mention(reportId, m.kind(), m.start(), m.end()));
            List<Resource> targets = graph.listObjectsOfProperty(mention, FZ.mentions).toList().stream()
                    .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            if (m.kind() == Kind.METRIC && m.value() != null) {
                for (Resource t : targets) {
                    var v = t.getProperty(FZ.value);
                    if (v != null && new java.math.BigDecimal(v.getString()).compareTo(m.value()) == 0) return t.getURI();
                }
            }
            return targets.isEmpty() ? "" : targets.get(0).getURI();
        };
    }
}
