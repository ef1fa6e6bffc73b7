package org.fazhikg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void knows_the_former_county_name_of_a_district_but_not_over_a_current_name() {
        assertEquals("410307", gazetteer.formerNameOf("偃师市").orElseThrow().code());
        assertEquals("410308", gazetteer.formerNameOf("孟津县").orElseThrow().code());
        assertTrue(gazetteer.formerNameOf("枣阳市").isEmpty());
        assertTrue(gazetteer.formerNameOf("罗湖县").isPresent());
        assertTrue(gazetteer.formerNameOf("朝阳市").isEmpty()); // 辽宁 朝阳市 is a city of its own
        assertEquals("510117", gazetteer.formerNameOf("郫县").orElseThrow().code()); // one-character county → 郫都区
        assertTrue(gazetteer.formerNameOf("云县").isEmpty()); // 云州区's 云县 is a current county of 云南
    }

    @Test
    void gives_county_level_cities_and_forest_districts_the_county_level() {
        assertEquals(Level.COUNTY, gazetteer.byName("枣阳市").get(0).level());
        assertEquals(Level.COUNTY, gazetteer.byName("神农架林区").get(0).level());
        assertEquals(Level.DISTRICT, gazetteer.byName("罗湖区").get(0).level());
    }

    @Test
    void hangs_directly_administered_county_cities_under_their_province() {
        Division xiantao = gazetteer.byName("仙桃市").get(0);
        assertEquals("42", xiantao.parentCode());
        assertTrue(gazetteer.divisions().stream().noneMatch(d -> d.name().contains("直辖县级")));
    }

    @Test
    void lists_a_city_without_counties_once() {
        assertEquals(1, gazetteer.byName("东莞市").size());
        assertEquals(Level.CITY, gazetteer.byName("东莞市").get(0).level());
    }

    @Test
    void keeps_namesakes_apart_by_code() {
        List<String> codes = gazetteer.byName("龙华区").stream().map(Division::code).toList();
        assertEquals(List.of("440309", "460106"), codes);
    }

    @Test
    void derives_short_forms_of_autonomous_names() {
        assertEquals(List.of("黔西南州", "黔西南"), gazetteer.byName("黔西南布依族苗族自治州").get(0).shortNames());
        assertEquals("45", gazetteer.byName("广西").get(0).code());
        assertEquals("4403", gazetteer.byName("深圳").get(0).code());
    }

    @Test
    void hangs_municipality_districts_under_the_municipality() {
        Division chaoyang = gazetteer.byCode("110105").orElseThrow();
        assertEquals("11", chaoyang.parentCode());
        assertTrue(gazetteer.byCode("11").orElseThrow().isMunicipality());
    }
}
