package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
    private static final String PARAGRAPHS = String.join("\n",
            "某县司法局2023年法治政府建设年度报告",
            "  2023年，我局认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全年办理行政复议案件56件，同比增长12.5%。",
            "一、主要举措和成效",
            "（一）强化法治宣传",
            "  深化“谁执法谁普法”普法责任制，组织开展送法下乡活动120场次，覆盖群众1.5万人次，在全市率先建成村级法治文化阵地。",
            "二、存在的不足",
            "  基层法治力量仍然薄弱。");

    /** Cuts every line at {@code width} characters, as a PDF export does, with page numbers between pages. */
    private static String wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (int i = 0; i < line.length(); i += width) out.add(line.substring(i, Math.min(line.length(), i + width)));
            if (out.size() > 8 && out.size() < 11) out.add("— 1 —");
        }
        return String.join("\n", out);
    }

    @Test
    void joins_lines_cut_at_a_fixed_width_back_into_paragraphs() {
        assertEquals(PARAGRAPHS, HardWraps.reflow(wrap(PARAGRAPHS, 24)));
    }

    @Test
    void a_title_as_long_as_the_wrap_width_stays_on_its_line() {
        String title = "某县司法局2023年法治政府建设年度报告";
        assertEquals(PARAGRAPHS, HardWraps.reflow(wrap(PARAGRAPHS, title.length() + 1)));
    }

    @Test
    void a_number_opening_a_continuation_line_is_not_taken_for_a_heading() {
        String paragraph = "全年共受理各类法律援助案件，受理总数达到\n1.5万件，比上年增加了一千多件，创下历史\n新高。";
        String wrapped = String.join("\n", paragraph, paragraph, paragraph);
        String joined = paragraph.replace("\n", "");
        assertEquals(String.join("\n", joined, joined, joined), HardWraps.reflow(wrapped));
    }

    @Test
    void prose_with_one_paragraph_per_line_is_left_alone() {
        assertEquals(PARAGRAPHS, HardWraps.reflow(PARAGRAPHS));
        String ragged = String.join("\n",
                "一、加强组织领导，压实法治建设责任，区委区政府高度重视法治政府建设工作",
                "召开专题会议四次，研究部署年度重点任务，明确责任分工",
                "健全完善重大行政决策程序，出台配套制度三项，决策质量明显提升",
                "推进综合行政执法改革，组建执法队伍，实现一支队伍管执法",
                "深化府院联动机制，共同化解行政争议纠纷，行政机关负责人出庭应诉率达到100%",
                "二、存在的不足",
                "法治宣传的针对性和实效性有待提高，基层法治力量依然薄弱，专业人才短缺");
        assertEquals(ragged, HardWraps.reflow(ragged));
    }
}
