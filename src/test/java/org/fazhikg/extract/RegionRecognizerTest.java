package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionRecognizerTest {
    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = new Extractor(Gazetteer.load());
    }

    private static List<Mention> regions(String text) {
        return extractor.extract(new Document("t", "t.txt", ReportMetadata.EMPTY, text)).mentions().stream()
                .filter(m -> m.kind() == Kind.REGION).toList();
    }

    private static List<String> names(String text) {
        return regions(text).stream().map(Mention::name).toList();
    }

    @Test
    void finds_full_names_and_short_forms() {
        List<Mention> found = regions("成都市与黔西南州、广西开展协作。");
        assertEquals(List.of("成都市", "黔西南布依族苗族自治州", "广西壮族自治区"), found.stream().map(Mention::name).toList());
        assertEquals(List.of("city", "city", "province"), found.stream().map(Mention::category).toList());
    }

    @Test
    void leaves_namesakes_to_the_linker() {
        Mention m = regions("鼓楼区推行柔性执法。").get(0);
        assertEquals("鼓楼区", m.name());
        assertEquals("district", m.category());
    }

    @Test
    void writes_deixis_as_level_words() {
        assertEquals(List.of("{区}", "{市}", "{省}", "{县}"), names("我区在全市率先推行，全省首家；全县覆盖。"));
    }

    @Test
    void finds_deictic_prefixes_of_bodies() {
        List<Mention> found = regions("报请省政府和市委同意。");
        assertEquals(List.of("{省}", "{市}"), found.stream().map(Mention::name).toList());
        assertEquals("省", found.get(0).text());
    }

    @Test
    void finds_deixis_in_level_enumerations() {
        assertEquals(List.of("{省}", "{市}", "{区}"), names("落实省、市、区有关要求。"));
    }

    @Test
    void finds_subdistricts_and_communities_by_suffix() {
        List<Mention> found = regions("指导石岩街道、松岗镇和凤凰社区开展创建。");
        assertTrue(found.stream().anyMatch(m -> m.name().equals("石岩街道") && m.category().equals("subdistrict")), found::toString);
        assertTrue(found.stream().anyMatch(m -> m.name().equals("凤凰社区") && m.category().equals("community")), found::toString);
    }

    @Test
    void skips_generic_places() {
        List<String> found = names("推进城乡社区治理，创建民主法治示范村，整治城中村，10个街道全覆盖。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void skips_development_zones_and_the_nation() {
        List<String> found = names("高新区和经开区对标全国先进，建设自贸片区。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void does_not_read_names_across_words() {
        List<String> found = names("梳理15项城市管理事项，新华社报道，长治久安。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void skips_words_ending_like_a_level() {
        List<String> found = names("小区物业、城市更新、市场主体、区域协调。");
        assertFalse(found.contains("{区}") || found.contains("{市}"), found::toString);
    }

    @Test
    void keeps_quantifiers_and_determiners_out_of_place_names() {
        List<String> found = names("全省1200个乡镇、30个街乡和部分社区推行，在全市首个社区开展，3.2万个村覆盖。");
        assertTrue(found.stream().noneMatch(n -> n.contains("个") || n.startsWith("部分")), found.toString());
    }

    @Test
    void keeps_verbs_out_of_place_names() {
        List<String> found = names("梳理公布街道职权事项，严格执行街道议事规则，大事不出社区。");
        assertTrue(found.stream().noneMatch(n -> n.endsWith("街道") || n.endsWith("社区")), found.toString());
    }

    @Test
    void runs_a_community_name_back_to_the_previous_boundary() {
        assertTrue(names("推动花园路北里社区等5个社区创建。").contains("花园路北里社区"), names("推动花园路北里社区等5个社区创建。").toString());
        assertTrue(names("获评示范社区。琅琊路社区开展法律服务。").contains("琅琊路社区"), names("获评示范社区。琅琊路社区开展法律服务。").toString());
        assertTrue(names("在颐和路社区打造广场，颐和路社区被评为示范。").contains("颐和路社区"), names("在颐和路社区打造广场，颐和路社区被评为示范。").toString());
        assertTrue(names("工作组在玉泉路社区打造法治广场。").contains("玉泉路社区"), names("工作组在玉泉路社区打造法治广场。").toString());
        assertTrue(names("在玉泉路社区打造法治广场。").contains("玉泉路社区"), names("在玉泉路社区打造法治广场。").toString());
        assertTrue(names("青山镇桃花井村被命名为示范村。").contains("桃花井村"), names("青山镇桃花井村被命名为示范村。").toString());
    }

    @Test
    void finds_no_place_in_common_phrases_with_place_suffixes() {
        List<String> found = names("建设美丽乡村，推进乡村振兴，选派驻村第一书记，创建文明村镇，开展法律进社区活动，完善城乡社区治理。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void finds_inner_mongolian_townships_and_villages() {
        List<Mention> found = regions("额尔敦苏木阿拉坦嘎查建成法治文化广场。");
        assertEquals(List.of("额尔敦苏木", "阿拉坦嘎查"), found.stream().map(Mention::name).toList());
        assertEquals(List.of("subdistrict", "community"), found.stream().map(Mention::category).toList());
        assertEquals(List.of(), names("各苏木、嘎查村和苏木镇均设立调解室。"));
        assertEquals(List.of("宝力根花苏木"), names("会议确定，宝力根花苏木为试点。"));
    }

    @Test
    void finds_no_place_in_descriptors_or_collectives() {
        assertEquals(List.of(), names("获评“枫桥式”司法所标杆社区，服务向偏远镇村延伸。"));
    }

    @Test
    void finds_no_town_or_village_in_descriptors_slogans_or_verbs() {
        assertEquals(List.of(), names("边远村寨缺少律师，推进简政强镇事权改革，扩权强镇后组织街道干部参加培训。"));
        assertTrue(names("青石街道组织干部参加培训。").contains("青石街道"), names("青石街道组织干部参加培训。").toString());
    }

    @Test
    void the_common_nouns_for_the_countryside_are_no_village_or_town() {
        assertEquals(List.of(), names("推动法律服务向农村延伸，引导群众尤其是农村群众依法维权，加快城镇建设。"));
        assertTrue(names("在石门村开展普法活动。").contains("石门村"), names("在石门村开展普法活动。").toString());
    }

    @Test
    void ends_a_village_name_at_a_conjunction_after_a_body() {
        List<String> found = names("河口镇司法所与河口派出所联合设立调解室。");
        assertTrue(found.contains("河口镇"), found.toString());
        assertTrue(found.stream().noneMatch(n -> n.contains("与")), found.toString());
    }

    @Test
    void keeps_names_the_segmenter_breaks_into_characters() {
        assertTrue(names("勒石街道众乐村入选示范村。").contains("勒石街道"), names("勒石街道众乐村入选示范村。").toString());
        assertTrue(names("英吉沙县托格拉克镇司法所获表彰。").contains("托格拉克镇"), names("英吉沙县托格拉克镇司法所获表彰。").toString());
        assertTrue(names("金桥新镇举办宣传月活动。").contains("金桥新镇"), names("金桥新镇举办宣传月活动。").toString());
        assertTrue(names("建设“法治乌镇、平安乌镇”。").stream().noneMatch(n -> n.startsWith("平安")), names("建设“法治乌镇、平安乌镇”。").toString());
    }

    @Test
    void reads_a_short_city_name_before_ju_as_a_dispatched_bureau() {
        assertEquals(List.of(), names("国家督察广州局、成都局开展督察。"));
        assertEquals(List.of("黔西南布依族苗族自治州", "成都市"), names("黔西南州局、成都市局获表彰。"));
    }

    @Test
    void keeps_two_character_towns_broken_after_their_first_character() {
        List<String> found = names("在双岭镇、喜渡镇推行网格化管理。");
        assertTrue(found.containsAll(List.of("双岭镇", "喜渡镇")), found.toString());
        assertEquals(List.of(), names("全面推进两镇一村建设。"));
    }

    @Test
    void keeps_a_community_whose_name_ends_in_a_conjunction_character() {
        List<String> found = names("上坪镇太和社区调解室获评先进。");
        assertTrue(found.containsAll(List.of("上坪镇", "太和社区")), found.toString());
        assertTrue(names("街道和社区开展普法。").stream().noneMatch(n -> n.contains("和")), names("街道和社区开展普法。").toString());
    }

    @Test
    void reads_ethnic_townships_whole() {
        List<String> found = names("红崖回族乡、清水民族乡开展普法，石岭彝族乡用双语宣讲法律。");
        assertTrue(found.containsAll(List.of("红崖回族乡", "清水民族乡", "石岭彝族乡")), found.toString());
        assertTrue(found.stream().noneMatch(n -> n.equals("回族乡") || n.equals("彝族乡")), found.toString());
        assertEquals(List.of(), names("少数民族乡镇开展普法。"));
    }

    @Test
    void keeps_a_compass_market_before_jiedao_but_no_verb() {
        assertTrue(names("北市街道调解室成功调解纠纷。").contains("北市街道"), names("北市街道调解室成功调解纠纷。").toString());
        assertEquals(List.of(), names("厘清街道与部门权责边界。"));
        assertTrue(names("全市街道开展普法。").stream().noneMatch(n -> n.endsWith("街道")), names("全市街道开展普法。").toString());
    }

    @Test
    void keeps_full_names_cut_after_their_first_character_but_not_after_a_count() {
        List<String> found = names("吴江区、相城区开展试点，三沙市首次开展执法行动。");
        assertTrue(found.containsAll(List.of("吴江区", "相城区", "三沙市")), found.toString());
        assertEquals(List.of(), names("我们在15项城市管理领域开展整治。"));
    }

    @Test
    void reads_a_common_word_division_only_after_the_city_that_has_it() {
        assertTrue(names("阳泉市城区开展行政执法检查。").contains("城区"), names("阳泉市城区开展行政执法检查。").toString());
        assertTrue(names("对大理市城区集中供热改造项目开展评估。").stream().noneMatch(n -> n.equals("城区")),
                names("对大理市城区集中供热改造项目开展评估。").toString());
    }

    @Test
    void reads_no_region_in_a_zone_name_or_an_anonymised_firm() {
        assertEquals(List.of(), names("将考核覆盖到济源示范区和南昌高新区。"));
        assertEquals(List.of(), names("聘请广东某律师事务所律师担任法律顾问。"));
        assertEquals(List.of("广东省"), names("聘请广东律师担任法律顾问。"));
    }

    @Test
    void keeps_a_street_name_whose_first_character_looks_like_a_preposition() {
        assertTrue(names("另有按察司街社区获评示范社区。").contains("按察司街社区"));
        assertTrue(names("按规定，社区开展自查。").isEmpty());
    }

    @Test
    void reads_a_subdistrict_written_after_its_district_as_two_mentions_and_no_website_as_a_place() {
        assertEquals(List.of("城关区", "八廓街道"), names("城关区八廓街道司法所获表彰。"));
        assertEquals(List.of("{区}"), names("通过区政府门户网站街道专栏公开信息。"));
    }
}
