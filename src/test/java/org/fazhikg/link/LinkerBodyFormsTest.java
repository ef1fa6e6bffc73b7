package org.fazhikg.link;

import static org.fazhikg.link.LinkerTest.bodies;
import static org.fazhikg.link.LinkerTest.issuedBy;
import static org.fazhikg.link.LinkerTest.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Body names by the issuer's kind (ministry, subdistrict, autonomous prefecture) and what is no body. */
class LinkerBodyFormsTest {
    @BeforeAll
    static void load() {
        LinkerTest.load();
    }

    /** Asserts mention → canonical pairs, given one after the other. */
    private static void assertResolved(Map<String, String> found, String... mentionsAndCanonicals) {
        for (int k = 0; k < mentionsAndCanonicals.length; k += 2)
            assertEquals(mentionsAndCanonicals[k + 1], found.get(mentionsAndCanonicals[k]), found.toString());
    }

    @Test
    void resolves_a_ministry_speaking_of_itself() {
        Linked linked = link("我部坚持依法行政。部党组理论学习中心组开展专题学习，部机关全体干部参加。部法规司会同有关司局推进审查，"
                + "全部干部参加培训，内部审查加强。案例入选司法部司法鉴定案例库。", issuedBy("生态环境部", "中华人民共和国"));
        Map<String, String> found = bodies(linked);
        assertEquals("生态环境部", linked.issuer().label());
        assertResolved(found, "我部", "生态环境部", "部机关", "生态环境部", "部党组理论学习中心组", "生态环境部党组理论学习中心组",
                "部法规司", "生态环境部法规司", "司法部", "司法部");
        assertTrue(found.keySet().stream().noneMatch(m -> m.contains("全部") || m.contains("内部") || m.startsWith("干部")), found.toString());
    }

    @Test
    void resolves_a_subdistrict_office_speaking_of_itself() {
        assertResolved(bodies(link("北山街道党工委、办事处坚持依法治理，我街道在全区考评中获得第一名。", issuedBy("杭州市西湖区北山街道办事处", "北山街道"))),
                "办事处", "北山街道办事处", "我街道", "北山街道办事处");
        // in a district's report a bare 办事处 is any subdistrict's: no body
        Linked district = link("各街道党工委、办事处坚持依法治理。", issuedBy("杭州市西湖区人民政府", "西湖区"));
        assertNull(bodies(district).get("办事处"));
    }

    @Test
    void names_the_party_organs_of_an_autonomous_prefecture_in_full() {
        Linked linked = link("在州委的领导下，州委党校开展培训，州中级法院审结案件，省高级法院指导。",
                issuedBy("恩施土家族苗族自治州人民政府", "恩施土家族苗族自治州"));
        Map<String, String> found = bodies(linked);
        assertEquals("恩施土家族苗族自治州委", found.get("州委"));
        assertEquals("恩施土家族苗族自治州委党校", found.get("州委党校"));
        assertEquals("恩施土家族苗族自治州中级人民法院", found.get("州中级法院"));
        // a city keeps its short 市委 form (an autonomous region keeps 党委: LinkerTest)
        assertEquals("恩施市委", bodies(link("市委部署依法治市工作。", issuedBy("恩施市人民政府", "恩施市"))).get("市委"));
    }

    @Test
    void keeps_only_the_township_before_a_township_body() {
        Linked linked = link("恩施土家族苗族自治州巴东县青石岭镇司法所被评为先进。巴东县住房和城乡建设局加强执法。", issuedBy("巴东县人民政府", "巴东县"));
        Map<String, String> found = bodies(linked);
        java.util.Set<String> names = LinkerTest.canonicals(linked, org.fazhikg.extract.Kind.ORGANIZATION);
        assertTrue(names.contains("青石岭镇司法所") && names.stream().noneMatch(n -> n.startsWith("巴东县青石岭镇")), names.toString());
        assertEquals("巴东县住房和城乡建设局", found.get("巴东县住房和城乡建设局"));
    }

