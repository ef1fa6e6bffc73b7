package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.api.Test;

class DocumentRecognizerTest {
    private static final DocumentRecognizer RECOGNIZER = new DocumentRecognizer();
    private static final DocumentKinds KINDS = DocumentKinds.load();

    private static List<Mention> find(String text) {
        return RECOGNIZER.find(new Analysis(text, Sentences.split(text), List.of(), ReportMetadata.EMPTY));
    }

    @Test
    void names_a_title_without_its_marks_and_keeps_the_marks_in_the_text() {
        String text = "县政府印发《某某县行政执法公示办法》。";
        Mention m = find(text).get(0);
        assertEquals("《某某县行政执法公示办法》", m.text());
        assertEquals("某某县行政执法公示办法", m.name());
        assertEquals("办法", m.category());
        assertEquals(m.text(), text.substring(m.start(), m.end()));
    }

    @Test
    void every_occurrence_is_a_mention() {
        assertEquals(2, find("学习《宪法》，宣传《宪法》。").size());
    }

    @Test
    void an_open_title_cut_off_at_the_line_end_yields_nothing() {
        assertEquals(List.of("《乡村振兴促进法》"),
                find("转发《关于加强乡镇\n执法的通知，学习《乡村振兴促进法》").stream().map(Mention::text).toList());
    }

    @Test
    void nested_titles_are_one_document() {
        List<Mention> found = find("制定《关于贯彻〈法治政府建设实施纲要〉的工作方案》");
        assertEquals(1, found.size());
        assertEquals("关于贯彻〈法治政府建设实施纲要〉的工作方案", found.get(0).name());
        assertEquals("方案", found.get(0).category());
    }

    @Test
    void tells_the_kind_from_the_head_word() {
        assertEquals("条例", KINDS.kindOf("某省乡村治理条例"));
        assertEquals("规定", KINDS.kindOf("某省重大行政决策程序规定(试行)"));
        assertEquals("意见", KINDS.kindOf("关于加强新时代法治宣传教育的指导意见"));
        assertEquals("方案", KINDS.kindOf("2023年度普法依法治理工作实施方案"));
        assertEquals("要点", KINDS.kindOf("2022年全面依法治县工作要点"));
        assertEquals("纲要", KINDS.kindOf("法治政府建设实施纲要（2021—2025年）"));
        assertEquals("通知", KINDS.kindOf("关于做好行政复议工作的通知"));
        assertEquals("细则", KINDS.kindOf("行政处罚裁量基准实施细则"));
        assertEquals("汇编", KINDS.kindOf("涉企法律法规汇编"));
        assertEquals("清单", KINDS.kindOf("轻微违法行为不予处罚清单"));
        assertEquals("指引", KINDS.kindOf("企业合规经营指引"));
        assertEquals("办法", KINDS.kindOf("非现场执法办法"));
    }

    @Test
    void national_laws_are_kind_law() {
        assertEquals("法律", KINDS.kindOf("中华人民共和国行政复议法"));
        assertEquals("法律", KINDS.kindOf("中华人民共和国发展规划法(草案)"));
        assertEquals("法律", KINDS.kindOf("民法典"));
        assertEquals("法律", KINDS.kindOf("行政处罚法"));
        assertEquals("法律", KINDS.kindOf("宪法"));
        assertEquals("法律", KINDS.kindOf("法律援助法"));
    }

    @Test
    void an_unknown_head_word_has_no_kind() {
        assertNull(KINDS.kindOf("法治故事集锦"));
    }
}
