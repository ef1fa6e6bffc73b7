package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.api.Test;

class SentencesTest {
    /** An analysis of {@code text} as the recognizers see it, without HanLP tokens. */
    /** The analysis of one sentence standing in the achievements part of a report. */
    static Analysis inAchievements(String sentence) {
        return analysis("一、主要成效\n" + sentence + "\n");
    }

    /** The one mention of {@code all}, failing with the list when there are none or several. */
    static Mention only(List<Mention> all) {
        org.junit.jupiter.api.Assertions.assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    static Analysis analysis(String text) {
        return analysis(text, ReportMetadata.EMPTY);
    }

    static Analysis analysis(String text, ReportMetadata metadata) {
        return new Analysis(text, Sentences.split(text), List.of(), metadata);
    }

    /** The section of the sentence that holds {@code words}. */
    private static Section sectionOf(String text, String words) {
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        return analysis(text).sentenceAt(at).section();
    }

    @Test
    void splits_at_full_stops_semicolons_and_line_ends() {
        String text = "甲项工作完成。乙项工作推进；丙项工作启动\n丁项工作收尾！";
        List<Sentence> s = Sentences.split(text);
        assertEquals(4, s.size());
        assertEquals("乙项工作推进；", text.substring(s.get(1).start(), s.get(1).end()));
    }

    @Test
    void numbered_headings_open_achievements_shortcomings_and_plans() {
        String text = "某区司法局2019年法治政府建设情况报告\n"
                + "一、主要做法和成效\n（一）强化审查\n审查文件30件。\n"
                + "二、存在的问题\n执法力量不足。\n"
                + "三、2020年工作打算\n计划培训100人次。\n";
        assertEquals(Section.OTHER, sectionOf(text, "某区司法局"));
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "审查文件"));
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "执法力量"));
        assertEquals(Section.PLANS, sectionOf(text, "计划培训"));
    }

    @Test
    void a_heading_with_a_later_year_and_plan_words_opens_plans() {
        String text = "某市2021年法治政府建设年度报告\n一、2021年工作总结\n开展讲座5场。\n二、2022年推进法治政府建设的主要思路\n举办讲座8场。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "开展讲座"));
        assertEquals(Section.PLANS, sectionOf(text, "举办讲座"));
    }

    @Test
    void years_in_full_width_digits_read_as_years() {
        String text = "某市２０２１年法治政府建设年度报告\n一、２０２１年工作总结\n开展讲座5场。\n二、２０２２年重点任务\n举办讲座8场。\n２０２２年，我局将组织培训6次。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "开展讲座"));
        assertEquals(Section.PLANS, sectionOf(text, "举办讲座"));
        assertEquals(Section.PLANS, sectionOf(text.replace("二、２０２２年重点任务\n举办讲座8场。\n", ""), "组织培训"));
    }

    @Test
    void a_wordless_top_heading_after_shortcomings_returns_to_achievements() {
        String text = "一、工作成效\n甲。\n二、存在的不足和原因\n乙。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n丙。\n四、下一步工作安排\n丁。\n";
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "乙"));
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "丙"));
        assertEquals(Section.PLANS, sectionOf(text, "丁"));
    }

    @Test
    void sub_headings_turn_the_section_only_when_they_start_with_the_words() {
        String text = "一、2018年工作情况\n（一）补短板强弱项，推进执法规范化\n甲。\n（二）存在的主要问题\n乙。\n（三）下一步打算\n丙。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "甲"));
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "乙"));
        assertEquals(Section.PLANS, sectionOf(text, "丙"));
    }

    @Test
    void arabic_items_under_a_heading_never_open_a_section_without_the_words() {
        String text = "一、主要举措\n1.建立制度。甲。\n2.问题导向抓整改。乙。\n3.下一步工作计划\n丙。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "乙"));
        assertEquals(Section.PLANS, sectionOf(text, "丙"));
    }

    @Test
    void short_unnumbered_heading_lines_open_shortcomings_and_plans() {
        String text = "某局2017年依法行政工作报告\n今年以来，我局扎实推进依法行政。甲。\n存在的问题\n乙。\n下一步工作打算\n丙。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "甲"));
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "乙"));
        assertEquals(Section.PLANS, sectionOf(text, "丙"));
    }

    @Test
    void paragraphs_open_shortcomings_and_plans_in_a_report_without_headings() {
        String text = "某县2022年法治政府建设年度报告\n"
                + "2022年，我县调解纠纷100件。\n"
                + "一年来，我县取得了一定成效，但仍存在一些不足，队伍力量薄弱。\n"
                + "2023年，我县将重点做好以下工作：\n一是健全机制，开展活动50场。\n二是加强培训。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "调解纠纷"));
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "队伍力量"));
        assertEquals(Section.PLANS, sectionOf(text, "开展活动50场"));
        assertEquals(Section.PLANS, sectionOf(text, "加强培训"));
    }

    @Test
    void a_paragraph_of_the_report_year_with_jiang_stays_in_achievements() {
        String text = "某区2020年法治政府建设年度报告\n一、主要成效\n2020年，我区将法治建设纳入绩效考核。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "纳入绩效考核"));
    }

    @Test
    void a_problem_named_inside_an_achievements_paragraph_opens_nothing() {
        String text = "某区2020年法治政府建设年度报告\n一、主要成效\n开展检查10次，但仍存在个别单位报送不及时的问题，已督促整改。\n举办讲座3场。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "举办讲座"));
    }

    @Test
    void a_paragraph_dated_early_next_year_stays_where_it_is() {
        String text = "某区2020年法治政府建设年度报告\n一、主要成效\n2021年1月，我局召开工作会议部署执法检查。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "召开工作会议"));
        String plan = "某区2020年法治政府建设年度报告\n一、主要成效\n甲。\n2021年是“十四五”开局之年。\n乙。\n";
        assertEquals(Section.PLANS, sectionOf(plan, "乙"));
    }

    @Test
    void a_sentence_turning_to_next_steps_puts_the_rest_of_its_paragraph_in_plans() {
        String text = "一、主要成效\n开展培训3期。下一步，将继续开展培训5期。再办讲座2场。\n（二）深化改革\n办理案件9件。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "开展培训3期"));
        assertEquals(Section.PLANS, sectionOf(text, "继续开展"));
        assertEquals(Section.PLANS, sectionOf(text, "再办讲座"));
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "办理案件"));
        String mixed = "某区2018年法治政府建设报告\n三、存在的问题和2019年工作安排\n一是力量不足。2019年，我们将开展培训10期。\n";
        assertEquals(Section.SHORTCOMINGS, sectionOf(mixed, "力量不足"));
        assertEquals(Section.PLANS, sectionOf(mixed, "开展培训"));
    }

    @Test
    void headings_inside_a_run_together_line_still_open_their_sections() {
        String text = "某市2019年法治政府建设情况报告\n一、主要成效 办理案件20件。二、存在的问题 人员不足。三、2020年工作计划 开展培训10期。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "办理案件"));
        assertEquals(Section.SHORTCOMINGS, sectionOf(text, "人员不足"));
        assertEquals(Section.PLANS, sectionOf(text, "开展培训"));
    }

    @Test
    void infers_the_report_year_from_the_title_line() {
        assertEquals(2019, SectionHeadings.reportYear("发布时间：2020年3月1日\n某市2019年度法治政府建设情况报告\n正文"));
        assertEquals(2023, SectionHeadings.reportYear("2023年，全区扎实推进依法行政。"));
        assertEquals(-1, SectionHeadings.reportYear("没有年份"));
        assertEquals(2020, SectionHeadings.reportYear("2016年以来，全区持续推进依法行政。2020年，全区…"));
    }

    @Test
    void a_heading_of_results_is_no_plan_even_with_a_later_year() {
        String text = "2019年以来，我县持续推进依法行政。\n一、2020年工作成效\n甲。\n二、2021年工作打算\n乙。\n";
        assertEquals(Section.ACHIEVEMENTS, sectionOf(text, "甲"));
        assertEquals(Section.PLANS, sectionOf(text, "乙"));
    }

    @Test
    void clauses_end_at_commas_but_not_inside_quotes_or_titles() {
        String text = "甲，出台《关于A、B，C的意见》等文件，乙";
        int at = text.indexOf("等文件");
        assertEquals(text.indexOf("出台"), Sentences.clauseStart(text, 0, at));
        assertEquals(text.lastIndexOf('，'), Sentences.clauseEnd(text, text.indexOf("出台"), text.length()));
    }

    @Test
    void marks_quoted_and_titled_spans() {
        String text = "推行“1+6+N”模式，印发《第3号》，其余5件";
        boolean[] q = Sentences.quoted(text);
        assertTrue(q[text.indexOf('6')]);
        assertTrue(q[text.indexOf('3')]);
        assertFalse(q[text.indexOf('5')]);
    }

    @Test
    void an_unclosed_quote_mark_is_no_quote() {
        String text = "他说“好" + "，".repeat(100) + "共3件";
        assertFalse(Sentences.quoted(text)[text.indexOf('3')]);
    }
}
