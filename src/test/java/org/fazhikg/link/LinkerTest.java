package org.fazhikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.extract.Extractor;
import org.fazhikg.extract.Kind;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static Extractor extractor;
    private static Linker linker;

    @BeforeAll
    static void load() {
        Gazetteer gazetteer = Gazetteer.load();
        extractor = new Extractor(gazetteer);
        linker = new Linker(gazetteer);
    }

    static Linked link(String text, ReportMetadata metadata) {
        return linker.link(extractor.extract(new Document("t", "t.txt", metadata, text)));
    }

    static Linked link(String text) {
        return link(text, ReportMetadata.EMPTY);
    }

    static ReportMetadata issuedBy(String issuer, String region) {
        return new ReportMetadata(null, issuer, region, 2021, null, null);
    }

    /** Canonical names of the mentions of one kind. */
    static Set<String> canonicals(Linked linked, Kind kind) {
        return linked.mentions().stream().filter(r -> r.mention().kind() == kind).map(Resolved::canonical).collect(Collectors.toSet());
    }

    /** Mention text → canonical name, for bodies. */
    static Map<String, String> bodies(Linked linked) {
        return linked.mentions().stream().filter(r -> r.mention().kind() == Kind.ORGANIZATION)
                .collect(Collectors.toMap(r -> r.mention().text(), Resolved::canonical, (a, b) -> a));
    }

    static Entity region(Linked linked, String name) {
        return linked.entities().stream().filter(e -> e.kind() == Kind.REGION && e.label().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void tells_two_districts_of_one_name_apart_by_their_city() {
        Linked haikou = link("海口市龙华区司法局2021年法治政府建设年度报告\n龙华区坚持依法行政，我区执法水平持续提升。");
        Linked shenzhen = link("深圳市龙华区司法局2021年法治政府建设年度报告\n龙华区坚持依法行政，我区执法水平持续提升。");
        assertEquals("460106", region(haikou, "龙华区").key());
        assertEquals("440309", region(shenzhen, "龙华区").key());
        assertEquals("4403", region(shenzhen, "龙华区").regionKey());
    }

    @Test
    void reads_whole_region_in_an_autonomous_region_report_as_the_autonomous_region() {
        Linked linked = link("2021年，全区司法行政系统推进法治建设，自治区司法厅牵头。", issuedBy("广西壮族自治区司法厅", "广西壮族自治区"));
        assertEquals(Set.of("广西壮族自治区"), canonicals(linked, Kind.REGION));
        assertEquals("广西壮族自治区司法厅", bodies(linked).get("自治区司法厅"));
    }

    @Test
    void reads_whole_region_in_a_district_of_an_autonomous_region_as_the_district() {
        Linked linked = link("全区共办理行政复议案件30件，区委区政府高度重视。", issuedBy("南宁市青秀区人民政府", "青秀区"));
        assertEquals(Set.of("青秀区"), canonicals(linked, Kind.REGION));
        assertEquals("青秀区委", bodies(linked).get("区委"));
    }

    @Test
    void writes_the_party_committee_of_an_autonomous_region_as_its_party_committee() {
        Linked linked = link("在自治区党委的领导下，区党委政法委统筹推进。", issuedBy("广西壮族自治区司法厅", "广西壮族自治区"));
        assertEquals("广西壮族自治区党委", bodies(linked).get("自治区党委"));
    }

    @Test
    void resolves_first_person_bodies_to_the_issuer() {
        Linked linked = link("2020年，我局坚持依法行政。局党组专题研究，局机关全体干部参加学法。", issuedBy("襄城区司法局", "襄城区"));
        Map<String, String> found = bodies(linked);
        assertEquals("襄城区司法局", found.get("我局"));
        assertEquals("襄城区司法局党组", found.get("局党组"));
        assertEquals("襄城区司法局", found.get("局机关"));
        assertEquals("襄城区司法局", linked.issuer().label());
        assertEquals("420602", linked.issuerRegion().key());
    }

    @Test
    void finds_the_issuer_in_the_heading_without_metadata() {
        Linked linked = link("南京市鼓楼区司法局关于2022年度法治政府建设情况的报告\n2022年，我局扎实推进法治政府建设。");
        assertEquals("鼓楼区司法局", linked.issuer().label());
        assertEquals("320106", linked.issuerRegion().key());
        assertEquals("鼓楼区司法局", bodies(linked).get("我局"));
    }

    @Test
    void reads_a_subdistrict_report_from_its_title_when_the_metadata_keeps_only_a_stem() {
        Linked linked = link("杭州市西湖区宁波路街道办事处2017年度法治政府建设工作报告\n本街道在区委、区政府领导下，全市率先打造“法治宁波”品牌，区法院给予指导。",
                new ReportMetadata(null, null, "宁波", 2017, null, null));
        assertEquals("宁波路街道", linked.issuerRegion().label());
        Map<String, String> found = bodies(linked);
        assertEquals("西湖区委", found.get("区委"));
        assertEquals("西湖区人民法院", found.get("区法院"));
        assertTrue(canonicals(linked, Kind.REGION).contains("杭州市"));
        assertFalse(canonicals(linked, Kind.REGION).contains("宁波市"));
    }

    @Test
    void links_a_former_county_name_to_the_district_it_became() {
        Linked linked = link("郑州市文化和旅游局2016年法治政府建设工作报告\n上街县文物工作有序推进。", issuedBy("郑州市文化和旅游局", "郑州市"));
        Entity former = region(linked, "上街县");
        assertEquals(gazetteerCode("上街区"), former.key());
        assertEquals("county", former.category());
    }

    @Test
    void reads_a_district_bureau_in_a_city_bureau_report_as_the_same_department() {
        Linked linked = link("二七区局、上街县局被评为先进单位。", issuedBy("郑州市生态环境局", "郑州市"));
        Map<String, String> found = bodies(linked);
        assertEquals("二七区生态环境局", found.get("二七区局"));
        assertEquals("上街县生态环境局", found.get("上街县局"));
        assertFalse(found.containsKey("市局"));
    }

    @Test
    void expands_government_office_and_city_management_short_forms_literally() {
        Map<String, String> found = bodies(link("市政府法制办、县城管局、县住房城乡建设委和县综合行政执法局联合开展检查。", issuedBy("宜宾市屏山县人民政府", "屏山县")));
        assertEquals("宜宾市人民政府法制办公室", found.get("市政府法制办"));
        assertEquals("屏山县城市管理局", found.get("县城管局"));
        assertEquals("屏山县住房和城乡建设委员会", found.get("县住房城乡建设委"));
        assertEquals("屏山县综合行政执法局", found.get("县综合行政执法局"));
    }

    @Test
    void reads_a_bare_party_working_committee_as_the_subdistrict_s_own() {
        Linked subdistrict = link("议题提交党工委会议集体研究，严格执行党工委中心组学法制度。", issuedBy("杭州市西湖区北山街道办事处", "西湖区"));
        assertEquals("北山街道党工委", bodies(subdistrict).get("党工委"));
        assertEquals("北山街道党工委理论学习中心组", bodies(subdistrict).get("党工委中心组"));
        Linked centre = link("街道为民服务中心全面推行一窗受理。", issuedBy("杭州市西湖区北山街道办事处", "西湖区"));
        assertEquals("北山街道为民服务中心", bodies(centre).get("街道为民服务中心"));
        Linked district = link("议题提交党工委会议集体研究。", issuedBy("杭州市西湖区人民政府", "西湖区"));
        assertFalse(bodies(district).containsKey("党工委"));
    }

    private static String gazetteerCode(String name) {
        return Gazetteer.load().byName(name).get(0).code();
    }

    @Test
    void resolves_superior_bureaus_from_a_district_report() {
        Linked linked = link("工作得到市司法局、市局和省厅的肯定，省司法厅予以通报表扬，市局法治督察处派员指导。", issuedBy("深圳市罗湖区司法局", "罗湖区"));
        Map<String, String> found = bodies(linked);
        assertEquals("深圳市司法局", found.get("市司法局"));
        assertEquals("深圳市司法局", found.get("市局"));
        assertEquals("广东省司法厅", found.get("省厅"));
        assertEquals("广东省司法厅", found.get("省司法厅"));
        assertEquals("深圳市司法局法治督察处", found.get("市局法治督察处"));
        assertTrue(canonicals(linked, Kind.REGION).containsAll(Set.of("深圳市", "广东省")));
    }

    @Test
    void names_courts_by_the_level_of_their_region() {
        Linked city = link("联合法院、检察院建立联动机制。", issuedBy("襄阳市司法局", "襄阳市"));
        Linked district = link("联合法院、检察院建立联动机制。", issuedBy("襄城区司法局", "襄城区"));
        assertEquals("襄阳市中级人民法院", bodies(city).get("法院"));
        assertEquals("襄阳市人民检察院", bodies(city).get("检察院"));
        assertEquals("襄城区人民法院", bodies(district).get("法院"));
    }

    @Test
    void resolves_a_shared_court_of_two_levels_in_a_district_report() {
        Linked linked = link("推动市、区两级法院开展府院联动。", issuedBy("襄城区人民政府", "襄城区"));
        assertEquals(Set.of("襄阳市中级人民法院", "襄城区人民法院"), canonicals(linked, Kind.ORGANIZATION));
    }

    @Test
    void drops_bodies_whose_level_the_report_does_not_have() {
        Linked linked = link("指导区司法局、街道司法所和县政府开展工作，市司法局统筹。", issuedBy("襄阳市司法局", "襄阳市"));
        assertEquals(Set.of("襄阳市司法局"), canonicals(linked, Kind.ORGANIZATION));
    }

    @Test
    void expands_rule_of_law_bodies_with_the_issuing_region() {
        Linked linked = link("召开县委全面依法治县委员会会议，依法治县办统筹，执法协调小组推进。", issuedBy("婺源县司法局", "婺源县"));
        Map<String, String> found = bodies(linked);
        assertEquals("婺源县委全面依法治县委员会", found.get("县委全面依法治县委员会"));
        assertEquals("婺源县委全面依法治县委员会办公室", found.get("依法治县办"));
        assertEquals("婺源县委全面依法治县委员会执法协调小组", found.get("执法协调小组"));
    }

    @Test
    void places_a_district_branch_under_the_city_bureau() {
        Linked linked = link("引导区规划资源分局成立调解组织。", issuedBy("广州市天河区司法局", "天河区"));
        assertEquals("广州市规划和自然资源局天河区分局", bodies(linked).get("区规划资源分局"));
    }

    @Test
    void names_arbitration_and_zone_bodies_after_the_city() {
        Linked linked = link("仲裁委秘书处受理案件，联合高新区管委会开展培训。", issuedBy("宜昌市司法局", "宜昌市"));
        Map<String, String> found = bodies(linked);
        assertEquals("宜昌仲裁委员会秘书处", found.get("仲裁委秘书处"));
        assertEquals("宜昌高新技术产业开发区管理委员会", found.get("高新区管委会"));
        assertFalse(canonicals(linked, Kind.REGION).contains("高新区"));
    }

    @Test
    void accepts_short_forms_of_districts_only_in_their_own_city() {
        Linked linked = link("和平发展理念下，指导福田、南山两区开展试点。", issuedBy("深圳市司法局", "深圳市"));
        Set<String> regions = canonicals(linked, Kind.REGION);
        assertTrue(regions.containsAll(Set.of("南山区")), regions::toString);
        assertFalse(regions.contains("和平区"), regions::toString);
    }

    @Test
    void links_a_short_reference_to_the_full_name_said_before() {
        Linked linked = link("牵头成立区司法局法律顾问审查委员会，全年召开法律顾问审查委员会会议6次。", issuedBy("海珠区司法局", "海珠区"));
        assertEquals("海珠区司法局法律顾问审查委员会", bodies(linked).get("法律顾问审查委员会"));
    }

    @Test
    void nests_units_under_their_body() {
        Linked linked = link("区司法局党支部获评先进，区委常委会专题研究。", issuedBy("罗湖区司法局", "罗湖区"));
        Map<String, Entity> byLabel = linked.entities().stream().filter(e -> e.kind() == Kind.ORGANIZATION)
                .collect(Collectors.toMap(Entity::label, e -> e));
        assertEquals("罗湖区司法局", byLabel.get("罗湖区司法局党支部").parentKey());
        assertEquals("440303", byLabel.get("罗湖区司法局党支部").regionKey());
        assertNull(byLabel.get("罗湖区委常委会").parentKey()); // 罗湖区委 itself is not named here
    }

    @Test
    void keys_a_name_without_place_under_its_region() {
        Linked linked = link("设立企业合规服务中心，司法部予以推广。", issuedBy("罗湖区司法局", "罗湖区"));
        Map<String, String> keys = linked.entities().stream().filter(e -> e.kind() == Kind.ORGANIZATION)
                .collect(Collectors.toMap(Entity::label, Entity::key));
        assertEquals("440303/企业合规服务中心", keys.get("企业合规服务中心"));
        assertEquals("司法部", keys.get("司法部"));
    }

    @Test
    void places_subdistricts_under_the_region_named_before_them() {
        Linked linked = link("指导天河区石牌街道和员村街道开展创建。", issuedBy("广州市司法局", "广州市"));
        assertEquals("440106", region(linked, "石牌街道").regionKey());
        assertEquals("440106/石牌街道", region(linked, "石牌街道").key());
        assertEquals("4401", region(linked, "员村街道").regionKey());
    }

    @Test
    void reads_a_provincial_department_speaking_of_itself() {
        Linked linked = link("湖北省生态环境厅2020年法治政府建设工作报告\n我厅在省委领导下推进法治建设，厅党组专题研究5次，指导武汉市生态环境局开展执法。");
        assertEquals("湖北省生态环境厅", linked.issuer().label());
        Map<String, String> found = bodies(linked);
        assertEquals("湖北省生态环境厅", found.get("我厅"));
        assertEquals("湖北省生态环境厅党组", found.get("厅党组"));
        assertEquals("武汉市生态环境局", found.get("武汉市生态环境局"));
    }

    @Test
    void reads_city_deixis_in_a_county_level_city_as_that_city() {
        Linked linked = link("全市各镇街建立调解中心，市委全面依法治市委员会统筹推进。", issuedBy("义乌市人民政府", "义乌市"));
        assertEquals(Set.of("义乌市"), canonicals(linked, Kind.REGION));
        assertEquals("义乌市委全面依法治市委员会", bodies(linked).get("市委全面依法治市委员会"));
    }

    @Test
    void reads_city_deixis_in_a_municipal_district_as_the_municipality() {
        Linked linked = link("在市委、市政府和区委的领导下，朝阳区推进依法行政。", issuedBy("北京市朝阳区人民政府", "朝阳区"));
        Map<String, String> found = bodies(linked);
        assertEquals("北京市委", found.get("市委"));
        assertEquals("朝阳区委", found.get("区委"));
        assertEquals("110105", linked.issuerRegion().key());
    }

    @Test
    void reads_banner_deixis() {
        Linked linked = link("在旗委的领导下，旗政府推进依法行政，全旗执法水平提升。", issuedBy("鄂托克旗人民政府", "鄂托克旗"));
        assertEquals("鄂托克旗委", bodies(linked).get("旗委"));
        assertEquals("鄂托克旗人民政府", bodies(linked).get("旗政府"));
        assertEquals(Set.of("鄂托克旗"), canonicals(linked, Kind.REGION));
    }

    @Test
    void lets_first_person_deixis_refine_a_city_level_metadata_region() {
        Linked linked = link("深圳市福田区司法局2021年法治政府建设年度报告\n我区推进依法行政，我区执法水平提升。", issuedBy(null, "深圳市"));
        assertEquals("福田区", linked.issuerRegion().label());
    }

    @Test
    void normalises_the_issuer_of_the_metadata() {
        Linked party = link("我办统筹推进法治建设。", issuedBy("中共深圳市罗湖区委全面依法治区委员会办公室", null));
        assertEquals("罗湖区委全面依法治区委员会办公室", party.issuer().label());
        Linked bare = link("我局推进依法行政。", issuedBy("司法局", "南山区"));
        assertEquals("南山区司法局", bare.issuer().label());
        assertEquals("南山区司法局", bodies(bare).get("我局"));
    }
}
