package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRecognizerTest {
    private static final MetricRecognizer RECOGNIZER = new MetricRecognizer();

    /** The metrics of an achievements paragraph, as "value unit" strings in text order. */
    private static List<String> measures(String sentence) {
        return found(sentence).stream().map(m -> m.value().toPlainString() + " " + m.unit()).toList();
    }

    private static List<Mention> found(String sentence) {
        return RECOGNIZER.find(SentencesTest.inAchievements(sentence));
    }

    private static Mention only(String sentence) {
        return SentencesTest.only(found(sentence));
    }

    @Test
    void reads_arabic_numbers_with_their_unit_and_subject() {
        Mention m = only("全年受理行政复议案件57件。");
        assertEquals("57 件", m.value().toPlainString() + " " + m.unit());
        assertEquals("受理行政复议案件", m.name());
        assertEquals("受理行政复议案件57件", m.text());
        assertEquals("行政复议受理数", m.category());
        assertEquals(Kind.METRIC, m.kind());
    }

    @Test
    void reads_decimals_percentages_and_thousands_separators() {
        assertEquals(List.of("98.75 %", "12.5 %", "3.4 个百分点", "2316 件"),
                measures("群众满意率达98.75%，同比提高12.5 %，上升3.4个百分点，办结2,316件。"));
    }

    @Test
    void reads_chinese_numerals() {
        assertEquals(List.of("2 次", "12 件", "108 万份", "3500 万元", "8 个方面"),
                measures("召开专题会议两次，审查草案十二件，印发资料一百零八万份，涉及金额三千五百万元，从八个方面推进。"));
    }

    @Test
    void reads_tenths_doubling_and_percent_in_words() {
        assertEquals(List.of("7 成", "1 番", "9.5 %", "2 成"),
                measures("刑事案件占比达七成以上，结案数翻了一番，败诉率降至百分之九点五，约两成司法所缺员。"));
    }

    @Test
    void keeps_wan_and_yi_in_the_unit() {
        assertEquals(List.of("2.6 亿元", "3 万人次", "85.5 万元", "1200 万次", "1 万件"),
                measures("标的额2.6亿元，服务群众3万人次，挽回损失85.5万余元，播放量1200余万次，办理公证万余件。"));
    }

    @Test
    void keeps_the_stated_number_of_a_hedge() {
        assertEquals(List.of("40 项", "300 人次", "200 场", "60 %", "5 次"),
                measures("清理事项40余项，培训近300人次，开展讲座超过200场，履行率在60%以上，平均服务5次以上。"));
    }

    @Test
    void knows_longer_units_and_units_with_marks() {
        assertEquals(List.of("36 人/次", "20 件(次)", "5 个工作日", "9 家次", "15 课时", "260 平方米"),
                measures("解答36人/次，审核20件(次)，办理用了5个工作日，检查9家次，授课15课时，场地260平方米。"));
        assertEquals(List.of("12 件（次）", "8 件/次", "3 艘", "10 则"), measures("备案审查12件（次），办理8件/次，扣押船舶3艘，发布案例10则。"));
    }

    @Test
    void counts_an_arabic_da_as_ge_but_not_a_chinese_one() {
        assertEquals(List.of("6 个"), measures("梳理6大重点领域，推进五大行动。"));
    }

    @Test
    void reads_medal_counts() {
        assertEquals(List.of("2 个", "1 个"), measures("在比赛中获得“两金一银”。"));
    }

    @Test
    void leaves_out_years_dates_and_document_numbers() {
        assertEquals(List.of(), measures("2019年3月15日，印发《实施办法》（某政发〔2019〕12号），自2019年5月1日起施行，10月9日至16日检查。"));
    }

    @Test
    void leaves_out_ordinals_and_rankings() {
        assertEquals(List.of(), measures("召开第三次会议，入选第八批示范单位，获一等奖，综合考评排名第3，位列全省前5名，获第一名。"));
    }

    @Test
    void leaves_out_numbers_inside_names_codes_and_quotes() {
        assertEquals(List.of(), measures("开通12348热线，推行“1+6+N”模式和1+X体系，出台十项措施，落实三项制度，做到两个维护，评选十大案例，争做五星党员，推进“八五”普法。"));
        assertEquals(List.of(), measures("践行三个代表，把握十个明确，坚持五位一体，落实四个全面，实施百日攻坚，开展万人助万企活动。"));
    }

    @Test
    void leaves_out_the_figures_that_explain_a_numbered_name() {
        assertEquals(List.of(), measures("推行“631”工作法，即60%的事项网上办、30%的事项就近办、10%的事项上门办。"));
        assertEquals(List.of("12 个"), measures("构建“1+3+N”服务网络，即1个中心、3个分中心和N个站点。建成站点12个。"));
    }

    @Test
    void leaves_out_streaks_durations_and_time_limits() {
        assertEquals(List.of(), measures("连续两年获评先进，连续3次通过验收，历时16年的纠纷化解，近四年台账，审批时限为15天，依法应在5个工作日内办结，提供24小时服务。"));
        assertEquals(List.of(), measures("开展为期30天的专项行动，连续值守72小时。"));
    }

    @Test
    void leaves_out_rates_of_a_rule_and_targets() {
        assertEquals(List.of(), measures("每季度至少通报1次，力争覆盖率达到100%，确保培训不少于30人次。"));
    }

    @Test
    void leaves_out_vague_and_word_forming_numerals() {
        assertEquals(List.of(), measures("推出一批案例，统一部署，十分重视，进入千家万户，开展数十场活动，举办上百场讲座。"));
    }

    @Test
    void leaves_out_metrics_of_the_plans_section() {
        String text = "一、主要成效\n开展讲座12场。\n二、2021年工作计划\n开展讲座20场，培训300人次。\n";
        List<Mention> found = RECOGNIZER.find(SentencesTest.analysis("某区2020年法治政府建设报告\n" + text));
        assertEquals(1, found.size());
        assertEquals("12", found.get(0).value().toPlainString());
    }

    @Test
    void leaves_out_counters_of_the_web_page() {
        String text = "某区2020年法治政府建设报告\n浏览次数：356次  字号：大 中 小\n一、主要成效\n开展讲座12场。\n";
        assertEquals(1, RECOGNIZER.find(SentencesTest.analysis(text)).size());
    }

    @Test
    void keeps_metrics_of_the_shortcomings_section() {
        String text = "一、主要成效\n甲。\n二、存在的问题\n法治人员不足30名。\n";
        assertEquals(1, RECOGNIZER.find(SentencesTest.analysis(text)).size());
    }

    @Test
    void completes_an_elliptical_figure_with_the_object_before() {
        List<Mention> found = found("收到行政复议申请88件，受理80件，审结71件。");
        assertEquals(List.of("收到行政复议申请", "受理行政复议申请", "审结行政复议申请"), found.stream().map(Mention::name).toList());
        assertEquals("收到行政复议申请88件，受理80件", found.get(1).text());
        assertEquals("行政复议审结数", found.get(2).category());
    }

    @Test
    void gives_each_coordinated_subject_of_a_shared_figure_its_own_metric() {
        List<Mention> rates = found("干部学法考试参学率、合格率均为100%。");
        assertEquals(List.of("干部学法考试参学率", "合格率"), rates.stream().map(Mention::name).toList());
        assertEquals("干部学法考试参学率、合格率均为100%", rates.get(0).text());
        assertEquals("合格率均为100%", rates.get(1).text());
        assertEquals(3, found("召开常务会议、专题会议和协调会议各2次。").size());
        assertEquals(1, found("开展“双随机、一公开”检查各4次。").size());
    }

    @Test
    void takes_the_counted_noun_after_the_figure_when_there_is_one() {
        Mention m = only("新建9个村级调解室，进一步完善网络。");
        assertEquals("新建村级调解室", m.name());
        assertEquals("新建9个村级调解室", m.text());
    }

    @Test
    void a_figure_after_brackets_takes_the_subject_before_them() {
        List<Mention> found = found("办理法律援助案件（含刑事案件40件）152件。");
        assertEquals("办理法律援助案件", found.get(1).name());
        assertEquals("法律援助案件数", found.get(1).category());
    }

    @Test
    void names_common_indicators() {
        assertEquals("直接纠错率", only("直接纠错率为8.3%。").category());
        assertEquals("败诉率", only("行政诉讼败诉率5.2%。").category());
        assertEquals("负责人出庭应诉率", only("行政机关负责人出庭应诉率达到100%。").category());
        assertEquals("调解成功率", only("人民调解成功率96.1%。").category());
        assertEquals("法律援助案件数", only("办理法律援助案件530件。").category());
        assertNull(only("发放宣传册3000份。").category());
    }

    @Test
    void names_indicators_counted_in_wan_and_rates_by_their_sentence() {
        assertEquals("法律援助案件数", only("办理法律援助案件1.3万件。").category());
        List<Mention> mediation = found("人民调解组织化解纠纷2600件，成功率达98%。");
        assertEquals("调解成功率", mediation.get(1).category());
        List<Mention> exam = found("干部学法考试参考率、优秀率均为100%。");
        assertEquals(List.of("学法考试参考率", "学法考试优秀率"), exam.stream().map(Mention::category).toList());
        assertNull(only("评查案卷的优秀率为40%。").category());
    }

    @Test
    void metric_text_is_the_substring_at_its_offsets() {
        String text = "一、主要成效\n2020年，全区共办理公证2.3万件，同比增长12%。\n";
        for (Mention m : RECOGNIZER.find(SentencesTest.analysis(text)))
            assertEquals(text.substring(m.start(), m.end()), m.text());
    }

    @Test
    void trims_hedges_and_copulas_but_not_the_words_they_end() {
        assertEquals("调解成功率", only("调解成功率达到97%。").name());
        assertEquals("成功预约", only("成功预约35件。").name());
        assertTrue(only("指导修订村规民约120件。").name().endsWith("村规民约"));
    }

    @Test
    void counts_floors_and_ceilings_stated_as_facts_but_not_requirements() {
        assertEquals(List.of("4 %", "12 %"), measures("法治建设在绩效考核中分值占比不低于4%，法治课程课时占比不少于12%。"));
        assertEquals(List.of(), measures("领导干部每年学法应不少于40学时，确保培训不低于30人次。"));
    }

    @Test
    void counts_processing_times_reached_and_reads_a_unit_shared_by_a_list() {
        assertEquals(List.of("4 个工作日", "2 个工作日", "15 个工作日", "6 个工作日"),
                measures("登记办理时间分别压缩至4个、2个工作日以内，开办时间由原来的15个工作日压缩至6个工作日。"));
        assertEquals(List.of("2 个工作日", "3 天", "7.5 日"),
                measures("在全县实现工程审批2个工作日内办结，办结时限缩短至3天，投诉处理时限由法定的45日压缩至平均7.5日。"));
        assertEquals(List.of(), measures("办理时限由法定20个工作日压缩，于6月8日起施行。"));
        assertEquals(List.of("2 个百分点", "3 个百分点", "300 小时"), measures("满意度和知晓率分别提高2个、3个百分点，志愿服务时间累计达300小时。"));
    }

    @Test
    void reads_lecture_counts_and_compound_units() {
        assertEquals(List.of("6 讲", "29 微克/立方米"), measures("开设专题课程6讲，细颗粒物平均浓度为29微克/立方米。"));
    }

    @Test
    void resumes_after_the_clause_that_explains_a_numbered_name() {
        assertEquals(List.of("215 件"),
                measures("推行“631”调解法，即六成纠纷由村组化解、三成由镇化解、一成由县化解，全年调解纠纷215件。"));
    }

    @Test
    void leaves_out_a_count_in_words_that_restates_a_list() {
        assertEquals(List.of(), measures("紧扣乡村振兴和基层治理两条主线，编制权力清单、责任清单和负面清单三类清单。"));
        assertEquals(List.of("35 件", "5 个"), measures("办理行政复议和行政诉讼案件35件，新建乡镇和街道调解室五个。"));
    }

    @Test
    void gives_a_rate_shared_with_each_figure_of_the_clause_before() {
        assertEquals(List.of("40 件", "25 件", "100 %", "100 %"), measures("办理人大代表建议40件、政协提案25件，办复率均为100%。"));
        assertEquals(List.of("40 件", "100 %"), measures("办理人大代表建议40件，办复率均为100%。"));
    }

    @Test
    void reads_wei_ling_as_zero_in_the_unit_its_subject_implies() {
        assertEquals(List.of("0 %", "0 件"), measures("社区矫正对象再犯罪率为零，全年涉诉信访案件为零。"));
        assertEquals(List.of(), measures("将任务化整为零，逐项落实。"));
    }

    @Test
    void reads_a_hedged_round_number_as_its_figure() {
        assertEquals(List.of("100 份", "1000 人次", "1 万人"), measures("审查合同近百份，培训干部超千人次，覆盖群众近万人。"));
        assertEquals(List.of(), measures("服务千家万户，传承百年文化。"));
    }

    @Test
    void keeps_an_achieved_coverage_per_unit_but_no_rule_rate() {
        assertEquals(List.of("2000 名", "3 名"), measures("培养法律明白人2000名，实现每个社区不少于3名。"));
        assertEquals(List.of(), measures("坚持每月开展1次学法活动。"));
    }

    @Test
    void leaves_out_the_field_of_a_ranking() {
        assertEquals(List.of(), measures("在全省120个县区中考核排名进入前十。"));
        assertEquals(List.of("120 个"), measures("在120个村中开展法治体检。"));
    }

    @Test
    void reads_a_bare_zero_after_a_rate_as_percent() {
        assertEquals(List.of("0 %"), measures("经备案审查，纠错率为0。"));
        assertEquals(List.of(), measures("群众投诉为0，编号为0的窗口暂停。"));
    }

    @Test
    void keeps_the_starting_figure_of_a_change_from_an_earlier_year() {
        assertEquals(List.of("6 %", "8 %"), measures("考核分值权重由上年的6%提高到8%。"));
    }

    @Test
    void reads_words_before_a_shared_rate_that_are_no_rate_as_part_of_the_next_rate() {
        List<Mention> found = found("报省政府和县人大常委会备案率、及时率均为100%。");
        assertEquals(2, found.size());
        assertEquals("报省政府和县人大常委会备案率", found.get(0).name());
        assertEquals("及时率", found.get(1).name());
        assertEquals(2, found("学法考试参考率、合格率均为100%。").size());
        assertEquals(List.of("备案率", "及时率"), found("备案率及及时率均为100%。").stream().map(Mention::name).toList());
    }
}
