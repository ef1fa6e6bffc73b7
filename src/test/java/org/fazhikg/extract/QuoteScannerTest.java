package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private static List<String> quoted(QuoteScanner scanner, String text) {
        return scanner.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void finds_quotes_of_every_kind() {
        assertEquals(List.of("“一网通办”", "‘最多跑一次’", "\"好差评\"", "「双报到」"),
                quoted(QuoteScanner.QUOTES, "推行“一网通办”和‘最多跑一次’，开展\"好差评\"及「双报到」。"));
    }

    @Test
    void reports_only_the_outer_quote_when_quotes_nest() {
        assertEquals(List.of("“我为群众‘办实事’行动”"), quoted(QuoteScanner.QUOTES, "开展“我为群众‘办实事’行动”活动"));
    }

    @Test
    void an_unclosed_quote_does_not_swallow_the_next_one() {
        assertEquals(List.of("“法治夜校”"), quoted(QuoteScanner.QUOTES, "举办“普法讲堂，开设“法治夜校”。"));
    }

    @Test
    void a_title_left_open_at_the_end_of_a_line_yields_nothing() {
        assertEquals(List.of("《村规民约》"), quoted(QuoteScanner.TITLES, "修订《乡镇综合执法\n指导各村完善《村规民约》"));
    }

    @Test
    void a_title_never_crosses_a_full_stop() {
        assertEquals(List.of(), quoted(QuoteScanner.TITLES, "依据《条例。另行制定》"));
    }

    @Test
    void nested_title_marks_belong_to_the_outer_title() {
        assertEquals(List.of("《关于贯彻〈优化营商环境条例〉的实施意见》"),
                quoted(QuoteScanner.TITLES, "印发《关于贯彻〈优化营商环境条例〉的实施意见》。"));
    }
}
