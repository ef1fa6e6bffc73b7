package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.api.Test;

class FirstRecognizerTest {
    private static final FirstRecognizer RECOGNIZER = new FirstRecognizer();

    private static List<Mention> found(String sentence) {
        return RECOGNIZER.find(SentencesTest.inAchievements(sentence));
    }

    private static Mention only(String sentence) {
        return SentencesTest.only(found(sentence));
    }

    @Test
    void national_first_with_measure_word() {
        Mention m = only("今年，建成全国首个县级知识产权调解中心，服务企业。");
        assertEquals(Kind.FIRST, m.kind());
        assertEquals("national", m.scope());
        assertEquals("建成全国首个县级知识产权调解中心", m.text());
        assertEquals("县级知识产权调解中心", m.name());
    }

    @Test
    void province_lead_starts_at_zai() {
        Mention m = only("市司法局联合多部门在全省率先印发《关于规范涉企执法的意见》，效果明显。");
        assertEquals("province", m.scope());
        assertEquals("在全省率先印发《关于规范涉企执法的意见》", m.text());
    }

    @Test
    void named_divisions_give_their_level() {
        assertEquals("province", only("该中心被确定为江西省首批公共法律服务示范点。").scope());
        assertEquals("city", only("举办赣州市首场涉企法治体检活动。").scope());
        assertEquals("province", only("在全省市州中率先出台实施方案。").scope());
    }

    @Test
    void city_first_unique_and_trailing_claims() {
        assertEquals("city", only("在全市首创“一站式”纠纷化解机制。").scope());
        Mention trailing = only("成立某某律师事务所调解工作室，为我市首家。");
        assertEquals("city", trailing.scope());
        assertEquals("成立某某律师事务所调解工作室，为我市首家", trailing.text());
        assertEquals("某某律师事务所调解工作室", trailing.name());
        assertEquals("city", only("相关案例入选最高法典型案例，全市唯一。").scope());
    }

    @Test
    void district_for_quanqu_and_for_a_bare_first_time() {
        assertEquals("district", only("在全区首次开展执法开放日活动。").scope());
        Mention bare = only("同时首次将法治建设纳入干部考核内容，推动落实。");
        assertEquals("district", bare.scope());
        assertEquals("首次将法治建设纳入干部考核内容", bare.text());
    }

    @Test
    void quanqu_of_an_autonomous_region_is_its_province() {
        String text = "一、主要成效\n在全区率先推行证明事项告知承诺制。\n";
        ReportMetadata gx = new ReportMetadata(null, null, "广西壮族自治区", 2021, null, null);
        assertEquals("province", RECOGNIZER.find(SentencesTest.analysis(text, gx)).get(0).scope());
    }

    @Test
    void quanqu_in_a_county_report_that_names_the_autonomous_region_is_its_province() {
        String text = "一、主要成效\n配合自治区司法厅工作，在全区率先推行证明事项告知承诺制。\n";
        ReportMetadata county = new ReportMetadata(null, null, "某某县", 2021, null, null);
        assertEquals("province", RECOGNIZER.find(SentencesTest.analysis(text, county)).get(0).scope());
        ReportMetadata district = new ReportMetadata(null, null, "某某区", 2021, null, null);
        assertEquals("district", RECOGNIZER.find(SentencesTest.analysis(text, district)).get(0).scope());
    }

    @Test
    void a_unique_claim_in_a_named_prefecture_after_a_national_batch_is_its_own_claim() {
        List<Mention> all = found("城关司法所获评全国首批“枫桥式司法所”，为某某地区唯一。");
        assertEquals(List.of("national", "city"), all.stream().map(Mention::scope).toList());
        assertEquals("为某某地区唯一", all.get(1).text());
    }

    @Test
    void a_named_division_framing_a_comparison_set_gives_its_level() {
        Mention m = only("在某某市所辖县（市）区司法局中唯一获此荣誉。");
        assertEquals("city", m.scope());
    }

