package org.fazhikg.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.fazhikg.rdf.FZ;

/**
 * The term the pages read that {@link FZ} does not declare: PROV's {@code wasDerivedFrom}
 * (the rdf package keeps its PROV class to itself).
 */
final class GraphTerms {
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

    private GraphTerms() {}
}
