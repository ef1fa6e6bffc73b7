package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.api.Test;

class MechanismRecognizerTest {
    private static final MechanismRecognizer RECOGNIZER = new MechanismRecognizer();

    private static List<Mention> find(String text, Token... tokens) {
        return RECOGNIZER.find(new Analysis(text, Sentences.split(text), List.of(tokens), ReportMetadata.EMPTY));
    }

    /** Each mention as "text=canonical". */
    private static List<String> found(String text) {
        return find(text).stream().map(m -> m.text() + "=" + m.name()).toList();
    }

    // --- quoted terms ---

    @Test
    void a_quoted_term_keeps_its_marks_in_the_text_and_loses_them_in_the_name() {
        String text = "全面推行“容缺受理”，方便群众办事。";
        Mention m = find(text).get(0);
        assertEquals("“容缺受理”", m.text());
        assertEquals("容缺受理", m.name());
        assertEquals("initiative", m.category());
        assertEquals(m.text(), text.substring(m.start(), m.end()));
    }

    @Test
    void a_head_noun_right_after_the_quote_belongs_to_the_name() {
        assertEquals(List.of("“2+5+X”模式=2+5+X模式", "“三色预警”管理机制=三色预警管理机制"),
                found("探索“2+5+X”模式，建立“三色预警”管理机制。"));
    }

    @Test
    void an_ordinary_word_after_the_quote_does_not() {
        assertEquals(List.of("“法治夜校”=法治夜校"), found("开办“法治夜校”试点，效果良好。"));
    }

    @Test
    void quoted_terms_of_one_list_take_no_head() {
        assertEquals(List.of("“清单管理”=清单管理", "“闭环督办”=闭环督办"), found("健全“清单管理”“闭环督办”工作机制。"));
    }

    @Test
    void the_last_term_of_a_list_takes_a_specific_head() {
        assertEquals(List.of("“田间说法”=田间说法", "“一窗式”受理模式=一窗式受理模式"),
                found("推广“田间说法”“一窗式”受理模式。"));
    }

    @Test
    void a_short_modifier_with_a_service_or_creation_head_belongs_to_the_name() {
        assertEquals(List.of("“邮政+警务”便民服务=邮政+警务便民服务", "“法治社区”创建=法治社区创建"),
                found("推出“邮政+警务”便民服务，开展“法治社区”创建试点。"));
    }

    @Test
    void a_verb_ends_a_name_on_its_left() {
        assertEquals(List.of("行政许可事项清单=行政许可事项清单"), found("12个部门完成行政许可事项清单编制。"));
    }

    @Test
    void the_three_systems_spelled_out_briefly_are_the_three_systems() {
        assertTrue(found("严格落实行政执法公示、全过程记录和法制审核制度。").stream()
                .anyMatch(f -> f.endsWith("=行政执法三项制度")));
    }

    @Test
    void a_quoted_word_of_an_honour_title_is_no_mechanism() {
        assertEquals(List.of(), found("某某社区被省司法厅表彰为全省“和美式”调解标杆社区。"));
    }

    @Test
    void a_formula_of_bodies_with_a_head_is_a_mechanism() {
        assertEquals(List.of("“法庭+司法所+调解委员会”联动机制=法庭+司法所+调解委员会联动机制"),
                found("建立“法庭+司法所+调解委员会”联动机制。"));
    }

    @Test
    void a_short_term_takes_the_topic_it_is_built_on() {
        assertEquals(List.of("矛盾纠纷“早发现”=矛盾纠纷早发现"), found("推行矛盾纠纷“早发现”，减少信访。"));
    }

    @Test
    void a_known_variant_takes_its_qualifier() {
        assertEquals(List.of("行政执法“三项制度”=行政执法三项制度"), found("全面落实行政执法“三项制度”。"));
    }

    // --- canonical names ---