    @Test
    void a_batch_of_a_named_level_is_a_designation() {
        Mention m = only("某某村被确定为首批省级“民主法治示范村”。");
        assertEquals("province", m.scope());
        assertEquals("national", only("城关派出所被公安部评为首批“枫桥式公安派出所”。").scope());
    }

    @Test
    void a_bare_shouchuang_has_no_scope() {
        assertNull(only("首创“云调解”工作模式。").scope());
    }

    @Test
    void frames_after_the_claim_word_count() {
        assertEquals("city", only("率先在全市推行柔性执法清单。").scope());
        assertEquals("national", only("入选首批全国法治政府建设示范项目。").scope());
        assertEquals("province", only("此项改革开全省先河。").scope());
    }

    @Test
    void one_claim_said_twice_is_one_mention() {
        assertEquals(1, found("组建全国首个跨区域行政复议协作联盟，系全国唯一。").size());
    }

    @Test
    void rankings_superlatives_and_aspirations_are_not_claims() {
        assertEquals(List.of(), found("考评获全省第一名，获奖数量全市最多，满意度高于全省平均水平。"));
        assertEquals(List.of(), found("推动法治政府建设率先突破，领导干部率先垂范，力争在全省率先建成示范区，争创全国首批示范市。"));
    }

    @Test
    void first_batches_and_firsts_without_a_frame_are_not_claims() {
        assertEquals(List.of(), found("对首批重点企业开展合规试点，首家企业已完成整改，把安全放在首位。"));
        assertEquals(List.of(), found("全市各区首批试点已完成验收。"));
        assertEquals("province", only("被确定为省首批法律服务示范单位。").scope());
    }

    @Test
    void legal_first_offences_and_quoted_names_are_not_claims() {
        assertEquals(List.of(), found("对首次违法且危害轻微的不予处罚，推行“首违不罚”“全省首创服务”清单，落实首问负责制。"));
    }

    @Test
    void claims_in_the_plans_section_are_left_out() {
        String text = "一、主要成效\n在全市率先建立评查制度。\n二、下一步工作计划\n在全省率先建成智慧法务平台。\n";
        List<Mention> found = RECOGNIZER.find(SentencesTest.analysis(text));
        assertEquals(1, found.size());
        assertEquals("city", found.get(0).scope());
    }

    @Test
    void a_batch_designated_by_a_national_body_is_national() {
        Mention m = only("我局被国家药品监督管理局确定为首批“智慧药监”试点单位之一。");
        assertEquals("national", m.scope());
        assertEquals(List.of(), found("全市各区被纳入首批试点，统一部署。"));
    }

    @Test
    void a_bare_first_done_or_a_batch_designated_has_no_scope() {
        Mention licence = only("联合审批局推行改革，发放首张餐饮行业综合许可证。");
        assertEquals("发放首张餐饮行业综合许可证", licence.text());
        assertNull(licence.scope());
        Mention batch = only("某某镇等5个乡镇作为首批试点完成赋权承接。");
        assertEquals("某某镇等5个乡镇作为首批试点完成赋权承接", batch.text());
        assertNull(batch.scope());
        assertEquals(List.of(), found("首家企业已完成整改，首批名单另行公布，把群众利益摆在首位。"));
    }

    @Test
    void among_the_first_to_achieve_in_a_frame_is_a_first_but_a_round_of_a_selection_is_an_ordinal() {
        Mention achieved = only("市交通运输局在全市市直部门中首批实现行政许可全程网办。");
        assertEquals("city", achieved.scope());
        assertEquals("在全市市直部门中首批实现行政许可全程网办", achieved.text());
        assertEquals(List.of(), found("某某县等3个项目被推荐参加第一批全国法治乡村建设示范项目评选。"));
        assertEquals(List.of(), found("组织各区申报首批省级示范单位。"));
    }
}
