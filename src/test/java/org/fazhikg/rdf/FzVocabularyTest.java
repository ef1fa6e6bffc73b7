package org.fazhikg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class FzVocabularyTest {
    private final Model ontology = RdfMapper.ontology();

    @Test
    void every_fz_constant_is_declared_in_the_ontology_and_back() throws IllegalAccessException {
        Set<String> inJava = new TreeSet<>();
        for (Field f : FZ.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                inJava.add(((Resource) f.get(null)).getURI());
        }
        Set<String> inTurtle = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(FZ.NS)) inTurtle.add(s.getURI());
        });
        assertEquals(inTurtle, inJava);
    }

    @Test
    void every_term_is_labelled_and_explained_in_chinese_and_english() {
        List<String> lacking = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type).forEach(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(FZ.NS)) return;
            for (var p : List.of(RDFS.label, RDFS.comment))
                for (String lang : List.of("zh", "en"))
                    if (!term.listProperties(p).filterKeep(s -> s.getLanguage().equals(lang)).hasNext())
                        lacking.add(term.getLocalName() + " " + p.getLocalName() + "@" + lang);
        });
        assertEquals(List.of(), lacking);
    }

    @Test
    void partOf_is_transitive_and_body_is_an_org_organization() {
        assertTrue(ontology.contains(FZ.partOf, RDF.type, OWL.TransitiveProperty));
        assertTrue(ontology.contains(FZ.GovernmentBody, RDFS.subClassOf, org.apache.jena.vocabulary.ORG.Organization));
    }

    @Test
    void shapes_parse_as_shacl() {
        Shapes shapes = ShaclValidator.get().parse(RdfMapper.shapes());
        assertTrue(shapes.numRootShapes() >= 9, "shapes found: " + shapes.numRootShapes());
    }
}