    @Test
    void variants_of_one_mechanism_share_a_canonical_name() {
        List<Mention> found = find("落实执法“三项制度”，推行“三项制度”全覆盖，坚持行政执法三项制度。"
                + "发展新时代“枫桥经验”，学习“枫桥经验”，推广枫桥经验。"
                + "落实“谁执法谁普法”责任制，压实谁执法谁普法普法责任。"
                + "落实县政府常务会议会前学法制度和市政府常务会议学法制度。"
                + "推行法律援助经济困难告知承诺制和法律援助承诺制。"
                + "推进“双随机、一公开”监管和双随机一公开。");
        assertEquals(List.of("行政执法三项制度", "行政执法三项制度", "行政执法三项制度",
                        "枫桥经验", "枫桥经验", "枫桥经验", "谁执法谁普法责任制", "谁执法谁普法责任制",
                        "政府常务会议学法制度", "政府常务会议学法制度", "法律援助告知承诺制", "法律援助告知承诺制",
                        "双随机、一公开", "双随机、一公开"),
                found.stream().map(Mention::name).toList());
    }

    @Test
    void a_leading_region_word_is_not_part_of_the_name() {
        assertEquals(List.of("县事件“大联动”平台=事件大联动平台", "全国民主法治示范村创建活动=民主法治示范村（社区）创建活动",
                        "市行政执法信息系统=行政执法信息系统"),
                found("依托县事件“大联动”平台，参与全国民主法治示范村创建活动，推广市行政执法信息系统。"));
    }

    @Test
    void a_place_name_is_dropped_when_enough_name_is_left() {
        String text = "依托广西行政执法监督平台开展监督。";
        List<Mention> found = find(text, new Token("依托", "v", 0), new Token("广西", "ns", 2),
                new Token("行政执法", "vn", 4), new Token("监督", "vn", 8), new Token("平台", "n", 10),
                new Token("开展", "v", 12), new Token("监督", "vn", 14), new Token("。", "w", 16));
        assertEquals("广西行政执法监督平台", found.get(0).text());
        assertEquals("行政执法监督平台", found.get(0).name());
    }

    @Test
    void new_before_the_head_is_dropped() {
        assertEquals(List.of("“互联网+调解”新模式=互联网+调解模式"), found("打造“互联网+调解”新模式。"));
    }

    @Test
    void a_variant_without_its_head_still_gets_the_canonical_name() {
        assertEquals(List.of("司警联调=司警联调机制"), found("继续推进司警联调，化解纠纷。"));
    }

    // --- kinds ---

    @Test
    void political_formulas_and_figures_of_speech_are_slogans() {
        List<Mention> found = find("增强“四个意识”，做到“两个维护”，提供“一站式”服务，实现“零距离”，当好“指挥棒”。紧抓关键少数。");
        assertEquals(List.of("slogan", "slogan", "slogan", "slogan", "slogan", "slogan"),
                found.stream().map(Mention::category).toList());
    }

    @Test
    void programmes_platforms_and_campaigns_are_initiatives() {
        List<Mention> found = find("开展“法治体检”专项活动，上线“e调解”小程序，推行“首违不罚”。");
        assertTrue(found.stream().allMatch(m -> m.category().equals("initiative")), found::toString);
    }

    // --- quoted things that are not mechanisms ---

    @Test
    void honour_and_award_titles_are_not_mechanisms() {
        assertEquals(List.of(), found("该村获评“全国民主法治示范村”，司法所荣获“全省先进集体”称号，"
                + "选送作品获得2个“优秀组织奖”，成功申报“省级法治文化建设示范点”。"));
    }

    @Test
    void quoted_names_of_bodies_are_not_mechanisms() {
        assertEquals(List.of(), found("组建“青年普法志愿服务队”，成立“银发调解工作室”和“企业合规指导中心”。"));
    }

    @Test
    void a_body_to_be_built_is_a_programme() {
        assertEquals(List.of("“智慧矫正中心”创建=智慧矫正中心创建"), found("推进“智慧矫正中心”创建工作。"));
    }

    @Test
    void a_quoted_date_takes_the_observance_day_it_names() {
        assertEquals(List.of("“3·15”消费者权益日=3·15消费者权益日", "“5·12”防灾减灾日=5·12防灾减灾日", "“9·1”=9·1"),
                found("围绕“3·15”消费者权益日和“5·12”防灾减灾日开展宣传，“9·1”前后走进校园。"));
    }

    @Test
    void a_committee_shorthand_is_not_a_mechanism() {
        assertEquals(List.of(), found("培训村“两委”干部和社区“两委”成员120人次。"));
    }

