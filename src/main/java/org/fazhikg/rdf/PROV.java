package org.fazhikg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms fazhi-kg uses (Jena ships no PROV vocabulary class). */
final class PROV {
    static final String NS = "http://www.w3.org/ns/prov#";
    static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {}
}
