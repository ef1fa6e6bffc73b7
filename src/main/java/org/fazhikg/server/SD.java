package org.fazhikg.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description vocabulary, the terms the endpoint describes itself with. */
final class SD {
    static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    static final Resource Service = resource("Service");
    static final Resource Dataset = resource("Dataset");
    static final Resource Graph = resource("Graph");
    static final Resource NamedGraph = resource("NamedGraph");
    static final Resource SPARQL11Query = resource("SPARQL11Query");
    static final Resource UnionDefaultGraph = resource("UnionDefaultGraph");
    static final Resource BasicFederatedQuery = resource("BasicFederatedQuery");
    static final Property endpoint = property("endpoint");
    static final Property supportedLanguage = property("supportedLanguage");
    static final Property resultFormat = property("resultFormat");
    static final Property feature = property("feature");
    static final Property defaultDataset = property("defaultDataset");
    static final Property defaultGraph = property("defaultGraph");
    static final Property namedGraph = property("namedGraph");
    static final Property name = property("name");
    static final Property graph = property("graph");

    private SD() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