    @Test
    void a_room_named_in_quotes_is_a_mechanism_and_a_department_is_not() {
        assertEquals(List.of("“法治会客厅”=法治会客厅"), found("某镇打造“法治会客厅”，会同“省民政厅”为企业提供服务。"));
    }

    @Test
    void a_body_followed_by_a_head_names_its_way_of_working() {
        assertEquals(List.of("“邻里调解室”协商模式=邻里调解室协商模式"), found("在某社区试行“邻里调解室”协商模式。"));
    }

    @Test
    void a_figure_of_speech_opens_a_way_of_working_but_only_describes_a_thing() {
        assertEquals(List.of("“一站式”矛盾纠纷调处机制=一站式矛盾纠纷调处机制", "“一站式”=一站式"),
                found("完善“一站式”矛盾纠纷调处机制，把调解院打造成“一站式”矛盾纠纷综合调解平台。"));
    }

    @Test
    void a_manner_term_with_management_after_it_takes_its_topic() {
        assertEquals(List.of("危险废物“一码式”管理=危险废物一码式管理", "“一站式”=一站式"),
                found("实施危险废物“一码式”管理，提供“一站式”服务。"));
    }

    @Test
    void a_short_term_takes_one_compound_noun_and_a_numbered_one_its_whole_topic() {
        assertEquals(List.of("“回头看”=回头看", "公共法律服务进社区进校园“三大行动”=公共法律服务进社区进校园三大行动"),
                found("开展行政复议纠错案件“回头看”，组织开展公共法律服务进社区进校园“三大行动”。"));
    }

    @Test
    void five_year_labels_award_counts_and_single_characters_are_not_mechanisms() {
        assertEquals(List.of(), found("编制“十四五”规划和“八五”普法规划，获得“两金一铜”，做到有“法”可依。"));
    }

    @Test
    void lecture_titles_and_quoted_sentences_are_not_mechanisms() {
        assertEquals(List.of(), found("举办“学习民法典 护航新生活”专题讲座，提出“法治是最好的营商环境，要久久为功”。"));
    }

    @Test
    void a_quoted_talk_title_is_not_a_mechanism() {
        assertEquals(List.of(), found("邀请专家作题为“以法治护航高质量发展”的辅导报告。"));
    }

    @Test
    void a_five_year_label_with_a_programme_head_names_the_programme() {
        assertEquals(List.of("“八五”普法宣传进乡村活动=八五普法宣传进乡村活动"), found("开展“八五”普法宣传进乡村活动。"));
    }

    @Test
    void draft_laws_in_quotes_are_not_mechanisms() {
        assertEquals(List.of(), found("推动“某某市养犬管理条例”“某某市物业管理办法”纳入立法计划。"));
    }

    @Test
    void text_inside_a_title_is_not_a_mechanism() {
        assertEquals(List.of(), found("印发《“一网通办”改革实施方案》。"));
    }

    // --- unquoted names ---

    @Test
    void an_unquoted_name_runs_from_the_governance_verb_to_its_head() {
        assertEquals(List.of("涉企行政检查备案制度=涉企行政检查备案制度", "行政复议案件繁简分流机制=行政复议案件繁简分流机制"),
                found("建立涉企行政检查备案制度，完善行政复议案件繁简分流机制。"));
    }

    @Test
    void coordinated_names_are_separate_mechanisms() {
        assertEquals(List.of("村（居）法律顾问制度=村（居）法律顾问制度", "法治副校长制度=法治副校长"),
                found("健全村（居）法律顾问制度、法治副校长制度。"));
    }

    @Test
    void a_coordinated_modifier_stays_in_one_name() {
        assertEquals(List.of("乡镇、街道综合执法考评指标体系=乡镇、街道综合执法考评指标体系"),
                found("制定乡镇、街道综合执法考评指标体系。"));
    }

    @Test
    void counts_years_and_lead_words_are_not_part_of_the_name() {
        assertEquals(List.of("行政执法案卷评查活动=行政执法案卷评查活动", "公共法律服务事项清单=公共法律服务事项清单",
                        "领导干部旁听庭审活动=领导干部旁听庭审活动"),
                found("组织三次行政执法案卷评查活动，制定2023年公共法律服务事项清单，组织全县领导干部旁听庭审活动。"));
    }

