package org.fazhikg.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.fazhikg.rdf.FZ;

/**
 * The terms the pages read that {@link FZ} does not declare: PROV's {@code wasDerivedFrom}
 * (the rdf package keeps its PROV class to itself) and {@code fz:sentenceStart}, the offset of a
 * mention's sentence in the report, which lets a page highlight the very occurrence the offsets
 * name; without it the mention text is searched in its sentence.
 */
final class GraphTerms {
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    static final Property sentenceStart = ResourceFactory.createProperty(FZ.NS, "sentenceStart");

    private GraphTerms() {}
}
