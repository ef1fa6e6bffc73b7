package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MechanismVocabularyTest {
    private static final MechanismVocabulary VOCABULARY = MechanismVocabulary.load();

    @Test
    void a_bad_line_is_reported_with_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MechanismVocabulary.rows("mechanism-test-broken.tsv", 2, 2));
        assertEquals("/vocab/mechanism-test-broken.tsv [line 3]: column 2 is empty", e.getMessage());
    }

    @Test
    void a_missing_file_is_reported_by_its_classpath_name() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MechanismVocabulary.rows("no-such.tsv", 1, 1));
        assertTrue(e.getMessage().contains("/vocab/no-such.tsv"), e.getMessage());
    }

    @Test
    void variants_lead_to_one_canonical_name_and_kind() {
        assertEquals("一村（社区）一法律顾问", VOCABULARY.lookup("一社区一法律顾问").orElseThrow().canonical());
        assertEquals("一村（社区）一法律顾问", VOCABULARY.lookup("一村(居)一法律顾问制度").orElseThrow().canonical());
        assertEquals("放管服改革", VOCABULARY.lookup("放管服").orElseThrow().canonical());
        assertEquals("最多跑一次", VOCABULARY.lookup("最多跑一次改革").orElseThrow().canonical());
        assertEquals("互联网+政务服务", VOCABULARY.lookup("互联网＋政务服务").orElseThrow().canonical());
        assertEquals("slogan", VOCABULARY.lookup("两个维护").orElseThrow().kind());
    }

    @Test
    void a_name_only_containing_a_variant_is_no_variant() {
        assertTrue(VOCABULARY.lookup("一社区一法律顾问直播平台").isEmpty());
    }

    @Test
    void bare_variants_are_found_in_running_text() {
        var found = VOCABULARY.findBare("深化放管服改革，坚持发展新时代枫桥经验。");
        assertEquals(2, found.size());
        assertEquals("放管服改革", found.get(0).entry().canonical());
        assertEquals("新时代枫桥经验", "深化放管服改革，坚持发展新时代枫桥经验。".substring(found.get(1).start(), found.get(1).end()));
    }
}