    @Test
    void a_known_name_with_a_suffix_is_unified() {
        assertEquals(List.of("证明事项告知承诺制=证明事项告知承诺制"), found("全面推行证明事项告知承诺制。"));
    }

    @Test
    void generic_names_are_not_mechanisms() {
        assertEquals(List.of(), found("健全工作机制、协作机制和长效机制，完善相关工作制度，探索普法宣传新模式，"
                + "构建公共法律服务体系，推进国家治理体系现代化，开展系列宣传活动，优化行政执法工作体系。"));
    }

    @Test
    void a_field_s_legal_system_and_policy_machinery_are_generic() {
        assertEquals(List.of(), found("完善林业法规制度体系，建立律师和法律顾问协同机制，完善重大行政决策机制，部分领域制度供给不足。"));
    }

    @Test
    void a_verb_before_the_head_with_its_object_belongs_to_the_name() {
        assertEquals(List.of("地方标准制定机制=地方标准制定机制", "矿产交易信息公开平台=矿产交易信息公开平台"),
                found("率先探索地方标准制定机制，建成矿产交易信息公开平台，不断健全完善机制。"));
    }

    @Test
    void a_long_named_system_under_reform_is_a_mechanism_and_a_field_s_rules_are_not() {
        assertEquals(List.of("森林资源损害赔偿制度=森林资源损害赔偿制度"),
                found("推进森林资源损害赔偿制度改革，深化行政审批制度改革。"));
    }

    @Test
    void an_unquoted_hotline_is_a_channel_and_a_quoted_one_a_mechanism() {
        assertEquals(List.of("国家政务服务平台=国家政务服务平台", "“12345”市民服务热线=12345市民服务热线"),
                found("12345政府服务热线全年受理诉求，自治区政务网与国家政务服务平台实现对接。开通“12345”市民服务热线。"));
    }

    @Test
    void a_quoted_term_takes_a_campaign_a_tried_way_or_a_one_visit_reform_after_it() {
        assertEquals(List.of("“慢懒拖”问题专项整治=慢懒拖问题专项整治", "“德法共治”经验=德法共治经验",
                        "“一类事”综合查一次=一类事综合查一次"),
                found("开展“慢懒拖”问题专项整治，推广“德法共治”经验，推出“一类事”综合查一次场景。"));
    }

    @Test
    void a_manner_adverb_may_open_a_way_of_working_after_a_quoted_term_but_a_verb_may_not() {
        assertEquals(List.of("“一周一案”主动治理机制=一周一案主动治理机制", "“三项制度”=行政执法三项制度"),
                found("建立“一周一案”主动治理机制，落实“三项制度”完善执法监督机制。"));
    }

    @Test
    void a_long_quoted_list_of_slogans_is_one_term_and_a_long_sentence_is_not() {
        assertEquals(List.of("“法律进工厂、进牧场、进乡镇、进学校、进企业、进单位、进村民活动中心”活动"
                        + "=法律进工厂、进牧场、进乡镇、进学校、进企业、进单位、进村民活动中心活动"),
                found("开展“法律进工厂、进牧场、进乡镇、进学校、进企业、进单位、进村民活动中心”活动，"
                        + "提出“要把依法行政贯穿到政府工作的全过程和各个方面之中去不断提高依法办事能力”要求。"));
    }

    @Test
    void a_quoted_term_in_the_name_of_a_body_is_no_mechanism_but_one_before_a_way_of_working_is() {
        assertEquals(List.of("“村居议事厅”协商模式=村居议事厅协商模式"),
                found("设立“茶农纠纷”行业性调解工作室，建立“司法联调”工作室，建成“一站式”矛盾纠纷调处中心，推行“村居议事厅”协商模式。"));
    }

    @Test
    void a_quoted_subdistrict_is_a_place_but_a_figure_of_one_is_not() {
        assertEquals(List.of("“法治街道”=法治街道"), found("走进“河西街道”，创建“法治街道”。"));
    }

    @Test
    void a_quoted_programme_of_talks_is_a_mechanism_and_the_title_of_one_talk_is_not() {
        assertEquals(List.of("“依法行政大讲堂”=依法行政大讲堂"),
                found("举办“依法行政大讲堂”专题讲座4期，作“学好用好民法典”专题讲座。"));
    }

