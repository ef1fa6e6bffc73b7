package org.fazhikg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.extract.Section;
import org.fazhikg.extract.Sentence;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Resolved;
import org.junit.jupiter.api.Test;

class RdfMapperTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final RdfMapper mapper = new RdfMapper(GAZETTEER);
    private final Iris iris = Iris.DEFAULT;

    @Test
    void maps_golden_report_to_the_hand_checked_graph() throws Exception {
        Graph expected;
        try (InputStream in = getClass().getResourceAsStream("/rdf/xihu-2022.ttl")) {
            expected = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
        Graph actual = mapper.toRdf(ReportFixtures.xihu2022()).getGraph();
        if (!actual.isIsomorphicWith(expected)) {
            fail("graph of xihu-2022 differs from rdf/xihu-2022.ttl\n-- expected, not found:\n" + missing(expected, actual)
                    + "\n-- found, not expected:\n" + missing(actual, expected));
        }
    }

    @Test
    void every_mapped_report_conforms_to_the_shapes() {
        Model union = ModelFactory.createDefaultModel();
        for (Linked linked : ReportFixtures.all()) {
            Model graph = mapper.toRdf(linked);
            assertConforms(graph.getGraph(), linked.extraction().document().id());
            union.add(graph);
        }
        assertConforms(union.getGraph(), "union of all fixtures");
    }

    @Test
    void same_input_gives_the_same_graph_without_blank_nodes() {
        Model first = mapper.toRdf(ReportFixtures.xihu2022());
        Model second = new RdfMapper(GAZETTEER).toRdf(ReportFixtures.xihu2022());
        assertTrue(first.isIsomorphicWith(second));
        assertEquals(first.size(), second.size());
        assertFalse(first.getGraph().find().toList().stream()
                .anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()), "no blank nodes");
    }

    @Test
    void entities_of_two_reports_with_the_same_key_meet_in_the_union() {
        Model union = mapper.toRdf(ReportFixtures.xihu2022()).add(mapper.toRdf(ReportFixtures.shangcheng2023()));
        Resource threeSystems = union.createResource(iris.entity(Kind.MECHANISM, "行政执法三项制度"));
        List<String> reports = union.listObjectsOfProperty(threeSystems, FZ.mentionedIn)
                .mapWith(m -> m.asResource().getPropertyResourceValue(FZ.inReport).getURI()).toSet()
                .stream().sorted().toList();
        assertEquals(List.of(iris.report("shangcheng-2023"), iris.report("xihu-2022")), reports);
        assertEquals(1, union.listObjectsOfProperty(threeSystems, SKOS.prefLabel).toList().size());
    }

    @Test
    void ancestors_not_linked_in_the_report_come_from_the_gazetteer() {
        Model graph = mapper.toRdf(ReportFixtures.xihu2023());
        Resource city = graph.createResource(iris.entity(Kind.REGION, "3301"));
        Resource province = graph.createResource(iris.entity(Kind.REGION, "33"));
        assertEquals("杭州市", city.getProperty(RDFS.label).getString());
        assertEquals(FZ.City, city.getPropertyResourceValue(FZ.level));
        assertEquals(province, city.getPropertyResourceValue(FZ.partOf));
        assertEquals("浙江省", province.getProperty(RDFS.label).getString());
        assertEquals(FZ.Province, province.getPropertyResourceValue(FZ.level));
        assertFalse(province.hasProperty(FZ.partOf));
    }

    @Test
    void deictic_mentions_are_not_aliases_but_abbreviations_are() {
        Model graph = mapper.toRdf(ReportFixtures.xihu2022());
        Resource district = graph.createResource(iris.entity(Kind.REGION, "330106"));
        Resource centre = graph.createResource(iris.entity(Kind.ORGANIZATION, "西湖区公共法律服务中心"));
        assertTrue(district.hasProperty(FZ.mentionedIn), "我区 still points to the district");
        assertFalse(district.hasProperty(SKOS.altLabel), "我区 is no name of the district");
        assertEquals("区公共法律服务中心", centre.getProperty(SKOS.altLabel).getString());
    }

    @Test
    void two_figures_read_from_one_span_are_two_observations_of_one_mention() {
        Model graph = mapper.toRdf(ReportFixtures.xihu2022());
        Resource mention = graph.createResource(iris.mention("xihu-2022", Kind.METRIC, 313, 326));
        List<String> subjects = graph.listObjectsOfProperty(mention, FZ.mentions)
                .mapWith(o -> o.asResource().getProperty(FZ.subject).getString()).toList().stream().sorted().toList();
        assertEquals(List.of("领导干部学法考试优秀率", "领导干部学法考试参考率"), subjects);
    }

    @Test
    void every_sentence_is_a_resource_and_each_mention_points_to_its_own() {
        Linked linked = ReportFixtures.xihu2023();
        Model graph = mapper.toRdf(linked);
        List<Resource> sentences = graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FZ.Sentence).toList();
        assertEquals(linked.extraction().sentences().size(), sentences.size());
        // a shortcoming no extractor names anything in is still there, in its section
        Resource shortcoming = graph.listSubjectsWithProperty(FZ.sentenceText, "法治宣传的针对性有待加强。").next();
        assertEquals(FZ.Shortcomings, shortcoming.getPropertyResourceValue(FZ.section));
        assertFalse(graph.listSubjectsWithProperty(FZ.inSentence, shortcoming).hasNext());
        for (Resource mention : graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FZ.Mention).toList()) {
            Resource sentence = mention.getPropertyResourceValue(FZ.inSentence);
            assertEquals(mention.getProperty(FZ.sentenceText).getString(), sentence.getProperty(FZ.sentenceText).getString());
            assertEquals(mention.getProperty(FZ.sentenceIndex).getInt(), sentence.getProperty(FZ.sentenceIndex).getInt());
        }
    }

    @Test
    void a_sentence_of_white_space_is_left_out() {
        Linked linked = ReportFixtures.xihu2023();
        List<Sentence> withBlank = new ArrayList<>(linked.extraction().sentences());
        // the line break after the title, as a sentence of its own
        Sentence title = withBlank.get(0);
        withBlank.add(new Sentence(withBlank.size(), title.end(), title.end() + 1, Section.OTHER));
        Extraction x = new Extraction(linked.extraction().document(), withBlank, linked.extraction().mentions());
        Model graph = mapper.toRdf(new Linked(x, linked.issuer(), linked.issuerRegion(), linked.year(), linked.mentions(), linked.entities()));
        assertEquals(linked.extraction().sentences().size(),
                graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FZ.Sentence).toList().size());
        assertConforms(graph.getGraph(), "xihu-2023 with a blank sentence");
    }

    @Test
    void mints_every_iri_under_the_configured_base() {
        Model graph = new RdfMapper(new Iris("http://example.org/kg/"), GAZETTEER).toRdf(ReportFixtures.xihu2023());
        List<String> outside = graph.listSubjects().mapWith(Resource::getURI)
                .filterDrop(uri -> uri.startsWith("http://example.org/kg/")).toList();
        assertEquals(List.of(), outside);
    }

    @Test
    void a_metric_without_value_is_no_observation_and_an_unplaced_span_is_its_own_sentence() {
        Linked linked = ReportFixtures.xihu2023();
        List<Resolved> changed = linked.mentions().stream().map(r -> {
            Mention m = r.mention();
            if (m.kind() == Kind.METRIC && m.unit().equals("个")) return new Resolved(m.withMeasure(null, null), r.canonical(), null);
            if (m.kind() == Kind.MECHANISM && m.text().equals("“共享法庭”")) return new Resolved(m.placed(-1, null), r.canonical(), r.entityKey());
            return r;
        }).toList();
        Model graph = mapper.toRdf(new Linked(linked.extraction(), linked.issuer(), linked.issuerRegion(), linked.year(),
                changed, linked.entities()));
        assertEquals(1, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FZ.Observation).toList().size());
        Resource unplaced = graph.listSubjectsWithProperty(FZ.mentionText, "“共享法庭”").next();
        assertEquals("“共享法庭”", unplaced.getProperty(FZ.sentenceText).getString());
        assertEquals(FZ.OtherSection, unplaced.getPropertyResourceValue(FZ.section));
        assertFalse(unplaced.hasProperty(FZ.sentenceIndex));
        assertConforms(graph.getGraph(), "xihu-2023 with a bare metric and an unplaced span");
    }

    private static void assertConforms(Graph data, String what) {
        ValidationReport report = ShaclValidator.get().validate(RdfMapper.shapes(), data);
        if (!report.conforms()) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            ShLib.printReport(text, report);
            fail(what + " does not conform to shapes.ttl:\n" + text);
        }
    }

    /** Triples of {@code a} not in {@code b}, one per line, sorted. */
    private static String missing(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).mapWith(Triple::toString).toList().stream()
                .sorted().collect(Collectors.joining("\n"));
    }
}
