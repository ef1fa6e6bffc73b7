package org.fazhikg.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the graph's data model that the pages and tables read: mentions with their
 * sentence and offsets, and the links from entities and facts to them. A mirror of the few
 * {@code org.fazhikg.rdf.FZ} / {@code PROV} constants needed here, kept until those land on main.
 */
final class GraphTerms {
    static final String FZ = "https://fazhi-kg.org/ontology#";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Resource Mention = ResourceFactory.createResource(FZ + "Mention");
    static final Property mentionText = ResourceFactory.createProperty(FZ, "mentionText");
    static final Property sentenceText = ResourceFactory.createProperty(FZ, "sentenceText");
    static final Property startOffset = ResourceFactory.createProperty(FZ, "startOffset");
    static final Property endOffset = ResourceFactory.createProperty(FZ, "endOffset");
    /** Offset of the sentence in the report text; optional, the mention is searched in the sentence without it. */
    static final Property sentenceStart = ResourceFactory.createProperty(FZ, "sentenceStart");
    static final Property inReport = ResourceFactory.createProperty(FZ, "inReport");
    static final Property section = ResourceFactory.createProperty(FZ, "section");
    static final Property mentions = ResourceFactory.createProperty(FZ, "mentions");
    static final Property mentionedIn = ResourceFactory.createProperty(FZ, "mentionedIn");
    static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

    private GraphTerms() {}
}