    @Test
    void a_quoted_programme_named_after_a_court_is_a_mechanism_but_a_people_s_court_is_not() {
        assertEquals(List.of("“云上法庭”=云上法庭"), found("设立“云上法庭”，联合“东坡人民法庭”办案。"));
    }

    @Test
    void a_place_a_thing_is_moved_to_is_no_part_of_its_name() {
        assertEquals(List.of("行政执法监督平台=行政执法监督平台"), found("全县执法数据全部归集至行政执法监督平台。"));
    }

    @Test
    void the_national_coordination_system_and_the_two_laws_platform_are_known_names() {
        assertEquals(List.of("行政执法协调监督工作体系=行政执法协调监督工作体系",
                        "行政执法与刑事司法衔接工作平台=行政执法与刑事司法衔接平台"),
                found("入选行政执法协调监督工作体系建设试点，建立行政执法与刑事司法衔接工作平台。"));
    }

    @Test
    void a_network_of_services_is_no_website() {
        assertEquals(List.of("山南法律服务网=山南法律服务网"), found("建成覆盖全县的公共法律服务网络，开通山南法律服务网。"));
    }

    @Test
    void joint_enforcement_and_a_level_word_make_no_name() {
        assertEquals(List.of("权责清单=权责清单", "药品安全联合整治行动=药品安全联合整治行动"),
                found("开展联合执法行动20次，公布县级权责清单，启动药品安全联合整治行动。"));
        assertEquals(List.of(), found("审查涉及个体工商户经济活动的文件，打击电信网络诈骗违法犯罪活动。"));
    }

    @Test
    void a_branch_of_government_is_no_information_system() {
        assertEquals(List.of("行政执法综合监督系统=行政执法综合监督系统"),
                found("全市市场监管系统唯一获评先进，上线行政执法综合监督系统。"));
    }

    @Test
    void a_description_of_an_old_way_is_not_a_mechanism() {
        assertEquals(List.of(), found("改变传统的窗口排队受理办证模式。"));
    }

    @Test
    void every_occurrence_is_returned_in_text_order() {
        List<Mention> found = find("推行“容缺受理”。继续推行“容缺受理”。");
        assertEquals(2, found.size());
        assertTrue(found.get(0).start() < found.get(1).start());
    }

    // --- round of sets 5, 8, 9 ---

    @Test
    void a_verb_of_joint_building_ends_the_name_on_its_left() {
        assertEquals(List.of("行政争议诉前调解机制=行政争议诉前调解机制"),
                found("县人民法院与县司法局共建行政争议诉前调解机制，化解争议30件。"));
    }

    @Test
    void a_room_before_and_is_an_item_of_its_own() {
        assertEquals(List.of("网上受理平台=网上受理平台"), found("在全州率先建成行政复议接待室和网上受理平台。"));
    }

    @Test
    void innovation_of_a_system_is_no_system() {
        assertEquals(List.of(), found("总结可复制推广的开发区制度创新成果12项。"));
    }

    @Test
    void links_of_government_and_procuratorate_are_a_known_mechanism() {
        assertEquals(List.of("府检联动工作机制=府检联动机制"), found("县政府与县人民检察院建立府检联动工作机制。"));
    }

    @Test
    void a_review_system_is_a_system_but_ai_alone_is_not() {
        assertEquals(List.of("智能辅助审查系统=智能辅助审查系统"), found("上线智能辅助审查系统，审查文件80件。"));
        assertEquals(List.of(), found("探索由人工智能系统协助法律工作。"));
    }

    @Test
    void a_free_trade_port_legal_framework_is_one_name_in_two_spellings() {
        assertEquals(List.of("自贸港法规体系=自由贸易港法规体系"), found("加快完善自贸港法规体系。"));
    }

    @Test
    void lists_of_powers_and_duties_are_two_names_unless_one_system() {
        assertEquals(List.of("权力清单=权力清单", "责任清单=责任清单"), found("公布县级部门权力清单和责任清单。"));
        assertTrue(found("全面推行权力清单和责任清单制度。").stream().noneMatch(m -> m.startsWith("权力清单=")));
    }

