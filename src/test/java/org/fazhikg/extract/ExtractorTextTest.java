package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtractorTextTest {
    @Test
    void a_report_in_simplified_characters_keeps_the_rare_ones_its_place_names_use() {
        String text = "乾县司法局在于潜镇和曾厝垵社区开展“法律进社区”活动，於潜镇调解委员会受理纠纷12件。";
        assertEquals(text, Extractor.simplified(text));
    }

    @Test
    void a_report_in_traditional_characters_is_read_in_simplified_ones() {
        assertEquals("台湾地区法治政府建设报告：区司法局开展“法律进社区”活动，调解纠纷12件。",
                Extractor.simplified("臺灣地區法治政府建設報告：區司法局開展“法律進社區”活動，調解糾紛12件。"));
    }
}