    @Test
    void expands_the_short_forms_of_courts_and_commissions() {
        Map<String, String> county = bodies(link("巴东法院、巴东检察院与县商务委联合开展普法。", issuedBy("巴东县人民政府", "巴东县")));
        assertResolved(county, "巴东法院", "巴东县人民法院", "巴东检察院", "巴东县人民检察院", "县商务委", "巴东县商务委员会");
        Map<String, String> district = bodies(link("滨海法院审结行政案件。", issuedBy("天津市滨海新区人民政府", "滨海新区")));
        assertEquals("滨海新区人民法院", district.get("滨海法院"));
        // a city's short name with 法院 names all its courts: kept as written
        Map<String, String> city = bodies(link("绵阳法院系统推进审判，绵阳法院审结案件。", issuedBy("绵阳市人民政府", "绵阳市")));
        assertTrue(city.values().stream().noneMatch(n -> n.contains("绵阳市中级") || n.contains("绵阳市人民法院")), city.toString());
    }

    @Test
    void reads_a_quoted_word_inside_a_name() {
        Map<String, String> found = bodies(link("北山街道打造北山街道矛盾纠纷“一站式”调处中心，推行“一站式”服务。",
                issuedBy("杭州市西湖区北山街道办事处", "北山街道")));
        assertEquals("北山街道矛盾纠纷一站式调处中心", found.get("北山街道矛盾纠纷“一站式”调处中心"), found.toString());
        assertTrue(found.keySet().stream().noneMatch(m -> m.endsWith("服务")), found.toString());
    }

    @Test
    void drops_the_division_before_a_township_and_its_body() {
        assertEquals("青石岭镇司法所", BodyResolver.lowestDivision("巴东县", "青石岭镇司法所"));
        assertEquals("东关街道办事处", BodyResolver.lowestDivision("某某区", "东关街道办事处"));
        assertEquals("巴东县住房和城乡建设局", BodyResolver.lowestDivision("巴东县", "住房和城乡建设局"));
        assertEquals("巴东县乡村振兴局", BodyResolver.lowestDivision("巴东县", "乡村振兴局"));
    }

    @Test
    void does_not_take_honour_titles_or_placeholders_for_bodies() {
        Linked linked = link("城关镇人民调解委员会获评全国模范人民调解委员会。县公证处被命名为全省首批“枫桥式公证处”。"
                + "聘请某律师事务所律师担任顾问。开展法律进社区、进学校活动。城关中学被评为“金牌调解室”。两个项目入选司法部第二批示范名单。",
                issuedBy("巴东县人民政府", "巴东县"));
        Map<String, String> found = bodies(linked);
        assertEquals("城关镇人民调解委员会", found.get("城关镇人民调解委员会"));
        assertEquals("巴东县公证处", found.get("县公证处"));
        assertEquals("司法部", found.get("司法部"));
        assertTrue(found.keySet().stream().noneMatch(m -> m.contains("模范") || m.contains("枫桥式") || m.contains("某")
                || m.equals("进学校") || m.contains("金牌")), found.toString());
        assertFalse(found.isEmpty());
        Linked courts = link("支持人民法院依法受理行政案件，县人民法院依法审结案件12件。", issuedBy("巴东县人民政府", "巴东县"));
        assertEquals("巴东县人民法院", bodies(courts).get("县人民法院"));
        assertFalse(bodies(courts).containsKey("人民法院"), bodies(courts).toString());
    }
    @Test
    void resolves_a_townships_own_units_written_with_the_level_word() {
        Linked linked = link("镇政府成立镇法治政府建设工作领导小组，镇便民服务中心运行良好，建成镇级法律服务中心。"
                + "整合城北司法所、城北人民法庭、城北市场监管所等力量。县纪委县监委开展监督。全年城管执法队立案37起。",
                issuedBy("青石岭镇人民政府", "巴东县青石岭镇"));
        assertResolved(bodies(linked), "镇政府", "青石岭镇人民政府", "镇法治政府建设工作领导小组", "青石岭镇法治政府建设工作领导小组",
                "镇便民服务中心", "青石岭镇便民服务中心", "镇级法律服务中心", "青石岭镇法律服务中心", "城北司法所", "城北司法所",
                "城北人民法庭", "巴东县人民法院城北人民法庭", "城北市场监管所", "城北市场监督管理所", "县纪委县监委", "巴东县纪委监委");
        // 全年 is a time adverb, not part of a name; a county's report has no township of its own
        assertTrue(bodies(linked).keySet().stream().noneMatch(m -> m.startsWith("全年")), bodies(linked).toString());
        assertNull(bodies(link("镇便民服务中心运行良好。", issuedBy("巴东县人民政府", "巴东县"))).get("镇便民服务中心"));
    }