    @Test
    void a_quoted_programme_being_piloted_is_kept_but_an_honour_is_not() {
        assertEquals(List.of("“智慧执法”=智慧执法"), found("我局被确定为全省首批“智慧执法”试点单位。"));
        assertEquals(List.of(), found("我局被评为“法治建设先进单位”。"));
    }

    @Test
    void a_manner_in_ization_takes_management_and_its_field() {
        assertEquals(List.of("备案审查“清单化”管理=备案审查清单化管理"), found("推行备案审查“清单化”管理，效率提升。"));
    }

    @Test
    void a_numbered_term_before_a_mechanism_takes_its_field() {
        assertEquals(List.of("政府合同“两审一备”机制=政府合同两审一备机制"), found("全面推行政府合同“两审一备”机制。"));
        assertEquals(List.of("“两审一备”=两审一备"), found("全面推行政府合同“两审一备”。"));
    }

    @Test
    void a_special_inspection_takes_the_quoted_name_but_not_an_inspection_of_its_progress() {
        assertEquals(List.of("“清风护农”专项监督检查=清风护农专项监督检查"), found("县纪委开展“清风护农”专项监督检查。"));
        assertEquals(List.of("行政执法“三项制度”=行政执法三项制度"), found("开展行政执法“三项制度”落实情况专项检查。"));
    }

    @Test
    void a_quoted_campaign_with_year_takes_a_long_action_head() {
        assertEquals(List.of("“碧水2021”河湖管理保护监督检查专项行动=碧水2021河湖管理保护监督检查专项行动"),
                found("联合开展“碧水2021”河湖管理保护监督检查专项行动。"));
    }

    @Test
    void promotion_and_target_assessment_are_generic() {
        assertEquals(List.of(), found("健全法治政府建设推进机制，纳入全县目标责任考核体系。"));
    }

    @Test
    void a_quoted_list_ending_on_a_unit_is_no_honour() {
        assertEquals(List.of("“法律进农村、进学校、进单位”活动=法律进农村、进学校、进单位活动"),
                found("组织开展“法律进农村、进学校、进单位”活动。"));
        assertEquals(List.of(), found("荣获“全省法治宣传教育先进单位”。"));
    }

    @Test
    void a_clause_before_a_head_is_no_name() {
        assertEquals(List.of(), found("为滨江营商环境提供了制度保障。"));
        assertEquals(List.of(), found("登记事项实行清单管理，共梳理事项80项。"));
        // Trap: a verb naming what the mechanism does stays in the name.
        assertEquals(List.of("行政处罚裁量基准制定机制=行政处罚裁量基准制定机制"),
                found("健全行政处罚裁量基准制定机制。"));
    }

    @Test
    void two_things_coordinated_before_a_head_are_no_name() {
        assertEquals(List.of(), found("完成监控摄像头与调度平台实时联网。"));
        assertEquals(List.of(), found("建立长效机制制度12项。"));
        // Trap: a coordination inside a longer modifier is one name.
        assertEquals(List.of("行政执法与刑事司法衔接机制=两法衔接"),
                found("完善行政执法与刑事司法衔接机制。"));
    }

    @Test
    void a_level_count_ends_a_name_and_no_name_starts_with_a_mark() {
        assertEquals(List.of("政府部门权责清单=政府部门权责清单"), found("完成盟、旗两级政府部门权责清单编制工作。"));
        assertEquals(List.of("领导干部述法制度=述法制度", "乡镇主要负责人述法制度=乡镇主要负责人述法制度"),
                found("落实领导干部述法制度，推行乡镇主要负责人述法制度。"));
    }

    @Test
    void a_quantity_word_keeps_its_things_out_of_a_short_term() {
        assertEquals(List.of("“指尖办”=指尖办"), found("推动更多事项“指尖办”。"));
        // Trap: a field qualifier after a governance verb still belongs to the term.
        assertEquals(List.of("公共法律服务“进园区”=公共法律服务进园区"), found("推进公共法律服务“进园区”。"));
    }

    @Test
    void a_term_that_reforms_a_field_stands_alone_and_a_manner_takes_its_document() {
        assertEquals(List.of("“两证整合”=两证整合"), found("推进“两证整合”登记制度改革。"));
        assertEquals(List.of("“释法式”执法文书=释法式执法文书"), found("推行“释法式”执法文书。"));
    }
}
