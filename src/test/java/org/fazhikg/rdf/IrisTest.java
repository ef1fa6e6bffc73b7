package org.fazhikg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.irix.IRIx;
import org.fazhikg.UserException;
import org.fazhikg.extract.Kind;
import org.junit.jupiter.api.Test;

class IrisTest {
    private final Iris iris = Iris.DEFAULT;

    @Test
    void keeps_chinese_and_encodes_what_a_path_segment_cannot_hold() {
        assertEquals("https://fazhi-kg.org/resource/mechanism/行政执法三项制度", iris.entity(Kind.MECHANISM, "行政执法三项制度"));
        assertEquals("https://fazhi-kg.org/resource/mechanism/全民学法%C2%A0阅读有礼", iris.entity(Kind.MECHANISM, "全民学法\u00a0阅读有礼"));
        assertEquals("https://fazhi-kg.org/resource/document/a%20b%25c%3Fd%23e", iris.entity(Kind.DOCUMENT, "a b%c?d#e"));
        assertEquals("https://fazhi-kg.org/resource/body/%2E%2E", iris.entity(Kind.ORGANIZATION, ".."));
    }

    @Test
    void keeps_the_slash_of_a_subdistrict_key() {
        assertEquals("https://fazhi-kg.org/resource/region/330106/北山街道", iris.entity(Kind.REGION, "330106/北山街道"));
    }

    @Test
    void every_minted_iri_is_a_valid_absolute_iri() {
        for (String key : new String[] {"“1+3+N”模式", "《纲要（2021－2025年）》", "a<b>c\"d{e}|f^g`h\\i", "tab\there", "emoji😀"}) {
            String iri = iris.entity(Kind.MECHANISM, key);
            assertTrue(IRIx.create(iri).isAbsolute(), iri);
            assertEquals(key, Iris.decode(iri.substring(iri.lastIndexOf('/') + 1)));
        }
    }

    @Test
    void report_ids_round_trip_through_graph_names() {
        for (String id : new String[] {"000_a1b61565e346d1ca", "西湖区 2022/报告", "50%"}) {
            assertEquals(Optional.of(id), iris.reportIdOfGraph(iris.reportGraph(id)));
        }
        assertEquals(Optional.empty(), iris.reportIdOfGraph(iris.ontologyGraph()));
        assertEquals(Optional.empty(), iris.reportIdOfGraph("http://example.org/graph/report/x"));
    }

    @Test
    void numbers_figures_sharing_a_span_from_the_second_on() {
        assertEquals(iris.report("r") + "/observation/3-9", iris.observation("r", 3, 9, 1));
        assertEquals(iris.report("r") + "/claim/3-9-2", iris.claim("r", 3, 9, 2));
    }

    @Test
    void a_sentence_and_a_mention_of_the_same_span_get_different_iris() {
        assertEquals(iris.report("r") + "/sentence/3-9", iris.sentence("r", 3, 9));
        assertNotEquals(iris.sentence("r", 3, 9), iris.mention("r", Kind.MECHANISM, 3, 9));
    }

    @Test
    void rejects_a_base_that_is_relative_or_lacks_the_final_slash() {
        UserException noSlash = assertThrows(UserException.class, () -> new Iris("https://fazhi-kg.org"));
        assertTrue(noSlash.getMessage().contains("must end with '/'"), noSlash.getMessage());
        assertThrows(UserException.class, () -> new Iris("fazhi-kg/"));
    }

    @Test
    void rejects_metrics_and_firsts_as_entities() {
        assertThrows(IllegalArgumentException.class, () -> iris.entity(Kind.METRIC, "x"));
    }
}
