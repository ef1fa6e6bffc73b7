package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricVocabularyTest {
    private static final MetricVocabulary VOCABULARY = MetricVocabulary.load();

    @Test
    void longer_units_win_over_their_prefixes() {
        assertEquals("人次", VOCABULARY.unitAt("人次。", 0));
        assertEquals("个方面", VOCABULARY.unitAt("个方面推进", 0));
        assertEquals("件(次)", VOCABULARY.unitAt("件(次)", 0));
        assertNull(VOCABULARY.unitAt("年以来", 0));
    }

    @Test
    void indicator_phrasings_match_words_in_order() {
        assertEquals("行政复议审结数", VOCABULARY.indicatorOf("审结行政复议案件", "件", null));
        assertEquals("行政复议受理数", VOCABULARY.indicatorOf("受理行政复议案件", "万件", null));
        assertNull(VOCABULARY.indicatorOf("行政复议案件审结", "%", null));
    }

    @Test
    void a_malformed_indicator_line_names_its_file_and_line() {
        var line = new MetricVocabulary.Line(MetricVocabulary.INDICATORS, 12, "行政复议受理数\t件");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MetricVocabulary.Indicator.parse(line));
        assertTrue(e.getMessage().startsWith("data/vocab/indicators.tsv [line 12]: expected 3 tab-separated columns"), e.getMessage());
    }
}
