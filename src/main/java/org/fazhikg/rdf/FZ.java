package org.fazhikg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The fazhi-kg ontology (ontology/fazhi.ttl) term for term: classes, properties and named
 * individuals. Nothing else in the code writes ontology IRIs; {@code FzVocabularyTest} checks that
 * this class and the Turtle file declare the same terms.
 *
 * <pre>
 * model.add(report, RDF.type, FZ.Report);
 * model.addLiteral(mention, FZ.startOffset, 120);
 * </pre>
 */
public final class FZ {
    public static final String NS = "https://fazhi-kg.org/ontology#";
    public static final String PREFIX = "fz";

    private FZ() {}

    /** The namespace as a string. */
    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Report = resource("Report");
    public static final Resource Region = resource("Region");
    public static final Resource RegionLevel = resource("RegionLevel");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Mechanism = resource("Mechanism");
    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Observation = resource("Observation");
    public static final Resource PioneeringClaim = resource("PioneeringClaim");
    public static final Resource Mention = resource("Mention");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Section = resource("Section");

    // Region levels
    public static final Resource Province = resource("Province");
    public static final Resource City = resource("City");
    public static final Resource District = resource("District");
    public static final Resource County = resource("County");
    public static final Resource Subdistrict = resource("Subdistrict");
    public static final Resource Community = resource("Community");

    // Report sections
    public static final Resource Achievements = resource("Achievements");
    public static final Resource Shortcomings = resource("Shortcomings");
    public static final Resource Plans = resource("Plans");
    public static final Resource OtherSection = resource("OtherSection");

    // Concept schemes and the Data Cube data set
    public static final Resource MechanismScheme = resource("MechanismScheme");
    public static final Resource IndicatorScheme = resource("IndicatorScheme");
    public static final Resource indicatorStructure = resource("indicatorStructure");
    public static final Resource indicatorData = resource("indicatorData");

    // Reports
    public static final Property fileId = property("fileId");
    public static final Property textLength = property("textLength");
    public static final Property issuerName = property("issuerName");
    public static final Property year = property("year");
    public static final Property inReport = property("inReport");

    // Regions
    public static final Property level = property("level");
    public static final Property divisionCode = property("divisionCode");
    public static final Property partOf = property("partOf");
    public static final Property region = property("region");

    // Bodies, mechanisms, documents
    public static final Property bodyType = property("bodyType");
    public static final Property mechanismKind = property("mechanismKind");
    public static final Property documentKind = property("documentKind");

    // Observations and claims
    public static final Property indicator = property("indicator");
    public static final Property subject = property("subject");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property claimWhat = property("claimWhat");
    public static final Property scope = property("scope");

    // Mentions and sentences
    public static final Property mentionText = property("mentionText");
    public static final Property sentenceText = property("sentenceText");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property section = property("section");
    public static final Property inSentence = property("inSentence");
    public static final Property mentions = property("mentions");
    public static final Property mentionedIn = property("mentionedIn");
}
