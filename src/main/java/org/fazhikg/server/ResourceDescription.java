package org.fazhikg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * What the store says about one IRI, read inside a read transaction: its statements both ways,
 * the mentions behind it with their statements (the provenance), and, for an ontology, the terms
 * of its hash namespace ({@code …/ontology#Region} is served by {@code …/ontology}). An IRI that
 * names a graph of the store is described too, by its size and, in RDF, its content.
 */
final class ResourceDescription {
    final Dataset dataset;
    final Model union;
    final Resource resource;
    final List<Resource> hashTerms;
    /** Triples in the named graph of this IRI, or -1 when it names none. */
    final long graphSize;

    private ResourceDescription(Dataset dataset, Resource resource, List<Resource> hashTerms, long graphSize) {
        this.dataset = dataset;
        this.union = dataset.getUnionModel();
        this.resource = resource;
        this.hashTerms = hashTerms;
        this.graphSize = graphSize;
    }

    /** The description, or empty when the store neither mentions the IRI nor has a graph of that name. */
    static Optional<ResourceDescription> find(Dataset dataset, String iri) {
        Model union = dataset.getUnionModel();
        Resource r = union.createResource(iri);
        boolean used = union.contains(r, null, (RDFNode) null) || union.contains(null, null, r);
        long graphSize = dataset.containsNamedModel(iri) ? dataset.getNamedModel(iri).size() : -1;
        if (!used && graphSize < 0) return Optional.empty();
        return Optional.of(new ResourceDescription(dataset, r, hashTerms(dataset, r), graphSize));
    }

    boolean isNamedGraph() {
        return graphSize >= 0;
    }

    /** True when the IRI is only the name of a graph, with nothing said about it. */
    boolean isOnlyGraphName() {
        return isNamedGraph() && !union.contains(resource, null, (RDFNode) null) && !union.contains(null, null, resource);
    }

    /**
     * The RDF answer: the statements about the resource and its hash terms, those pointing to it,
     * and the statements of the mentions behind it; for a bare graph name, the graph itself.
     */
    Model graph() {
        if (isOnlyGraphName()) return dataset.getNamedModel(resource.getURI());
        Model out = ModelFactory.createDefaultModel().setNsPrefixes(Labels.PREFIXES);
        out.add(union.listStatements(resource, null, (RDFNode) null));
        out.add(union.listStatements(null, null, resource));
        for (Resource term : hashTerms) out.add(union.listStatements(term, null, (RDFNode) null));
        for (Resource m : Evidence.mentionsOf(union, resource)) out.add(union.listStatements(m, null, (RDFNode) null));
        return out;
    }

    /** For a resource declared an owl:Ontology: the subjects IRI#… of the graphs declaring it, sorted. */
    private static List<Resource> hashTerms(Dataset dataset, Resource r) {
        Node type = RDF.type.asNode(), ontology = OWL.Ontology.asNode();
        TreeSet<String> terms = new TreeSet<>();
        List<Node> graphs = new ArrayList<>();
        dataset.asDatasetGraph().find(Node.ANY, r.asNode(), type, ontology).forEachRemaining(q -> graphs.add(q.getGraph()));
        String prefix = r.getURI() + "#";
        for (Node g : graphs) {
            dataset.asDatasetGraph().getGraph(g).find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) terms.add(t.getSubject().getURI());
            });
        }
        Model union = dataset.getUnionModel();
        return terms.stream().map(union::createResource).toList();
    }
}
