package org.fazhikg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF Data Cube terms fazhi-kg uses (Jena ships no Data Cube vocabulary class). */
final class QB {
    static final String NS = "http://purl.org/linked-data/cube#";
    static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
    static final Property dataSet = ResourceFactory.createProperty(NS, "dataSet");

    private QB() {}
}
