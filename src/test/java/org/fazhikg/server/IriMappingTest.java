package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IriMappingTest {
    final IriMapping iris = new IriMapping("https://fazhi-kg.org/");

    @Test
    void a_request_path_names_the_iri_under_the_base() {
        assertEquals("https://fazhi-kg.org/resource/region/440303", iris.iriOf("/resource/region/440303"));
    }

    @Test
    void percent_encoded_chinese_becomes_the_iri_characters() {
        assertEquals("https://fazhi-kg.org/resource/mechanism/行政复议",
                iris.iriOf("/resource/mechanism/%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"));
        assertEquals("https://fazhi-kg.org/resource/mechanism/行政复议", iris.iriOf("/resource/mechanism/行政复议"));
    }

    @Test
    void characters_an_iri_path_cannot_hold_stay_encoded_in_upper_case() {
        assertEquals("https://fazhi-kg.org/resource/indicator/a%2Fb%20c%25", iris.iriOf("/resource/indicator/a%2fb%20c%25"));
        assertEquals("https://fazhi-kg.org/resource/x/%25zz", iris.iriOf("/resource/x/%zz"));
        assertEquals("https://fazhi-kg.org/resource/x/%FF", iris.iriOf("/resource/x/%FF"), "not UTF-8: kept as is");
        assertEquals("https://fazhi-kg.org/resource/x/a-b", iris.iriOf("/resource/x/a%2Db"), "unreserved is decoded");
    }

    @Test
    void links_to_local_iris_are_ascii_paths_and_others_stay_absolute() {
        assertEquals("/resource/mechanism/%E8%A1%8C%E6%94%BF", iris.href("https://fazhi-kg.org/resource/mechanism/行政"));
        assertEquals("/ontology#Region", iris.href("https://fazhi-kg.org/ontology#Region"));
        assertEquals("http://www.w3.org/2000/01/rdf-schema#label", iris.href("http://www.w3.org/2000/01/rdf-schema#label"));
    }

    @Test
    void href_and_path_lookup_round_trip() {
        String iri = "https://fazhi-kg.org/resource/body/440303/区司法局";
        assertEquals(iri, iris.iriOf(iris.href(iri)));
    }
}