    @Test
    void resolves_a_subdistricts_party_bodies_and_its_full_name() {
        Map<String, String> found = bodies(link("街道工委切实履行职责，组织街道工委理论学习中心组集体学法。街道纪工委开展监督。"
                + "接受区人大常委会北山工委监督。\n杭州市西湖区北山街道办事处\n", issuedBy("杭州市西湖区北山街道办事处", "北山街道")));
        assertResolved(found, "街道工委", "北山街道工委", "街道工委理论学习中心组", "北山街道工委理论学习中心组", "街道纪工委", "北山街道纪工委",
                "区人大常委会北山工委", "西湖区人大常委会北山工委", "杭州市西湖区北山街道办事处", "北山街道办事处");
        assertTrue(found.keySet().stream().noneMatch(m -> m.startsWith("组织")), found.toString());
    }

    @Test
    void names_a_district_branch_written_with_the_districts_short_name() {
        Map<String, String> found = bodies(link("对区市场监管局、生态环境局西湖分局等部门开展评议。邀请省社科院、苏州大学法学院专家授课。",
                issuedBy("杭州市西湖区人民政府", "西湖区")));
        assertResolved(found, "生态环境局西湖分局", "杭州市生态环境局西湖分局", "省社科院", "浙江省社会科学院", "苏州大学法学院", "苏州大学法学院");
    }
    @Test
    void reads_a_county_governments_groups_and_offices_to_their_edges() {
        Map<String, String> found = bodies(link("调整县推进依法行政工作领导小组，县政府法制办承担领导小组日常工作。县政府法律顾问室审核合同，"
                + "县政府法律顾问参与论证。健全县乡村三级调解组织。县房管局、县城管委、县大数据局加强执法。", issuedBy("巴东县人民政府", "巴东县")));
        assertResolved(found, "县推进依法行政工作领导小组", "巴东县推进依法行政工作领导小组", "县政府法制办", "巴东县人民政府法制办公室",
                "县政府法律顾问室", "巴东县人民政府法律顾问室", "县房管局", "巴东县房屋管理局", "县城管委", "巴东县城市管理委员会",
                "县大数据局", "巴东县大数据管理局");
        // persons (政府法律顾问) and the bodies of several levels together are no body
        assertTrue(found.keySet().stream().noneMatch(m -> m.contains("承担") || m.contains("三级") || m.equals("县政府法律顾问")), found.toString());
    }

    @Test
    void expands_the_short_forms_of_a_governments_own_offices() {
        Map<String, String> found = bodies(link("县法制办审查合同，县应急办修订预案，县政务服务办设立专区，县教体局开展普法。",
                issuedBy("巴东县人民政府", "巴东县")));
        assertResolved(found, "县法制办", "巴东县人民政府法制办公室", "县应急办", "巴东县人民政府应急管理办公室",
                "县政务服务办", "巴东县政务服务办公室", "县教体局", "巴东县教育体育局");
    }

