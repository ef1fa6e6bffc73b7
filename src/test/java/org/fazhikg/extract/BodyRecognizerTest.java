package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodyRecognizerTest {
    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = new Extractor(Gazetteer.load());
    }

    /** Body mentions of a sentence: mention text → name template. */
    private static Map<String, String> bodies(String text) {
        Extraction e = extractor.extract(new Document("t", "t.txt", ReportMetadata.EMPTY, text));
        return e.mentions().stream().filter(m -> m.kind() == Kind.ORGANIZATION)
                .collect(Collectors.toMap(Mention::text, Mention::name, (a, b) -> a + "|" + b));
    }

    private static List<Mention> bodyMentions(String text) {
        return extractor.extract(new Document("t", "t.txt", ReportMetadata.EMPTY, text)).mentions().stream()
                .filter(m -> m.kind() == Kind.ORGANIZATION).toList();
    }

    @Test
    void keeps_only_the_innermost_region_of_a_full_name() {
        assertEquals("朝阳区人民政府", bodies("北京市朝阳区人民政府印发实施方案。").get("北京市朝阳区人民政府"));
    }

    @Test
    void leaves_the_region_of_a_deictic_prefix_to_the_linker() {
        Map<String, String> found = bodies("区委、区政府高度重视，区司法局牵头推进。");
        assertEquals("{区}委", found.get("区委"));
        assertEquals("{区}人民政府", found.get("区政府"));
        assertEquals("{区}司法局", found.get("区司法局"));
    }

    @Test
    void splits_party_committee_and_government_written_together() {
        Map<String, String> found = bodies("在县委县政府的坚强领导下开展工作。");
        assertEquals("{县}委", found.get("县委"));
        assertEquals("{县}人民政府", found.get("县政府"));
    }

    @Test
    void expands_department_short_forms() {
        Map<String, String> found = bodies("会同市住建局、市人社局和市卫健委开展检查。");
        assertEquals("{市}住房和城乡建设局", found.get("市住建局"));
        assertEquals("{市}人力资源和社会保障局", found.get("市人社局"));
        assertEquals("{市}卫生健康委员会", found.get("市卫健委"));
    }

    @Test
    void gives_bare_departments_the_issuing_region() {
        Map<String, String> found = bodies("组织公安局、应急局等部门联合执法。");
        assertEquals("{}公安局", found.get("公安局"));
        assertEquals("{}应急管理局", found.get("应急局"));
    }

    @Test
    void reads_the_issuer_after_a_verb_but_not_in_words_ending_in_ju() {
        Map<String, String> found = bodies("及时调整局依法行政工作领导小组，制定局党组理论学习中心组学法计划，服从大局党组织。");
        assertEquals("{本机关}依法行政工作领导小组", found.get("局依法行政工作领导小组"));
        assertEquals("{本机关}党组理论学习中心组", found.get("局党组理论学习中心组"));
        assertTrue(found.keySet().stream().noneMatch(k -> k.startsWith("局党组织")), found.toString());
    }

    @Test
    void reads_the_shi_of_border_trade_as_no_city_prefix() {
        assertTrue(bodies("成立边民互市贸易纠纷人民调解委员会。").containsKey("边民互市贸易纠纷人民调解委员会"),
                bodies("成立边民互市贸易纠纷人民调解委员会。").toString());
    }

    @Test
    void keeps_a_faculty_with_its_university() {
        assertTrue(bodies("邀请西北政法大学法学院教授授课。").containsKey("西北政法大学法学院"), bodies("邀请西北政法大学法学院教授授课。").toString());
    }

    @Test
    void reads_the_issuer_from_first_person_words() {
        Map<String, String> found = bodies("今年我局共办理复议案件。局党组专题研究部署。");
        assertEquals("{本机关}", found.get("我局"));
        assertEquals("{本机关}党组", found.get("局党组"));
    }

    @Test
    void expands_rule_of_law_offices_with_their_level() {
        Map<String, String> found = bodies("县委依法治县办印发要点，依法治县委员会召开会议。");
        assertEquals("{县}委全面依法治县委员会办公室", found.get("县委依法治县办"));
        assertEquals("{县}委全面依法治县委员会", found.get("依法治县委员会"));
    }

    @Test
    void shares_one_head_among_listed_coordination_groups() {
        List<Mention> found = bodyMentions("县委全面依法治县委员会下设立法、执法、守法普法协调小组。").stream()
                .filter(m -> m.name().endsWith("协调小组")).toList();
        assertEquals(List.of("{}委全面依法治{}委员会立法协调小组", "{}委全面依法治{}委员会执法协调小组",
                "{}委全面依法治{}委员会守法普法协调小组"), found.stream().map(Mention::name).toList());
        assertTrue(found.stream().allMatch(m -> m.text().equals("立法、执法、守法普法协调小组")));
    }

    @Test
    void shares_one_head_among_listed_regions() {
        List<Mention> found = bodyMentions("指导甲乙市、安阳市、鹤壁市司法局开展试点工作。");
        assertTrue(found.stream().map(Mention::name).toList().containsAll(List.of("安阳市司法局", "鹤壁市司法局")));
    }

    @Test
    void keeps_the_longest_of_nested_names() {
        Map<String, String> found = bodies("撤销城关公证处党支部，指导县律师行业党支部建设。");
        assertFalse(found.containsKey("城关公证处"));
        assertEquals("{县}律师行业党支部", found.get("县律师行业党支部"));
    }

    @Test
    void ignores_plural_and_generic_references() {
        Map<String, String> found = bodies("组织各执法单位和12个乡镇司法所参加培训，各区司法局派员参加，全区人民调解委员会调处纠纷。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void ignores_bodies_inside_titles() {
        assertTrue(bodies("印发《市人民政府办公室关于加强执法监督的通知》。").isEmpty());
    }

    @Test
    void finds_named_bodies_after_founding_verbs() {
        Map<String, String> found = bodies("牵头组建营商环境法律服务专家团，成立全省首家知识产权纠纷人民调解委员会。");
        assertEquals("营商环境法律服务专家团", found.get("营商环境法律服务专家团"));
        assertEquals("知识产权纠纷人民调解委员会", found.get("知识产权纠纷人民调解委员会"));
    }

    @Test
    void does_not_take_a_clause_for_a_name() {
        Map<String, String> found = bodies("在重点行业拓展基层人民调解组织建设。全力服务中心大局。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void leaves_township_bodies_to_the_issuing_subdistrict() {
        assertEquals("{街道}党工委", bodies("街道党工委书记履行第一责任人职责。").get("街道党工委"));
    }

    @Test
    void maps_a_superior_bureau_written_by_level_alone() {
        Map<String, String> found = bodies("多项工作得到市局和省厅的肯定。");
        assertEquals("{市}局", found.get("市局"));
        assertEquals("{省}厅", found.get("省厅"));
    }

    @Test
    void reads_an_enumeration_of_levels_sharing_a_court() {
        List<Mention> found = bodyMentions("推动市、区两级法院与行政机关良性互动。");
        assertEquals(List.of("{市}法院", "{区}法院"), found.stream().map(Mention::name).toList());
    }

    @Test
    void names_a_functional_zone_committee_after_its_city() {
        assertEquals("{市简}经济技术开发区管理委员会", bodies("联合经开区管委会开展检查。").get("经开区管委会"));
    }

    @Test
    void keeps_central_bodies_as_written() {
        Map<String, String> found = bodies("按照党中央、国务院部署，司法部指导开展。");
        assertEquals("中共中央", found.get("党中央"));
        assertEquals("国务院", found.get("国务院"));
        assertEquals("司法部", found.get("司法部"));
    }

    @Test
    void types_bodies_by_their_head() {
        Map<String, String> types = extractor.extract(new Document("t", "t.txt", ReportMetadata.EMPTY,
                        "区委政法委、区人民法院、区人民检察院、区公共法律服务中心和区医疗纠纷人民调解委员会。"))
                .mentions().stream().filter(m -> m.kind() == Kind.ORGANIZATION)
                .collect(Collectors.toMap(Mention::text, Mention::category));
        assertEquals("party_body", types.get("区委政法委"));
        assertEquals("court", types.get("区人民法院"));
        assertEquals("procuratorate", types.get("区人民检察院"));
        assertEquals("centre", types.get("区公共法律服务中心"));
        assertEquals("mediation_org", types.get("区医疗纠纷人民调解委员会"));
    }

    @Test
    void takes_deputies_and_members_for_no_body() {
        Map<String, String> found = bodies("邀请区人大代表、区政协委员和全国人大代表参加评议，办理政协提案5件。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void reads_central_heading_a_level_enumeration_as_the_party_centre() {
        assertEquals("中共中央", bodies("全面贯彻中央、省、州关于禁毒工作的部署。").get("中央"));
        assertFalse(bodies("建设中央厨房、省级示范点。").containsKey("中央"));
    }

    @Test
    void keeps_a_township_unit_named_by_its_place_as_written() {
        Map<String, String> found = bodies("会上，塘口派出所、沙溪司法所交流经验；各派出所和基层司法所参加。");
        assertEquals("塘口派出所", found.get("塘口派出所"), found.toString());
        assertEquals("沙溪司法所", found.get("沙溪司法所"), found.toString());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void counts_and_campaign_labels_are_no_bodies() {
        assertEquals(Map.of(), bodies("全县有律师事务所12家、公证处3家、镇街公共法律服务工作站26个。"));
        assertEquals(Map.of(), bodies("协会推进“规范律所”建设。"));
        assertEquals(1, bodies("建成县级公共法律服务中心1个。").size());
    }
}