    @Test
    void names_a_public_security_branch_with_the_districts_short_name() {
        Map<String, String> found = bodies(link("区公安分局开展专项行动。与西湖公安分局、区人民检察院建立衔接机制。",
                issuedBy("杭州市西湖区人民政府", "西湖区")));
        assertResolved(found, "区公安分局", "杭州市公安局西湖分局", "西湖公安分局", "杭州市公安局西湖分局");
        // other branches keep the district's full name
        assertEquals("杭州市规划和自然资源局西湖区分局", bodies(link("区规划资源分局加强执法。", issuedBy("杭州市西湖区人民政府", "西湖区"))).get("区规划资源分局"));
    }

    @Test
    void gives_a_bare_leading_group_its_region_or_its_department() {
        Map<String, String> found = bodies(link("区政府成立由区长任组长的推进依法行政工作领导小组。年内，法治政府建设领导小组召开会议。",
                issuedBy("杭州市西湖区人民政府", "西湖区")));
        assertResolved(found, "推进依法行政工作领导小组", "西湖区推进依法行政工作领导小组", "法治政府建设领导小组", "西湖区法治政府建设领导小组");
        assertEquals("巴东县司法局法治政府建设领导小组",
                bodies(link("年内，法治政府建设领导小组召开会议。", issuedBy("巴东县司法局", "巴东县"))).get("法治政府建设领导小组"));
        assertEquals("巴东县司法局法治建设领导小组",
                bodies(link("成立由局长任组长的法治建设领导小组。", issuedBy("巴东县司法局", "巴东县"))).get("法治建设领导小组"));
    }

    @Test
    void names_the_discipline_group_stationed_in_the_issuing_department() {
        Map<String, String> found = bodies(link("主动接受驻局纪检监察组监督。", issuedBy("巴东县司法局", "巴东县")));
        assertResolved(found, "驻局纪检监察组", "巴东县纪委监委驻巴东县司法局纪检监察组");
        // a government has no 局 in which a group is stationed
        assertNull(bodies(link("主动接受驻局纪检监察组监督。", issuedBy("巴东县人民政府", "巴东县"))).get("驻局纪检监察组"));
    }

    @Test
    void does_not_take_criminal_groups_classes_of_governments_or_collective_units_for_bodies() {
        Map<String, String> found = bodies(link("县公安局深入开展专项斗争，打掉恶势力犯罪集团1个。在全国省级政府中率先公开。推进乡镇便民服务中心标准化建设。"
                + "在各街道设立“消费维权服务站”26个。各乡镇全部挂牌成立综合行政执法大队。指导各区县(市)司法局加强建设。",
                issuedBy("巴东县人民政府", "巴东县")));
        assertEquals("巴东县公安局", found.get("县公安局"));
        assertTrue(found.keySet().stream().noneMatch(m -> m.contains("集团") || m.contains("省级政府") || m.contains("便民服务中心")
                || m.contains("服务站") || m.contains("执法大队") || m.equals("司法局")), found.toString());
        // one named centre of a township is still a body
        assertEquals("城关镇便民服务中心", bodies(link("城关镇便民服务中心开展服务。", issuedBy("巴东县人民政府", "巴东县"))).get("城关镇便民服务中心"));
    }

    @Test
    void resolves_the_legal_affairs_units_of_the_issuing_department() {
        Map<String, String> found = bodies(link("一年来，局法规处全年审核合同18件。由市场所、法制科、局分管领导逐级审核。局法规处理案件。",
                issuedBy("巴东县市场监督管理局", "巴东县")));
        assertResolved(found, "局法规处", "巴东县市场监督管理局法规处", "法制科", "巴东县市场监督管理局法制科");
        assertTrue(found.keySet().stream().noneMatch(m -> m.contains("处理")), found.toString());
        // in a government's report a bare 法制科 is no body we can place
        assertNull(bodies(link("由业务科室、法制科、分管领导逐级审核。", issuedBy("巴东县人民政府", "巴东县"))).get("法制科"));
    }

    @Test
    void names_the_bodies_of_an_autonomous_county_written_short_in_full() {
        Map<String, String> found = bodies(link("发布机构：长阳县人民政府办公室。长阳县司法局开展普法，宜昌市司法局指导。",
                issuedBy("长阳土家族自治县人民政府", "长阳土家族自治县")));
        assertResolved(found, "长阳县人民政府办公室", "长阳土家族自治县人民政府办公室", "长阳县司法局", "长阳土家族自治县司法局",
                "宜昌市司法局", "宜昌市司法局");
    }

    @Test
    void names_an_autonomous_county_written_with_its_stem_and_autonomous_level_in_full() {
        Map<String, String> found = bodies(link("长阳自治县司法局开展普法，长阳自治县法律援助工作站入驻法院。", issuedBy("长阳土家族自治县人民政府", "长阳土家族自治县")));
        assertResolved(found, "长阳自治县司法局", "长阳土家族自治县司法局", "长阳自治县法律援助工作站", "长阳土家族自治县法律援助工作站");
        // the trap: an autonomous county far from the report keeps the name as written
        assertNotEquals("长阳土家族自治县司法局", bodies(link("长阳自治县司法局来我区交流。", issuedBy("越秀区人民政府", "越秀区"))).get("长阳自治县司法局"));
    }

    @Test
    void reads_city_bureau_in_a_government_report_as_the_department_named_before_it() {
        Map<String, String> found = bodies(link("县司法局与宜昌市司法局合作开展培训，选派法制员到市局跟班学习。", issuedBy("长阳土家族自治县人民政府", "长阳土家族自治县")));
        assertEquals("宜昌市司法局", found.get("市局"));
        // no department before it in its sentence: 市局 names none (never the city government)
        assertNull(bodies(link("县政府组织干部到市局跟班学习。", issuedBy("长阳土家族自治县人民政府", "长阳土家族自治县"))).get("市局"));
    }

    @Test
    void keeps_the_government_in_the_name_of_its_own_groups_and_offices() {
        Map<String, String> found = bodies(link("成立由市长任组长的市政府推进依法行政工作领导小组。市政府行政复议办公室设在市司法局。市政府法律顾问团队参与论证。",
                issuedBy("宜昌市人民政府", "宜昌市")));
        assertResolved(found, "市政府推进依法行政工作领导小组", "宜昌市人民政府推进依法行政工作领导小组",
                "市政府行政复议办公室", "宜昌市人民政府行政复议办公室", "市政府法律顾问团队", "宜昌市人民政府法律顾问团队");
        // the trap: 推进 after 市政府 as a verb opens no group
        assertNull(bodies(link("市政府推进依法行政工作。", issuedBy("宜昌市人民政府", "宜昌市"))).get("市政府推进依法行政工作"));
    }

    @Test
    void reads_the_bureau_organs_after_a_verb_as_the_issuing_bureau() {
        Map<String, String> found = bodies(link("落实局机关学法制度，加强局机关作风建设。", issuedBy("宜昌市司法局", "宜昌市")));
        assertEquals("宜昌市司法局", found.get("局机关"));
        assertFalse(bodies(link("落实邮局机关学法制度。", issuedBy("宜昌市司法局", "宜昌市"))).containsKey("局机关"));
    }

    @Test
    void reads_the_rule_of_law_office_before_a_rule_of_law_topic() {
        Map<String, String> found = bodies(link("对照中央依法治国办法治政府建设督察反馈意见，逐项整改。", issuedBy("宜昌市司法局", "宜昌市")));
        assertEquals("中央全面依法治国委员会办公室", found.get("中央依法治国办"));
        // the trap: 办法 (a measure) after 依法治县 is no office
        assertTrue(bodies(link("出台依法治县办法。", issuedBy("长阳土家族自治县人民政府", "长阳土家族自治县"))).isEmpty());
    }
}
